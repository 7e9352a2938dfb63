#!/usr/bin/env node
// Refreshes the figures in README.md from the scripts that produce them: the output
// of `pnpm eval` and `pnpm bench` goes between the matching comment markers.
import {execFileSync} from 'node:child_process'
import {readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const readme = join(root, 'README.md')
const node = (script, args = []) => execFileSync(process.execPath, [join(root, 'scripts', script), ...args], {cwd: root, encoding: 'utf8'})

// The benchmark first, before the evaluation and the clean-text check have kept both cores busy.
const bench = node('bench.mjs').trim()
const blocks = {
  eval: node('eval.mjs').trim(),
  'clean-check': node('clean-check.mjs', ['--sotu', '--brown']).trim(),
  bench
}
const commands = {eval: 'pnpm eval', 'clean-check': 'pnpm clean-check --sotu --brown', bench: 'pnpm bench'}

let text = readFileSync(readme, 'utf8')
for (const [name, output] of Object.entries(blocks)) {
  const pattern = new RegExp(`(<!-- figures:${name} -->\\n)[\\s\\S]*?(<!-- /figures:${name} -->)`)
  if (!pattern.test(text)) throw new Error(`README.md has no figures:${name} block`)
  text = text.replace(pattern, `$1\`\`\`text\n$ ${commands[name]}\n${output}\n\`\`\`\n$2`)
}
writeFileSync(readme, text)
console.log('README.md figures refreshed')
