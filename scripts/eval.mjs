#!/usr/bin/env node
// Scores the CLI with the reference scorer on the shared development set and on the
// project's own cases in fixtures/cases. Extra arguments (--verbose, --json) go to the scorer.
import {execFileSync} from 'node:child_process'
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const scorer = join(root, '..', 'shared', 'eval', 'score.mjs')
const cli = join(root, 'packages', 'cli', 'bin', 'mt-cleanup.js')
const extra = process.argv.slice(2)

if (!existsSync(join(root, 'packages', 'cli', 'dist', 'cli.js'))) {
  console.error('eval: the CLI is not built; run `pnpm build` first')
  process.exit(2)
}

const sets = [
  {name: 'development set (../shared/corpus/dev)', dir: join(root, '..', 'shared', 'corpus', 'dev')},
  {name: 'project fixtures (fixtures/cases)', dir: join(root, 'fixtures', 'cases')}
]

if (!existsSync(scorer)) {
  console.log('eval: ../shared/eval/score.mjs is not here; skipping the evaluation (it needs the shared folder beside the project)')
  process.exit(0)
}

for (const set of sets) {
  if (!existsSync(set.dir)) {
    console.log(`\n== ${set.name}: not present, skipped`)
    continue
  }
  console.log(`\n== ${set.name}`)
  // The CLI cleans each case's input and gold once, as the scorer's `--run` would (--force: every
  // text as-is, a case must never be refused); the scorer reads the outputs, and the stray count
  // below reuses them.
  const cases = readdirSync(set.dir).filter((name) => name.endsWith('.json')).sort().map((name) => JSON.parse(readFileSync(join(set.dir, name), 'utf8')))
  const clean = (input) => execFileSync(process.execPath, [cli, '--force'], {input, encoding: 'utf8', maxBuffer: 1 << 28})
  const outputs = new Map(cases.map((item) => [item.id, clean(item.input)]))
  const folder = mkdtempSync(join(tmpdir(), 'mt-cleanup-eval-'))
  try {
    for (const item of cases) {
      writeFileSync(join(folder, `${item.id}.txt`), outputs.get(item.id))
      writeFileSync(join(folder, `${item.id}.gold.txt`), clean(item.gold))
    }
    process.stdout.write(execFileSync(process.execPath, [scorer, '--cases', set.dir, '--outputs', folder, ...extra], {encoding: 'utf8', maxBuffer: 1 << 28}))
  } finally {
    rmSync(folder, {recursive: true, force: true})
  }
  if (!extra.includes('--json')) console.log(await ceiling(cases, outputs))
}

/**
 * What a perfect cleaner would score: each case's gold given as the output. The scorer
 * aligns output to input token by token, and where a fix inserts or moves words the
 * alignment can leave part of a correct stretch outside its region.
 */
async function ceiling(cases, outputs) {
  const {scoreCase, summarize} = await import(pathToFileURL(scorer).href)
  const goldScores = cases.map((item) => scoreCase(item, item.gold))
  const summary = summarize(goldScores)
  const short = Object.entries(summary.byCategory).filter(([, value]) => value.fixed < value.regions).sort()
  const parts = short.map(([name, value]) => `${name} ${value.fixed}/${value.regions}`)
  // The gold's own stray edits are words the alignment puts beside a region they belong to.
  const strays = `; stray ${summary.stray} (${summary.strayPer1k.toFixed(2)}/1k words: moved words the alignment leaves outside their region)`
  const ceilingLine = `ceiling (the gold itself scored as the output): fixed ${summary.fixed}/${summary.regions} (${(100 * summary.fixedRate).toFixed(1)}%)${parts.length > 0 ? `; below full: ${parts.join(', ')}` : ''}${strays}`
  // Our stray edits that the gold makes too are parts of correct fixes; the rest are our own.
  let own = 0
  let words = 0
  cases.forEach((item, index) => {
    const ours = scoreCase(item, outputs.get(item.id)).stray
    const golds = goldScores[index].stray.map((edit) => `${edit.was}\u0000${edit.now}`)
    for (const edit of ours) {
      const at = golds.indexOf(`${edit.was}\u0000${edit.now}`)
      if (at === -1) own++
      else golds.splice(at, 1)
    }
    words += goldScores[index].words
  })
  return `${ceilingLine}\nstray edits the gold does not make itself: ${own} (${((1000 * own) / words).toFixed(2)}/1k words)`
}
