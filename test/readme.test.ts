import {execFileSync} from 'node:child_process'
import {readFileSync, readdirSync} from 'node:fs'
import retextCasing from '@mt-cleanup/retext-casing'
import {createMtCleaner} from 'mt-cleanup'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {describe, expect, it} from 'vitest'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

const packages = new URL('../packages/', import.meta.url)
const readmes = [
  {name: 'README.md', text: readme},
  ...readdirSync(packages).map((name) => ({name: `packages/${name}/readme.md`, text: readFileSync(new URL(`${name}/readme.md`, packages), 'utf8')}))
]

describe('README examples', () => {
  const cleaner = createMtCleaner()
  for (const {name, text} of readmes) {
    const pairs = [...text.matchAll(/^before: (.*)\nafter: {2}(.*)$/gm)]
    for (const [, before, after] of pairs) {
      it(`${name}: the before/after example is what the cleaner does`, () => {
        expect(cleaner.clean(before!).output).toBe(after)
      })
    }
  }

  it('every row of the families table is what the cleaner does', () => {
    const table = readme.slice(readme.indexOf('## What it repairs'), readme.indexOf('## Packages'))
    const rows = [...table.matchAll(/^\| [a-z ]+ \| \[`retext-[a-z-]+`\]\([^)]*\) \| (.+?) \| (.+?) \|$/gm)]
    expect(rows.length).toBeGreaterThanOrEqual(12)
    for (const [, before, after] of rows) {
      const inputs = before!.split('; ')
      const outputs = after!.split('; ')
      inputs.forEach((input, index) => expect(cleaner.clean(input).output, input).toBe(outputs[index]))
    }
  })

  it('every package has a readme in the retext order', () => {
    const order = ['What is this?', 'When should I use this?', 'Install', 'Use', 'API', 'Messages', 'Types', 'Compatibility', 'Related', 'License']
    for (const {name, text} of readmes.slice(1)) {
      const headings = [...text.matchAll(/^## (.*)$/gm)].map((match) => match[1])
      expect(headings, name).toEqual(order)
    }
  })

  it('the lexicon rule tables are generated from the current data', () => {
    execFileSync(process.execPath, [new URL('../scripts/lexicon-tables.mjs', import.meta.url).pathname, '--check'])
  })

  it('the plugin example reports what the README shows', async () => {
    const processor = unified().use(retextEnglish).use(retextCasing)
    const file = new VFile('The two countries held Bilateral Talks on monday. The talks ended early.')
    await processor.run(processor.parse(file), file)
    const lines = reporter(file, {color: false}).split('\n').filter((line) => line.includes('warning'))
    expect(lines).toHaveLength(3)
    for (const line of lines) expect(readme).toContain(line.replace(/\s+$/, ''))
  })
})
