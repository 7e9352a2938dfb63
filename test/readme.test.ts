import {readFileSync} from 'node:fs'
import retextCasing from '@mt-cleanup/retext-casing'
import {createMtCleaner} from 'mt-cleanup'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {reporter} from 'vfile-reporter'
import {describe, expect, it} from 'vitest'

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8')

describe('README examples', () => {
  it('the before/after example is what the cleaner does', () => {
    const before = /^before: (.*)$/m.exec(readme)?.[1]
    const after = /^after: {2}(.*)$/m.exec(readme)?.[1]
    expect(before).toBeDefined()
    expect(createMtCleaner().clean(before!).output).toBe(after)
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
