#!/usr/bin/env node
// Scores the CLI with the reference scorer on the shared development set and on the
// project's own cases in fixtures/cases. Extra arguments (--verbose, --json) go to the scorer.
import {execFileSync, execSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync} from 'node:fs'
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
  // --force: the scorer feeds every text as-is, and a case must never be refused.
  const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} --force`
  const output = execFileSync(process.execPath, [scorer, '--cases', set.dir, '--run', command, ...extra], {encoding: 'utf8', maxBuffer: 1 << 28})
  process.stdout.write(output)
  if (!extra.includes('--json')) console.log(await ceiling(set.dir, command))
}

/**
 * What a perfect cleaner would score: each case's gold given as the output. The scorer
 * aligns output to input token by token, and where a fix inserts or moves words the
 * alignment can leave part of a correct stretch outside its region.
 */
async function ceiling(dir, command) {
  const {scoreCase, summarize} = await import(pathToFileURL(scorer).href)
  const cases = readdirSync(dir).filter((name) => name.endsWith('.json')).sort().map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')))
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
    const ours = scoreCase(item, execSync(command, {input: item.input, encoding: 'utf8', maxBuffer: 1 << 28})).stray
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
