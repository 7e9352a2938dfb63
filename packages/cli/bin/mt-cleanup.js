#!/usr/bin/env node
import {readFileSync, statSync} from 'node:fs'

// The one-file bundle starts faster (scripts/bundle.mjs); the modules it was made from are
// run instead when the bundle is missing or one of them changed since it was made.
const {main} = await import((await bundleIsCurrent()) ? '../dist/bundle.js' : '../dist/cli.js')

process.exitCode = await main(process.argv.slice(2))

async function bundleIsCurrent() {
  const base = new URL('../', import.meta.url)
  let inputs
  try {
    inputs = JSON.parse(readFileSync(new URL('dist/bundle.inputs.json', base), 'utf8'))
  } catch {
    return false
  }
  let createHash
  for (const [path, size, modified, hash] of inputs) {
    const url = new URL(path, base)
    const stat = statSync(url, {throwIfNoEntry: false})
    // Not where it was: the packages were installed apart (by npm), not changed in place.
    if (stat === undefined || (stat.size === size && stat.mtimeMs === modified)) continue
    if (stat.size !== size) return false
    // Same size, other time (an install sets its own times): the content decides.
    createHash ??= (await import('node:crypto')).createHash
    if (createHash('sha1').update(readFileSync(url)).digest('base64') !== hash) return false
  }
  return true
}
