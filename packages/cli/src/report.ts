import type {Change, CleanResult, Flag, LexiconEntry, SkippedFix} from '@mt-cleanup/core'
import {guessPivot, type PivotGuess} from '@mt-cleanup/retext-preset-mt-cleanup'
import {reviewRegions, type ReviewRegion} from './review.js'

/** Version of the JSON report schema; bumped on any incompatible change (see docs/report-format.md). */
export const reportVersion = 1

export interface ReportSettings {
  minConfidence: number
  maxPasses: number
  enable: string[]
  disable: string[]
}

export interface FileReport {
  /** Path as given on the command line, or `<stdin>`. */
  path: string
  status: 'changed' | 'unchanged'
  passes: number
  stop: CleanResult['stop']
  summary: {
    changes: number
    byCategory: Record<string, number>
    skipped: number
    flags: number
  }
  /** The likely pivot language, from the lexicon artifacts found (applied or skipped). */
  pivot: PivotGuess
  changes: Change[]
  /** The changed stretches of the input, each with its changes: the units an editor accepts or rejects. */
  regions: ReviewRegion[]
  skipped: SkippedFix[]
  flags: Flag[]
}

export interface Report {
  format: 'mt-cleanup-report'
  version: typeof reportVersion
  generator: {name: 'mt-cleanup'; version: string}
  settings: ReportSettings
  files: FileReport[]
}

export function fileReport(path: string, result: CleanResult, glossary: readonly LexiconEntry[] = []): FileReport {
  const byCategory: Record<string, number> = {}
  for (const change of result.changes) {
    const key = change.category ?? 'unknown'
    byCategory[key] = (byCategory[key] ?? 0) + 1
  }
  return {
    path,
    status: result.output === result.input ? 'unchanged' : 'changed',
    passes: result.passes,
    stop: result.stop,
    summary: {changes: result.changes.length, byCategory, skipped: result.skipped.length, flags: result.flags.length},
    pivot: guessPivot(
      [...result.changes, ...result.skipped].map((found) => ({rule: found.rule, text: found.input.text})),
      glossary
    ),
    changes: result.changes,
    regions: reviewRegions(result),
    skipped: result.skipped,
    flags: result.flags
  }
}

export function buildReport(version: string, settings: ReportSettings, files: FileReport[]): Report {
  return {format: 'mt-cleanup-report', version: reportVersion, generator: {name: 'mt-cleanup', version}, settings, files}
}

export function toJson(report: Report): string {
  return JSON.stringify(report, null, 2) + '\n'
}

/** Inline code that survives backticks and pipes inside a Markdown table. */
function code(value: string): string {
  if (value === '') return '∅'
  if (value.trim() === '') return value.replace(/\r?\n/g, '⏎').replace(/[^⏎]/g, '␠')
  const shown = value.replace(/\r?\n/g, '⏎').replace(/\|/g, '\\|')
  const fence = shown.includes('`') ? '``' : '`'
  const pad = shown.startsWith('`') || shown.endsWith('`') || shown.startsWith(' ') || shown.endsWith(' ') ? ' ' : ''
  return `${fence}${pad}${shown}${pad}${fence}`
}

function cell(value: string): string {
  return value.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|')
}

export function toMarkdown(report: Report): string {
  const lines: string[] = ['# mt-cleanup report', '']
  lines.push(
    `mt-cleanup ${report.generator.version}, report format ${report.version}; fixes applied at confidence ≥ ${report.settings.minConfidence}.`,
    ''
  )
  for (const file of report.files) {
    lines.push(`## ${file.path}`, '')
    const categories = Object.entries(file.summary.byCategory)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([category, count]) => `${category} ${count}`)
    const evidence = (Object.entries(file.pivot.evidence) as Array<[string, string[]]>)
      .sort((a, b) => (file.pivot.scores[b[0] as keyof typeof file.pivot.scores] ?? 0) - (file.pivot.scores[a[0] as keyof typeof file.pivot.scores] ?? 0))
      .map(([pivot, texts]) => `${pivot}: ${texts.slice(0, 6).map((text) => cell(text)).join(', ')}`)
    lines.push(`Likely pivot language: ${file.pivot.likely ?? 'undecided'}${evidence.length ? ` (${evidence.join('; ')})` : ''}.`, '')
    lines.push(
      `${file.summary.changes} change${file.summary.changes === 1 ? '' : 's'}${categories.length ? ` (${categories.join(', ')})` : ''}, ` +
        `${file.summary.skipped} skipped, ${file.summary.flags} flag${file.summary.flags === 1 ? '' : 's'}; ${file.passes} pass${file.passes === 1 ? '' : 'es'} (${file.stop}).`,
      ''
    )
    if (file.changes.length > 0) {
      lines.push('### Changes', '', '| # | Where | Category | Rule | Before | After | Confidence | Why |', '| - | - | - | - | - | - | - | - |')
      for (const change of file.changes) {
        lines.push(
          `| ${change.id} | ${change.input.line}:${change.input.column} | ${change.category ?? ''} | ${code(change.rule)} | ${code(change.before)} | ${code(change.after)} | ${change.confidence.toFixed(2)} | ${cell(change.reason)} |`
        )
      }
      lines.push('')
    }
    if (file.skipped.length > 0) {
      lines.push('### Fixes not applied', '', '| Where | Category | Rule | Text | Suggested | Confidence | Why not |', '| - | - | - | - | - | - | - |')
      for (const skip of file.skipped) {
        const why = skip.why === 'conflict' ? `conflict with ${skip.winner ?? 'another change'}` : skip.why
        lines.push(
          `| ${skip.input.line}:${skip.input.column} | ${skip.category ?? ''} | ${code(skip.rule)} | ${code(skip.actual)} | ${code(skip.expected[0] ?? '')} | ${skip.confidence.toFixed(2)} | ${why} |`
        )
      }
      lines.push('')
    }
    if (file.flags.length > 0) {
      lines.push('### For review (no fix proposed)', '', '| Where | Category | Rule | Text | Why |', '| - | - | - | - | - |')
      for (const flag of file.flags) {
        lines.push(`| ${flag.input.line}:${flag.input.column} | ${flag.category ?? ''} | ${code(flag.rule)} | ${code(flag.actual)} | ${cell(flag.reason)} |`)
      }
      lines.push('')
    }
  }
  return lines.join('\n')
}
