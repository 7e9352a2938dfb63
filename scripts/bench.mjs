#!/usr/bin/env node
// Speed of the cleaner on the sample article, next to the floor measured in the same run:
// a plain retext-english parse of the same text. Then the cold start of the CLI.
//   pnpm bench [--iterations N] [--cold N]
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const {values} = parseArgs({options: {iterations: {type: 'string', default: '200'}, cold: {type: 'string', default: '10'}, file: {type: 'string'}}})
const iterations = Number(values.iterations)
const coldRuns = Number(values.cold)

// Resolve the packages the way the CLI does.
const {createMtCleaner} = await import(join(root, 'packages/cli/dist/index.js'))
const coreRequire = (await import('node:module')).createRequire(join(root, 'packages/core/package.json'))
const {unified} = await import(coreRequire.resolve('unified'))
const {default: retextEnglish} = await import(coreRequire.resolve('retext-english'))

const samplePath = values.file ?? join(root, 'fixtures/sample-article.txt')
const text = readFileSync(samplePath, 'utf8')
const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).length

// Parse and clean alternate, so both see the same machine (this one is shared and noisy).
function measure(runs) {
  for (let index = 0; index < Math.min(20, iterations); index++) for (const run of runs) run() // warm up
  const times = runs.map(() => [])
  for (let index = 0; index < iterations; index++) {
    runs.forEach((run, which) => {
      const start = performance.now()
      run()
      times[which].push(performance.now() - start)
    })
  }
  return times.map((list) => {
    list.sort((a, b) => a - b)
    return {median: list[Math.floor(list.length / 2)], p90: list[Math.floor(list.length * 0.9)]}
  })
}

const parser = unified().use(retextEnglish).freeze()
const cleaner = createMtCleaner()
const [parse, clean] = measure([() => parser.parse(text), () => cleaner.clean(text)])
const passes = cleaner.clean(text).passes

const cold = []
for (let index = 0; index < coldRuns; index++) {
  const start = performance.now()
  const result = spawnSync(process.execPath, [join(root, 'packages/cli/bin/mt-cleanup.js'), samplePath], {encoding: 'utf8'})
  cold.push(performance.now() - start)
  if (result.status !== 0) throw new Error(result.stderr)
}
cold.sort((a, b) => a - b)
const node = []
for (let index = 0; index < coldRuns; index++) {
  const start = performance.now()
  spawnSync(process.execPath, ['-e', '0'])
  node.push(performance.now() - start)
}
node.sort((a, b) => a - b)
const median = (values) => values[Math.floor(values.length / 2)]

const row = (name, result) =>
  `${name.padEnd(34)} ${result.median.toFixed(2).padStart(8)} ms ${result.p90.toFixed(2).padStart(8)} ms ${Math.round((words / result.median) * 1000).toLocaleString('en-US').padStart(12)}`
console.log(`${values.file ?? 'sample article'}: ${words} words, ${iterations} runs each, Node ${process.version}`)
console.log(`${''.padEnd(34)} ${'median'.padStart(11)} ${'p90'.padStart(11)} ${'words/s'.padStart(12)}`)
console.log(row('retext-english parse (floor)', parse))
console.log(row(`mt-cleanup clean (${passes} passes)`, clean))
console.log(`clean / parse: ${(clean.median / parse.median).toFixed(1)}x`)
if (coldRuns > 0) console.log(`CLI cold start on the article: median ${median(cold).toFixed(0)} ms over ${coldRuns} runs (node -e 0: ${median(node).toFixed(0)} ms)`)
