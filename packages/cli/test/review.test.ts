import {spawnSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {chromium, type Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const bin = fileURLToPath(new URL('../bin/mt-cleanup.js', import.meta.url))
const root = fileURLToPath(new URL('../../../', import.meta.url))
const sample = join(root, 'fixtures', 'sample-article.txt')
const output = join(root, 'test-output')
const chromiumPath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium'

function cli(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {encoding: 'utf8'})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('review page (static)', () => {
  // Each test's own folder, removed when the group ends.
  const folders: string[] = []
  const temporary = (prefix: string): string => {
    const folder = mkdtempSync(join(tmpdir(), prefix))
    folders.push(folder)
    return folder
  }
  afterAll(() => {
    for (const folder of folders) rmSync(folder, {recursive: true, force: true})
  })

  it('renders untrusted article text as text, never as markup', () => {
    const dir = temporary('mt-cleanup-html-')
    const input = join(dir, 'evil.txt')
    writeFileSync(
      input,
      'The minister said <script>alert(1)</script> and “<img src=x onerror=alert(2)>” on monday, when the talks resumed in Brussels and the EU said its trade plan was ready. She added that </script><b>bold</b> was fine.\n'
    )
    const page = join(dir, 'evil.html')
    expect(cli([input, '-r', page]).code).toBe(0)
    const html = readFileSync(page, 'utf8')
    expect(html).not.toContain('<script>alert(1)')
    expect(html).not.toContain('<img src=x')
    expect(html).not.toContain('<b>bold</b>')
    expect(html).toContain('&#x3C;script>alert(1)')
    // Only the page's own two scripts, and no external resource.
    expect(html.match(/<script/g)).toHaveLength(2)
    expect(html).not.toMatch(/(src|href)="https?:/)
  })

  it('writes an index page for a batch, with one page per file', () => {
    const dir = temporary('mt-cleanup-batch-')
    const other = join(dir, 'other.txt')
    writeFileSync(other, 'The union said the strike would start on monday, and the talks with the company had failed again.\n')
    const index = join(dir, 'review.html')
    expect(cli(['--check', sample, other, '-r', index]).code).toBe(1)
    const html = readFileSync(index, 'utf8')
    expect(html).toContain('review.1-sample-article.txt.html')
    expect(html).toContain('review.2-other.txt.html')
    expect(existsSync(join(dir, 'review.1-sample-article.txt.html'))).toBe(true)
    expect(existsSync(join(dir, 'review.2-other.txt.html'))).toBe(true)
  })

  it('refuses decisions that do not fit the cleaning', () => {
    const dir = temporary('mt-cleanup-decisions-')
    const wrong = join(dir, 'wrong.json')
    writeFileSync(wrong, JSON.stringify({format: 'mt-cleanup-decisions', version: 1, decisions: {c99: 'accept'}}))
    const refused = cli([sample, '--apply-decisions', wrong])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain('c99: no such change')
    const stale = join(dir, 'stale.json')
    writeFileSync(stale, JSON.stringify({format: 'mt-cleanup-decisions', version: 1, decisions: {c1: 'accept'}, changes: {c1: {before: 'x', after: 'y'}}}))
    expect(cli([sample, '--apply-decisions', stale]).stderr).toContain('c1: was "x" → "y" when decided')
    expect(cli([sample, '--apply-decisions', join(dir, 'missing.json')]).stderr).toContain('no such file')
    // No decision for a change means it is not applied.
    const none = join(dir, 'none.json')
    writeFileSync(none, JSON.stringify({format: 'mt-cleanup-decisions', version: 1, decisions: {}}))
    expect(cli([sample, '--apply-decisions', none]).stdout).toBe(readFileSync(sample, 'utf8'))
  })

  it('prints a unified diff', () => {
    const {code, stdout} = cli(['--diff', sample])
    expect(code).toBe(0)
    expect(stdout).toContain('--- ')
    expect(stdout).toContain('-GENOA, Italy (AP) — Thousands of dockworkers walked off the job on monday')
    expect(stdout).toContain('+GENOA, Italy (AP) — Thousands of dockworkers walked off the job on Monday')
  })
})

// Skipped only on a machine without Chromium outside CI; .ci/run installs it, and in CI a missing browser fails.
describe.skipIf(!existsSync(chromiumPath) && !process.env['CI'])('review page in Chromium', () => {
  let browser: Browser
  let dir: string
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mt-cleanup-review-'))
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
    })
  }, 60_000)
  afterAll(async () => {
    await browser?.close()
    rmSync(dir, {recursive: true, force: true})
  })

  it('shows the changes, rejects one, exports the text and the decisions, and the CLI reproduces them', async () => {
    const page = join(dir, 'review.html')
    const reportPath = join(dir, 'report.json')
    expect(cli([sample, '-r', page, '-r', reportPath]).code).toBe(0)
    const report = JSON.parse(readFileSync(reportPath, 'utf8')).files[0]
    const input = readFileSync(sample, 'utf8')

    const tab = await browser.newPage({viewport: {width: 1280, height: 900}})
    const requests: string[] = []
    tab.on('request', (request) => {
      if (!request.url().startsWith('file:')) requests.push(request.url())
    })
    await tab.goto(pathToFileURL(page).href)

    // Every region is highlighted in place, with its removed and inserted text.
    const changes = tab.locator('.article .change')
    await expect.poll(() => changes.count()).toBe(report.regions.length)
    expect(await tab.locator('#r1 del').textContent()).toBe(report.regions[0].input.text)
    expect(await tab.locator('#r1 ins').textContent()).toBe(report.regions[0].output)

    // Keyboard: focus the first change and reject it with "r"; the rest stay accepted.
    await tab.locator('#r1').focus()
    await tab.keyboard.press('r')
    // And the second one with its button, then undo that.
    await tab.locator('[data-decide="r2"][data-value="reject"]').click()
    await tab.locator('#undo').click()
    expect(await tab.locator('#r1').getAttribute('class')).toContain('rejected')
    expect(await tab.locator('#r2').getAttribute('class')).toContain('accepted')

    const expected =
      input.slice(0, report.regions[0].input.start) +
      report.regions[0].input.text +
      report.regions
        .slice(1)
        .map((region: {input: {start: number; end: number; text: string}; output: string}, index: number) => {
          const previous = report.regions[index]
          return input.slice(previous.input.end, region.input.start) + region.output
        })
        .join('') +
      input.slice(report.regions[report.regions.length - 1].input.end)
    const exported = await tab.locator('#export-text').inputValue()
    expect(exported).toBe(expected)

    // Download the decisions as a user would, then apply them with the CLI.
    const [download] = await Promise.all([tab.waitForEvent('download'), tab.locator('#download-decisions').click()])
    const decisionsPath = join(dir, 'decisions.json')
    await download.saveAs(decisionsPath)
    const applied = cli([sample, '--apply-decisions', decisionsPath])
    expect(applied.stderr).toBe('')
    expect(applied.stdout).toBe(expected)

    // Filters hide what they leave out; "accept all at or above" decides by confidence.
    await tab.locator('#accept-threshold').fill('0')
    await tab.locator('#accept-above').click()
    expect(await tab.locator('#export-text').inputValue()).toBe(readFileSync(join(root, 'fixtures', 'sample-article.expected.txt'), 'utf8'))
    const [firstCategory] = Object.keys(report.summary.byCategory)
    await tab.locator(`[data-filter-category][value="${firstCategory}"]`).uncheck()
    expect(await tab.locator('.list li:not([hidden])').count()).toBeLessThan(report.regions.length)

    mkdirSync(output, {recursive: true})
    await tab.locator(`[data-filter-category][value="${firstCategory}"]`).check()
    await tab.locator('#r3').hover()
    await tab.screenshot({path: join(output, 'review.png'), fullPage: false})
    await tab.setViewportSize({width: 420, height: 900})
    await tab.screenshot({path: join(output, 'review-narrow.png'), fullPage: false})
    expect(requests).toEqual([])
  }, 60_000)
})
