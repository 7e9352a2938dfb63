#!/usr/bin/env node
// Writes the rule table of every lexicon package into its readme, between
// `<!-- lexicon:start -->` and `<!-- lexicon:end -->`, from the package's data.
// `--check` exits 1 when a readme is out of date instead of writing it.
import {readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const {lexiconTable} = await import(join(root, 'packages/core/dist/index.js'))
const check = process.argv.includes('--check')
let stale = 0

for (const name of ['false-friends', 'calques', 'function-words', 'entities', 'untranslated']) {
  const folder = join(root, 'packages', `retext-${name}`)
  const {entries} = JSON.parse(readFileSync(join(folder, 'data/lexicon.json'), 'utf8'))
  const readme = join(folder, 'readme.md')
  const text = readFileSync(readme, 'utf8')
  // A function, so that `$1` in a replacement is written as is.
  const updated = text.replace(/(<!-- lexicon:start -->\n)[\s\S]*?(<!-- lexicon:end -->)/, (_, start, end) => `${start}${lexiconTable(entries)}\n${end}`)
  if (updated === text) continue
  if (check) {
    console.error(`${readme}: the rule table is out of date; run pnpm lexicon-tables`)
    stale++
  } else {
    writeFileSync(readme, updated)
    console.log(`updated ${readme}`)
  }
}
process.exit(stale > 0 ? 1 : 0)
