import {readFileSync} from 'node:fs'
import {basename, dirname, extname, join, resolve} from 'node:path'
import {parseArgs} from 'node:util'
import {defaultMaxPasses, defaultMinConfidence, loadLexicon, type CleanResult, type LexiconEntry} from '@mt-cleanup/core'
import {pathToFileURL} from 'node:url'
import {VFile} from 'vfile'
import {createMtCleaner} from './index.js'
import {InputError, formatBytes, looksEnglish, maxInputBytes, readInputFile, readStdin, type Input} from './input.js'
import {buildReport, fileReport, toJson, toMarkdown, type ReportSettings} from './report.js'
import {applyDecisions, checkDecisions, type Decisions} from './review.js'
import {writeAtomic} from './write.js'

const version = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {version: string}).version

/** Exit codes, as documented in `--help` and the readme. */
export const exitCodes = {ok: 0, changes: 1, usage: 2, input: 2, internal: 3} as const

const help = `Usage: mt-cleanup [options] [file...]

Repair machine-translated English news articles. Reads each file (or stdin when
no file is given) and prints the cleaned text, or writes it where you ask.

Options:
  -o, --output FILE         write the cleaned text to FILE instead of stdout (one input)
  -w, --write               replace each input file with its cleaned text (atomically)
  -r, --report FILE         write a report of every change; the format follows the
                            extension: .json (versioned schema), .md, or .html (a review
                            page to accept or reject each change; for several files, an
                            index page linking one page per file); repeatable
      --diff                print a unified diff of each input and its cleaned text
                            (changed words highlighted on a terminal) instead of the text
      --apply-decisions FILE
                            apply the decisions downloaded from a review page: the output
                            is the input with exactly the accepted changes (one input)
      --check               change nothing; print one summary line per file and exit 1
                            when something would change
      --lint                change nothing; print every message in vfile-reporter style
                            on stderr and exit 1 when there are any
      --min-confidence N    apply only fixes with confidence >= N, 0-1 (default ${defaultMinConfidence})
      --max-passes N        stop re-checking after N passes (default ${defaultMaxPasses})
      --enable RULES        run only these rules (comma-separated, repeatable): a plugin
                            (retext-casing), a rule (title-case-leak) or both
                            (retext-casing:title-case-leak)
      --disable RULES       do not run these rules (same forms as --enable)
  -g, --glossary FILE       add your own lexicon entries (JSON, the lexicon schema of the
                            built-in lexicons: see docs/lexicon-format.md); repeatable
      --force               clean text even when it does not look like English
  -h, --help                show this help
  -v, --version             show the version

Inputs must be UTF-8 text, not empty, at most ${formatBytes(maxInputBytes)}. A byte-order mark and
CRLF line endings are kept. Input files are never modified unless --write is given.

Exit codes:
  0  success (with --check or --lint: nothing to change or report)
  1  --check: some file would change; --lint: messages were reported
  2  bad usage or bad input (missing file, directory, binary data, invalid UTF-8,
     empty input, too large, not English): nothing is written
  3  internal error

Examples:
  mt-cleanup article.txt                       print the cleaned article
  mt-cleanup article.txt -o clean.txt -r changes.json -r changes.md
  cat article.txt | mt-cleanup > clean.txt     clean stdin
  mt-cleanup --check articles/*.txt            which files would change?
  mt-cleanup --write --min-confidence 0.8 articles/*.txt
  mt-cleanup --lint --disable retext-typography article.txt
  mt-cleanup --glossary newsroom.json article.txt
  mt-cleanup article.txt -r review.html        then open review.html in a browser
  mt-cleanup article.txt --apply-decisions article.decisions.json -o reviewed.txt
  mt-cleanup --diff article.txt
`

interface Streams {
  stdin: NodeJS.ReadableStream
  stdout: NodeJS.WritableStream
  stderr: NodeJS.WritableStream
}

class UsageError extends Error {}

function list(values: string[] | undefined): string[] {
  return (values ?? []).flatMap((value) => value.split(',')).map((value) => value.trim()).filter(Boolean)
}

function number(name: string, value: string | undefined, fallback: number, check: (value: number) => boolean): number {
  if (value === undefined) return fallback
  const parsed = Number(value)
  if (value.trim() === '' || !Number.isFinite(parsed) || !check(parsed)) throw new UsageError(`invalid value for --${name}: ${value}`)
  return parsed
}

/** Run the CLI; resolves to the exit code. */
export async function main(argv: string[], streams: Streams = process): Promise<number> {
  const print = (stream: NodeJS.WritableStream, text: string) => stream.write(text)
  try {
    return await run(argv, streams)
  } catch (error) {
    if (error instanceof UsageError) {
      print(streams.stderr, `mt-cleanup: ${error.message}\nTry 'mt-cleanup --help' for more information.\n`)
      return exitCodes.usage
    }
    if (error instanceof InputError) {
      print(streams.stderr, `mt-cleanup: ${error.message}\n`)
      return exitCodes.input
    }
    print(streams.stderr, `mt-cleanup: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    return exitCodes.internal
  }
}

async function run(argv: string[], streams: Streams): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        output: {type: 'string', short: 'o'},
        write: {type: 'boolean', short: 'w'},
        report: {type: 'string', short: 'r', multiple: true},
        check: {type: 'boolean'},
        lint: {type: 'boolean'},
        'min-confidence': {type: 'string'},
        'max-passes': {type: 'string'},
        enable: {type: 'string', multiple: true},
        disable: {type: 'string', multiple: true},
        glossary: {type: 'string', short: 'g', multiple: true},
        diff: {type: 'boolean'},
        'apply-decisions': {type: 'string'},
        force: {type: 'boolean'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0]! : String(error))
  }
  const {values, positionals} = parsed
  if (values.help) {
    streams.stdout.write(help)
    return exitCodes.ok
  }
  if (values.version) {
    streams.stdout.write(`${version}\n`)
    return exitCodes.ok
  }

  const modes = [values.write && '--write', values.check && '--check', values.lint && '--lint', values.diff && '--diff', values.output !== undefined && '--output'].filter(Boolean)
  if (modes.length > 1) throw new UsageError(`${modes.join(' and ')} cannot be used together`)
  if (values.write && positionals.length === 0) throw new UsageError('--write needs at least one file')
  if (positionals.length > 1 && !values.write && !values.check && !values.lint && !values.diff) {
    throw new UsageError('several files need --write, --check, --lint or --diff (or clean them one at a time)')
  }
  if (values['apply-decisions'] !== undefined && (positionals.length > 1 || values.check || values.lint || values.diff)) {
    throw new UsageError('--apply-decisions takes one input and prints (or writes) the reviewed text')
  }
  const reports = values.report ?? []
  for (const path of reports) {
    if (!['.json', '.md', '.html'].includes(extname(path).toLowerCase())) throw new UsageError(`cannot tell the report format of ${path}: use .json, .md or .html`)
  }
  if (values.lint && reports.length > 0) throw new UsageError('--lint prints its messages; use --report without --lint')
  const inputPaths = new Set(positionals.map((path) => resolve(path)))
  for (const path of [...reports, ...(values.output === undefined ? [] : [values.output])]) {
    if (inputPaths.has(resolve(path))) throw new UsageError(`${path} is an input file; use --write to replace it`)
  }

  const settings: ReportSettings = {
    minConfidence: number('min-confidence', values['min-confidence'], defaultMinConfidence, (value) => value >= 0 && value <= 1),
    maxPasses: number('max-passes', values['max-passes'], defaultMaxPasses, (value) => Number.isInteger(value) && value >= 1 && value <= 100),
    enable: list(values.enable),
    disable: list(values.disable)
  }

  const glossary: LexiconEntry[] = []
  for (const path of values.glossary ?? []) {
    try {
      glossary.push(...loadLexicon(pathToFileURL(resolve(path))))
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      const message = code === 'ENOENT' ? 'no such file' : error instanceof Error ? error.message.replace(/\s*\n\s*/g, '; ') : String(error)
      throw new InputError(`glossary ${path}: ${message}`)
    }
  }

  // Read and check every input before anything is written: all or nothing.
  const inputs: Input[] = []
  if (positionals.length === 0) inputs.push(await readStdin(streams.stdin))
  else for (const path of positionals) inputs.push(await readInputFile(path))
  if (!values.force) {
    for (const input of inputs) {
      if (!looksEnglish(input.text)) throw new InputError(`${input.path}: does not look like English text (use --force to clean it anyway)`)
    }
  }

  const cleaner = createMtCleaner({...settings, preset: {glossary}})

  if (values.lint) {
    const files = inputs.map((input) => cleaner.lint(new VFile({path: input.path, value: input.text})))
    const messages = files.reduce((sum, file) => sum + file.messages.length, 0)
    // Loaded only when used: the review page, the diff and the reporter are not needed to clean.
    const {reporter} = await import('vfile-reporter')
    streams.stderr.write(reporter(files, {color: false}) + '\n')
    return messages > 0 ? exitCodes.changes : exitCodes.ok
  }

  const results: Array<{input: Input; result: CleanResult}> = inputs.map((input) => ({input, result: cleaner.clean(input.text)}))
  const withBom = (input: Input, text: string) => (input.bom ? `\uFEFF${text}` : text)

  if (values['apply-decisions'] !== undefined) {
    const path = values['apply-decisions']
    let decisions: Decisions
    try {
      decisions = JSON.parse(readFileSync(path, 'utf8')) as Decisions
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      throw new InputError(`decisions ${path}: ${code === 'ENOENT' ? 'no such file' : 'not valid JSON'}`)
    }
    const [only] = results
    if (only) {
      const problems = checkDecisions(decisions, only.result)
      if (problems.length > 0) throw new InputError(`decisions ${path}: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (and ${problems.length - 3} more)` : ''}`)
      const report = fileReport(only.input.path, only.result, glossary)
      const reviewed = applyDecisions(only.input.text, report.regions, (region) => region.changes.every((id) => decisions.decisions[id] === 'accept'))
      only.result = {...only.result, output: reviewed}
    }
  }

  if (values.diff) {
    const colors = process.env['FORCE_COLOR'] !== undefined ? process.env['FORCE_COLOR'] !== '0' : Boolean((streams.stdout as NodeJS.WriteStream).isTTY) && !process.env['NO_COLOR']
    const {unifiedDiff} = await import('./diff.js')
    for (const {input, result} of results) streams.stdout.write(unifiedDiff(input.path, result.input, result.output, colors))
    return exitCodes.ok
  }

  let changed = 0
  if (values.check) {
    for (const {input, result} of results) {
      const report = fileReport(input.path, result, glossary)
      if (report.status === 'changed') changed++
      const categories = Object.entries(report.summary.byCategory).map(([category, count]) => `${category} ${count}`)
      streams.stdout.write(
        report.status === 'changed'
          ? `${input.path}: ${report.summary.changes} change${report.summary.changes === 1 ? '' : 's'} (${categories.join(', ')})\n`
          : `${input.path}: clean\n`
      )
    }
  } else if (values.write) {
    for (const {input, result} of results) {
      if (result.output !== result.input) {
        await writeAtomic(input.path, withBom(input, result.output))
        changed++
      }
    }
  } else {
    const [only] = results
    if (only) {
      const text = withBom(only.input, only.result.output)
      if (values.output !== undefined) await writeAtomic(values.output, text)
      else streams.stdout.write(text)
    }
  }

  if (reports.length > 0) {
    const report = buildReport(version, settings, results.map(({input, result}) => fileReport(input.path, result, glossary)))
    for (const path of reports) {
      const kind = extname(path).toLowerCase()
      if (kind !== '.html') {
        await writeAtomic(path, kind === '.json' ? toJson(report) : toMarkdown(report))
        continue
      }
      const {indexPage, reviewPage} = await import('./html.js')
      const pages = results.map(({input}, index) => ({
        input,
        report: report.files[index]!,
        href: results.length === 1 ? basename(path) : `${basename(path, '.html')}.${index + 1}-${basename(input.path).replace(/[^\w.-]+/g, '_')}.html`
      }))
      for (const page of pages) {
        await writeAtomic(join(dirname(path), page.href), reviewPage({path: page.input.path, input: page.input.text, report: page.report, regions: page.report.regions, minConfidence: settings.minConfidence}))
      }
      if (results.length > 1) await writeAtomic(path, indexPage(pages.map((page) => ({path: page.input.path, href: page.href, report: page.report}))))
    }
  }

  return values.check && changed > 0 ? exitCodes.changes : exitCodes.ok
}
