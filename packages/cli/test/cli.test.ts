import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const bin = fileURLToPath(new URL('../bin/mt-cleanup.js', import.meta.url))
const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url))
const sample = join(fixtures, 'sample-article.txt')
const expected = readFileSync(join(fixtures, 'sample-article.expected.txt'), 'utf8')

function cli(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [bin, ...args], {input, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mt-cleanup-cli-'))
})
afterAll(() => rmSync(dir, {recursive: true, force: true}))

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}

describe('cleaning', () => {
  it('prints the cleaned article for a file', () => {
    const {code, stdout, stderr} = cli([sample])
    expect(stderr).toBe('')
    expect(code).toBe(0)
    expect(stdout).toBe(expected)
  })

  it('reads stdin when no file is given', () => {
    const {code, stdout} = cli([], readFileSync(sample))
    expect(code).toBe(0)
    expect(stdout).toBe(expected)
  })

  it('writes -o FILE and never touches the input', () => {
    const input = file('in.txt', readFileSync(sample))
    const before = statSync(input).mtimeMs
    const output = join(dir, 'out', 'clean.txt')
    const {code, stdout} = cli([input, '-o', output])
    expect(code).toBe(0)
    expect(stdout).toBe('')
    expect(readFileSync(output, 'utf8')).toBe(expected)
    expect(readFileSync(input, 'utf8')).toBe(readFileSync(sample, 'utf8'))
    expect(statSync(input).mtimeMs).toBe(before)
  })

  it('replaces files in place with --write, leaving clean files untouched', () => {
    const dirty = file('dirty.txt', readFileSync(sample))
    const clean = file('clean.txt', expected)
    const cleanBefore = statSync(clean).mtimeMs
    const {code} = cli(['--write', dirty, clean])
    expect(code).toBe(0)
    expect(readFileSync(dirty, 'utf8')).toBe(expected)
    expect(statSync(clean).mtimeMs).toBe(cleanBefore)
  })

  it('keeps a byte-order mark and CRLF line endings', () => {
    const text = '\uFEFF' + readFileSync(sample, 'utf8').replace(/\n/g, '\r\n')
    const input = file('bom-crlf.txt', text)
    const {code, stdout} = cli([input])
    expect(code).toBe(0)
    expect(stdout).toBe('\uFEFF' + expected.replace(/\n/g, '\r\n'))
  })

  it('honours --min-confidence and rule selection', () => {
    expect(cli([sample, '--min-confidence', '1']).stdout).toBe(readFileSync(sample, 'utf8'))
    const withoutCasing = cli([sample, '--disable', 'retext-casing']).stdout
    expect(withoutCasing).toContain('lower Operating Costs')
    expect(withoutCasing).toContain('warned that delays')
    const onlyRepetition = cli([sample, '--enable', 'retext-repetition:doubled-word']).stdout
    expect(onlyRepetition).toContain('on monday')
    expect(onlyRepetition).toContain('in March to the port authority')
  })

  it('is idempotent: cleaning the output changes nothing', () => {
    const {code, stdout} = cli(['--check', file('again.txt', expected)])
    expect(code).toBe(0)
    expect(stdout).toMatch(/: clean$/m)
  })
})

describe('reports', () => {
  it('writes a versioned JSON report whose offsets point into the input', () => {
    const report = join(dir, 'report.json')
    const {code} = cli([sample, '--report', report])
    expect(code).toBe(0)
    const parsed = JSON.parse(readFileSync(report, 'utf8'))
    expect(parsed).toMatchObject({format: 'mt-cleanup-report', version: 1, generator: {name: 'mt-cleanup'}, settings: {minConfidence: 0.6}})
    const [entry] = parsed.files
    expect(entry.path).toBe(sample)
    expect(entry.status).toBe('changed')
    expect(entry.changes.length).toBeGreaterThan(5)
    const input = readFileSync(sample, 'utf8')
    const lines = input.split('\n')
    for (const change of entry.changes) {
      expect(input.slice(change.input.start, change.input.end)).toBe(change.input.text)
      const prefix = input.slice(0, change.input.start).split('\n')
      expect(change.input.line).toBe(prefix.length)
      expect(change.input.column).toBe(prefix[prefix.length - 1]!.length + 1)
      expect(lines[change.input.line - 1]).toContain(change.context.slice(0, 20))
      expect(change).toHaveProperty('rule')
      expect(change).toHaveProperty('category')
      expect(change).toHaveProperty('confidence')
      expect(change).toHaveProperty('reason')
    }
    expect(entry.changes.map((change: {before: string; after: string}) => [change.before, change.after])).toContainEqual(['monday', 'Monday'])
  })

  it('writes a Markdown report with the same content', () => {
    const report = join(dir, 'report.md')
    const {code} = cli([sample, '-r', report])
    expect(code).toBe(0)
    const markdown = readFileSync(report, 'utf8')
    expect(markdown).toContain('# mt-cleanup report')
    expect(markdown).toContain('| c1 |')
    expect(markdown).toContain('`Monday`')
  })

  it('refuses an unknown report format before doing anything', () => {
    const {code, stderr} = cli([sample, '--report', join(dir, 'report.xml')])
    expect(code).toBe(2)
    expect(stderr).toContain('cannot tell the report format')
  })
})

describe('glossary and pivot', () => {
  it('applies entries from --glossary and refuses an invalid one', () => {
    const glossary = file(
      'glossary.json',
      JSON.stringify({
        entries: [
          {
            id: 'newsroom-dockers',
            category: 'calque',
            pivots: ['it'],
            forms: [{match: 'port workers', replace: ['dockworkers']}],
            confidence: 0.9,
            note: 'it: lavoratori portuali; house style says dockworkers.',
            examples: {fire: [{input: 'Port workers struck.', output: 'Dockworkers struck.'}]}
          }
        ]
      })
    )
    const {code, stdout} = cli([sample, '--glossary', glossary])
    expect(code).toBe(0)
    expect(stdout.split('\n')[0]).toBe('Genoa dockworkers strike over automation plans')
    const broken = file('broken-glossary.json', JSON.stringify({entries: [{id: 'No Spaces Allowed', category: 'grammar'}]}))
    const refused = cli([sample, '--glossary', broken])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('glossary')
    expect(refused.stderr.trim().split('\n')).toHaveLength(1)
  })

  it('reports the likely pivot language with its evidence', () => {
    const input = file(
      'pivot.txt',
      'BRUSSELS (AP) — The EU announced tariffs on imports on Wednesday, escalating a trade dispute over exports. The ministers said the levies were a response to the customs rights on steel. Europe has made proof of patience, the spokeswoman said, and its exports towards the United States fell in the second trimester.'
    )
    const report = join(dir, 'pivot.json')
    expect(cli([input, '-r', report]).code).toBe(0)
    const [entry] = JSON.parse(readFileSync(report, 'utf8')).files
    expect(entry.pivot.likely).toBe('fr')
    expect(entry.pivot.evidence.fr).toContain('made proof of')
  })
})

describe('check and lint', () => {
  it('--check prints one line per file and exits 1 when something would change', () => {
    const clean = file('ok.txt', expected)
    const {code, stdout} = cli(['--check', sample, clean])
    expect(code).toBe(1)
    expect(stdout.trim().split('\n')).toEqual([expect.stringMatching(/sample-article\.txt: \d+ changes \(.*casing \d.*\)$/), `${clean}: clean`])
  })

  it('--lint prints messages in vfile-reporter style and changes nothing', () => {
    const {code, stdout, stderr} = cli(['--lint', sample])
    expect(code).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/\d+:\d+-\d+:\d+\s+warning\s+.*title-case-leak\s+retext-casing/)
  })
})

describe('usage', () => {
  it('shows help with options, exit codes and examples', () => {
    const {code, stdout} = cli(['--help'])
    expect(code).toBe(0)
    for (const flag of ['--output', '--write', '--report', '--check', '--lint', '--min-confidence', '--enable', '--disable', 'Exit codes', 'Examples']) {
      expect(stdout).toContain(flag)
    }
  })

  it('prints its version', () => {
    expect(cli(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+\n$/)
  })

  it.each([
    [['--bogus'], 'Unknown option'],
    [['a.txt', 'b.txt'], 'several files need'],
    [['--write'], '--write needs at least one file'],
    [['--check', '--write', 'a.txt'], 'cannot be used together'],
    [['--min-confidence', '2', 'a.txt'], 'invalid value for --min-confidence']
  ])('refuses %j', (args, message) => {
    const {code, stderr} = cli(args)
    expect(code).toBe(2)
    expect(stderr).toContain(message)
  })
})

describe('bad input: a clear one-line error, exit 2, nothing written', () => {
  const cases: Array<[string, () => string, RegExp]> = [
    ['a missing file', () => join(dir, 'missing.txt'), /missing\.txt: no such file/],
    ['a directory', () => {
      const path = join(dir, 'a-directory')
      mkdirSync(path, {recursive: true})
      return path
    }, /is a directory/],
    ['binary data', () => file('binary.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02])), /binary data/],
    ['invalid UTF-8', () => file('latin1.txt', Buffer.from('Caf\xe9 and cr\xe8me were served at the summit on Monday.', 'latin1')), /not valid UTF-8/],
    ['an empty file', () => file('empty.txt', ''), /is empty/],
    ['a whitespace-only file', () => file('blank.txt', ' \n\n '), /only whitespace/],
    ['a file over the size limit', () => file('huge.txt', 'The talks resumed. '.repeat(120_000)), /larger than the 2\.0 MiB limit/],
    ['text that is not English', () => file('french.txt', 'Le président américain a parlé avec son homologue chinois jeudi. Les deux dirigeants ont convenu de reprendre les négociations commerciales dans les prochaines semaines, selon la Maison Blanche.'), /does not look like English/]
  ]

  for (const [name, make, message] of cases) {
    it(name, () => {
      const input = make()
      const before = existsSync(input) && statSync(input).isFile() ? readFileSync(input) : undefined
      const output = join(dir, `never-${name.replace(/\W+/g, '-')}.txt`)
      const report = join(dir, `never-${name.replace(/\W+/g, '-')}.json`)
      const {code, stdout, stderr} = cli([input, '-o', output, '--report', report])
      expect(code).toBe(2)
      expect(stdout).toBe('')
      expect(stderr).toMatch(message)
      expect(stderr.trim().split('\n')).toHaveLength(1)
      expect(existsSync(output)).toBe(false)
      expect(existsSync(report)).toBe(false)
      if (before) expect(readFileSync(input).equals(before)).toBe(true)
    })
  }

  it('refuses empty stdin', () => {
    const {code, stderr} = cli([], '')
    expect(code).toBe(2)
    expect(stderr).toContain('<stdin>: is empty')
  })

  it('cleans text that is not English with --force', () => {
    const input = file('force.txt', 'Le président a parlé jeudi avec son homologue. Les deux dirigeants ont convenu de reprendre les négociations dans les prochaines semaines selon la Maison Blanche.')
    expect(cli([input, '--force']).code).toBe(0)
  })

  it('with --write, a bad file stops everything: no file is replaced', () => {
    const good = file('good-before-bad.txt', readFileSync(sample))
    const {code} = cli(['--write', good, join(dir, 'missing-too.txt')])
    expect(code).toBe(2)
    expect(readFileSync(good, 'utf8')).toBe(readFileSync(sample, 'utf8'))
  })
})

describe('the one-file bundle', () => {
  // The bin runs dist/bundle.js when it is current: it must behave as the modules it was made from.
  const run = (entry: string, args: string[]) => {
    const url = new URL(`../dist/${entry}`, import.meta.url).href
    const script = `const {main} = await import(${JSON.stringify(url)}); process.exitCode = await main(${JSON.stringify(args)})`
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}})
    return {code: result.status, stdout: result.stdout, stderr: result.stderr}
  }

  it.skipIf(!existsSync(fileURLToPath(new URL('../dist/bundle.js', import.meta.url))))('cleans, lints and reports as the unbundled CLI does', () => {
    for (const args of [[sample], ['--lint', sample], ['--version']]) {
      const bundled = run('bundle.js', args)
      expect(bundled).toEqual(run('cli.js', args))
    }
    expect(run('bundle.js', [sample]).stdout).toBe(expected)
  })
})
