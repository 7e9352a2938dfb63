#!/usr/bin/env node
// Speed of the cleaner on the sample article, next to the floor measured in the same run:
// a plain retext-english parse of the same text. Then the cold start of the CLI.
//   pnpm bench [--iterations N] [--warmup N] [--cold N] [--file PATH] [--breakdown] [--ramp]
// --ramp prints instead how a fresh process warms up: the medians of each hundred cleanings.
// --breakdown adds where the cleaning time goes: each plugin's time in each pass.
import {spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const {values} = parseArgs({options: {iterations: {type: 'string', default: '400'}, warmup: {type: 'string', default: '1500'}, cold: {type: 'string', default: '10'}, file: {type: 'string'}, breakdown: {type: 'boolean', default: false}, ramp: {type: 'boolean', default: false}}})
const iterations = Number(values.iterations)
// Cleanings (and parses) before the measured ones. V8 keeps optimising the cleaner's large functions and
// growing its young heap for the first thousand cleanings or so: a median taken earlier measures that
// ramp (on the sample, 1.5 ms at the first hundred, 0.7 at the fifth, 0.6 from the twelfth on).
const warmup = Number(values.warmup)
const coldRuns = Number(values.cold)

// Resolve the packages the way the CLI does.
const {createMtCleaner} = await import(join(root, 'packages/cli/dist/index.js'))
const coreRequire = (await import('node:module')).createRequire(join(root, 'packages/core/package.json'))
const {unified} = await import(coreRequire.resolve('unified'))
const {default: retextEnglish} = await import(coreRequire.resolve('retext-english'))

const samplePath = values.file ?? join(root, 'fixtures/sample-article.txt')
// A corpus case (.json) is benchmarked on its machine-translated input.
const text = samplePath.endsWith('.json') ? JSON.parse(readFileSync(samplePath, 'utf8')).input : readFileSync(samplePath, 'utf8')
const words = (text.match(/[\p{L}\p{N}]+/gu) ?? []).length

if (values.ramp) {
  // Before anything else has run: the ramp is that of the code, not of this cleaner.
  const parser = unified().use(retextEnglish).freeze()
  const cleaner = createMtCleaner()
  const windows = []
  for (let window = 0; window < 20; window++) {
    const parses = []
    const cleanings = []
    for (let index = 0; index < 100; index++) {
      let start = performance.now()
      parser.parse(text)
      parses.push(performance.now() - start)
      start = performance.now()
      cleaner.clean(text)
      cleanings.push(performance.now() - start)
    }
    const middle = (list) => list.sort((a, b) => a - b)[50]
    windows.push(`${String((window + 1) * 100).padStart(5)}: parse ${middle(parses).toFixed(2)} ms, clean ${middle(cleanings).toFixed(2)} ms, ${(middle(cleanings) / middle(parses)).toFixed(1)}x`)
  }
  console.log(`${values.file ?? 'sample article'}: medians of each hundred parses and cleanings in a fresh process\n${windows.join('\n')}`)
  process.exit(0)
}

// Parse and clean alternate, so both see the same machine (this one is shared and noisy).
function measure(runs, warm = warmup) {
  for (let index = 0; index < warm; index++) for (const run of runs) run()
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
// The parser the fixer uses (same trees as retext-english), warm from the cleanings.
const {FastParseEnglish} = await import(join(root, 'packages/core/dist/parser.js'))
const [, fixerParse] = measure([() => parser.parse(text), () => new FastParseEnglish().parse(text)], 0)

const cold = []
for (let index = 0; index < coldRuns; index++) {
  const start = performance.now()
  // The text on stdin, so that a corpus case is cleaned as its input.
  const result = spawnSync(process.execPath, [join(root, 'packages/cli/bin/mt-cleanup.js')], {input: text, encoding: 'utf8'})
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
console.log(`${values.file ?? 'sample article'}: ${words} words, ${iterations} runs each after ${warmup} to warm up, Node ${process.version}`)
console.log(`${''.padEnd(34)} ${'median'.padStart(11)} ${'p90'.padStart(11)} ${'words/s'.padStart(12)}`)
console.log(row('retext-english parse (floor)', parse))
console.log(row(`mt-cleanup clean (${passes} passes)`, clean))
console.log(row("  the fixer's parser, in it", fixerParse))
console.log(`clean / parse: ${(clean.median / parse.median).toFixed(1)}x`)
if (coldRuns > 0) console.log(`CLI cold start on the article: median ${median(cold).toFixed(0)} ms over ${coldRuns} runs (node -e 0: ${median(node).toFixed(0)} ms)`)

if (values.breakdown) {
  // Each plugin of the preset timed in each pass of the fixer (pass 1 checks everything,
  // later passes only the paragraphs the last changes touched).
  const {createCleaner} = await import(join(root, 'packages/core/dist/index.js'))
  const {plugins} = await import(join(root, 'packages/retext-preset-mt-cleanup/dist/index.js'))
  const totals = new Map()
  let pass = 0
  const timed = plugins().map((pluggable) => {
    const [plugin, ...settings] = Array.isArray(pluggable) ? pluggable : [pluggable]
    const name = plugin.name
    return [
      function (...parameters) {
        const transformer = plugin.apply(this, parameters)
        return (tree, file) => {
          if (name === 'retextProfile') pass = file.data.mtCleanupScope ? pass + 1 : 1
          const start = performance.now()
          transformer(tree, file)
          const key = `${pass}\t${name}`
          totals.set(key, (totals.get(key) ?? 0) + performance.now() - start)
        }
      },
      ...settings
    ]
  })
  const instrumented = createCleaner({plugins: timed})
  for (let index = 0; index < warmup; index++) instrumented.clean(text)
  totals.clear()
  const start = performance.now()
  for (let index = 0; index < iterations; index++) instrumented.clean(text)
  const total = (performance.now() - start) / iterations
  const passes = new Map()
  for (const [key, time] of totals) {
    const [which, name] = key.split('\t')
    const list = passes.get(which) ?? new Map()
    list.set(name, (list.get(name) ?? 0) + time / iterations)
    passes.set(which, list)
  }
  console.log(`\nwhere the time goes (mean of ${iterations} cleanings, ${total.toFixed(2)} ms each; lexicon plugins summed; the first plugin of a pass also tokenises the sentences for all):`)
  let plugged = 0
  for (const [which, list] of passes) {
    const sum = [...list.values()].reduce((a, b) => a + b, 0)
    plugged += sum
    console.log(`  pass ${which}: plugins ${sum.toFixed(2)} ms  (${[...list].sort((a, b) => b[1] - a[1]).map(([name, time]) => `${name.replace(/^retext/, '').replace('lexiconPlugin', 'lexicons')} ${time.toFixed(2)}`).join(', ')})`)
  }
  console.log(`  parsing, fixing and reporting: ${(total - plugged).toFixed(2)} ms`)
}
