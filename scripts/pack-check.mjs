#!/usr/bin/env node
// Packs every workspace package, installs the tarballs with plain npm in a temporary
// folder, and runs `npx mt-cleanup` on the sample article: what a user of a packed
// install gets. Needs the npm registry for the third-party dependencies.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const work = mkdtempSync(join(tmpdir(), 'mt-cleanup-pack-'))
const packs = join(work, 'packs')
const app = join(work, 'app')
const run = (command, args, cwd) => execFileSync(command, args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit']})

run('pnpm', ['-r', 'pack', '--pack-destination', packs], root)
execFileSync('mkdir', ['-p', app])
writeFileSync(join(app, 'package.json'), JSON.stringify({name: 'pack-check', private: true}))
const tarballs = readdirSync(packs).filter((name) => name.endsWith('.tgz')).map((name) => join(packs, name))
run('npm', ['install', '--no-audit', '--no-fund', ...tarballs], app)
const output = run('npx', ['--no-install', 'mt-cleanup', join(root, 'fixtures', 'sample-article.txt')], app)
const expected = readFileSync(join(root, 'fixtures', 'sample-article.expected.txt'), 'utf8')
if (output !== expected) {
  console.error(`pack-check: the packed CLI printed something else than fixtures/sample-article.expected.txt (the install is kept in ${work})`)
  process.exit(1)
}
rmSync(work, {recursive: true, force: true})
console.log(`pack-check: ${tarballs.length} packages packed, installed with npm, and \`npx mt-cleanup\` cleaned the sample article`)
