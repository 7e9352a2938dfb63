#!/usr/bin/env node
// Bundles the CLI (dist/cli.js and everything it imports) into one file, dist/bundle.js,
// which bin/mt-cleanup.js runs when it is up to date. Node loads one module instead of
// ninety: the cold start is about 0.13 s shorter here (`pnpm bench` prints it).
//
// The packages read their data (lexicons, word lists, the word index) from files beside
// their code, found from `import.meta.url`. In the bundle each module's `import.meta.url`
// becomes the address of the file it was bundled from, found at run time the way Node
// finds the package (the CLI's dependencies, then theirs), so the data is read from the
// installed packages as before, in the monorepo and in an npm install alike.
//
// dist/bundle.inputs.json lists the workspace files the bundle was made from, with their
// sizes, modification times and hashes: the bin runs the unbundled code when one of them
// changed since (after a `tsc -b` without this script), so a stale bundle is never run.
import {readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {dirname, join, relative, sep} from 'node:path'
import {fileURLToPath} from 'node:url'
import {createHash} from 'node:crypto'
import * as esbuild from 'esbuild'

const cliRoot = join(dirname(fileURLToPath(import.meta.url)), '..')
const packagesRoot = join(cliRoot, '..')
const outfile = join(cliRoot, 'dist', 'bundle.js')

/** The workspace packages by folder: name, dependencies, main file. */
const workspace = new Map()
for (const folder of readdirSync(packagesRoot).filter((name) => statSync(join(packagesRoot, name, 'package.json'), {throwIfNoEntry: false}))) {
  const manifest = JSON.parse(readFileSync(join(packagesRoot, folder, 'package.json'), 'utf8'))
  const main = manifest.exports?.['.']?.default ?? manifest.main ?? 'index.js'
  workspace.set(folder, {name: manifest.name, dependencies: Object.keys(manifest.dependencies ?? {}), main: join(packagesRoot, folder, main)})
}
const folderOf = new Map([...workspace].map(([folder, item]) => [item.name, folder]))

/** The package names leading from the CLI to each workspace package, shortest first (breadth first). */
const chains = new Map([['cli', []]])
for (const queue = ['cli']; queue.length > 0; ) {
  const folder = queue.shift()
  for (const name of workspace.get(folder).dependencies) {
    const next = folderOf.get(name)
    if (next === undefined || chains.has(next)) continue
    chains.set(next, [...chains.get(folder), name])
    queue.push(next)
  }
}

const moduleUrl = {
  name: 'module-url',
  setup(build) {
    build.onLoad({filter: /\.js$/}, (args) => {
      const path = relative(packagesRoot, args.path)
      const folder = path.split(sep)[0]
      const text = readFileSync(args.path, 'utf8')
      if (path.startsWith('..') || !chains.has(folder) || !text.includes('import.meta.url')) return undefined
      // The module's address relative to its package's main file, from where Node finds that file.
      const fromMain = relative(dirname(workspace.get(folder).main), args.path).split(sep).join('/')
      const replacement = `__mtModuleUrl(${JSON.stringify(chains.get(folder))}, ${JSON.stringify(`./${fromMain}`)})`
      return {contents: text.replaceAll('import.meta.url', replacement), loader: 'js'}
    })
  }
}

const banner = `// Bundled by packages/cli/scripts/bundle.mjs: do not edit.
import {createRequire as __mtCreateRequire} from 'node:module';
import {pathToFileURL as __mtPathToFileURL} from 'node:url';
const __mtMains = new Map();
/** The address of a bundled module's source file: its package's main file, found the way Node finds it from the CLI, then the module's path from there. */
function __mtModuleUrl(chain, fromMain) {
  const key = chain.join(' ');
  let main = __mtMains.get(key);
  if (main === undefined) {
    main = import.meta.url;
    for (const name of chain) main = __mtPathToFileURL(__mtCreateRequire(main).resolve(name)).href;
    __mtMains.set(key, main);
  }
  return new URL(fromMain, main).href;
}`

const result = await esbuild.build({
  entryPoints: [join(cliRoot, 'dist', 'cli.js')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  metafile: true,
  absWorkingDir: cliRoot,
  logLevel: 'warning',
  banner: {js: banner},
  plugins: [moduleUrl]
})

const inputs = Object.keys(result.metafile.inputs)
  .map((input) => join(cliRoot, input))
  .filter((path) => !relative(packagesRoot, path).startsWith('..') && !path.includes(`${sep}node_modules${sep}`))
  .map((path) => {
    const stat = statSync(path)
    const hash = createHash('sha1').update(readFileSync(path)).digest('base64')
    return [relative(cliRoot, path).split(sep).join('/'), stat.size, stat.mtimeMs, hash]
  })
writeFileSync(join(cliRoot, 'dist', 'bundle.inputs.json'), `${JSON.stringify(inputs)}\n`)
console.log(`bundle: ${Object.keys(result.metafile.inputs).length} modules → ${relative(packagesRoot, outfile)} (${Math.round(statSync(outfile).size / 1024)} KB)`)

