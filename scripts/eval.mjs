#!/usr/bin/env node
// Scores the CLI with the reference scorer on the shared development set and on the
// project's own cases in fixtures/cases. Extra arguments (--verbose, --json) go to the scorer.
import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

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
}
