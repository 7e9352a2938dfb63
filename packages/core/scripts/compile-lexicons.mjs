#!/usr/bin/env node
// Writes each lexicon package's `dist/lexicon.compiled`: its `data/lexicon.json` with every form's
// pattern tokenised and numbered for the phrase matcher, and each entry on its own line of ASCII JSON,
// parsed only when a form of it matches (see `compileLexicon`). Start-up reads the numbers instead of
// building 40,000 forms. A copy older than its source, or of a source of another size, is ignored at
// run time, so editing a lexicon without rebuilding is safe.
//   node packages/core/scripts/compile-lexicons.mjs [PACKAGE_DIR ...]
import {existsSync, readdirSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'

const here = dirname(fileURLToPath(import.meta.url))
const {compileLexicon, compiledLexiconUrl} = await import(join(here, '..', 'dist', 'lexicon-plugin.js'))
const packagesDir = join(here, '..', '..')
const packages = process.argv.length > 2 ? process.argv.slice(2) : readdirSync(packagesDir).map((name) => join(packagesDir, name))
let written = 0
for (const dir of packages) {
  const source = join(dir, 'data', 'lexicon.json')
  if (!existsSync(source) || !existsSync(join(dir, 'dist'))) continue
  const url = pathToFileURL(source)
  writeFileSync(compiledLexiconUrl(url), compileLexicon(url))
  written++
}
console.log(`compiled lexicons: ${written}`)
