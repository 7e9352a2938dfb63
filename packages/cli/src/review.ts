import type {CleanResult, InputSpan} from '@mt-cleanup/core'

/**
 * A stretch of the input that the cleaner changed, with the changes that made it: the
 * unit an editor accepts or rejects. Regions never overlap, so any set of decisions
 * gives a well-defined text.
 */
export interface ReviewRegion {
  /** `r1`, `r2`, … in reading order. */
  id: string
  input: InputSpan
  /** What the cleaner wrote in place of `input.text`. */
  output: string
  /** Ids of the changes inside the region, in order of application. */
  changes: string[]
}

/** The regions of a clean result, with the ids of their changes. */
export function reviewRegions(result: CleanResult): ReviewRegion[] {
  const lines = lineStarts(result.input)
  return result.regions
    .filter((region) => result.input.slice(region.inputStart, region.inputEnd) !== result.output.slice(region.outputStart, region.outputEnd))
    .map((region, index) => ({
      id: `r${index + 1}`,
      input: span(result.input, lines, region.inputStart, region.inputEnd),
      output: result.output.slice(region.outputStart, region.outputEnd),
      changes: result.changes
        .filter((change) => change.input.start >= region.inputStart && change.input.end <= region.inputEnd)
        .map((change) => change.id)
    }))
}

function lineStarts(text: string): number[] {
  const starts = [0]
  for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) === 10) starts.push(index + 1)
  return starts
}

function span(text: string, starts: number[], start: number, end: number): InputSpan {
  const point = (offset: number) => {
    let line = 0
    while (line + 1 < starts.length && starts[line + 1]! <= offset) line++
    return {line: line + 1, column: offset - starts[line]! + 1}
  }
  const from = point(start)
  const to = point(end)
  return {start, end, line: from.line, column: from.column, endLine: to.line, endColumn: to.column, text: text.slice(start, end)}
}

/** Decisions an editor made on the review page, as downloaded from it. */
export interface Decisions {
  format: 'mt-cleanup-decisions'
  version: 1
  /** Each change id with `accept` or `reject`. A region is applied when all its changes are accepted. */
  decisions: Record<string, 'accept' | 'reject'>
  /** What each change was, to refuse decisions made on another cleaning. */
  changes?: Record<string, {before: string; after: string}>
}

/** The input with exactly the accepted regions applied. */
export function applyDecisions(input: string, regions: readonly ReviewRegion[], accepted: (region: ReviewRegion) => boolean): string {
  let text = ''
  let last = 0
  for (const region of regions) {
    text += input.slice(last, region.input.start) + (accepted(region) ? region.output : region.input.text)
    last = region.input.end
  }
  return text + input.slice(last)
}

/** Check a decisions document against a clean result; returns the problems (empty when it fits). */
export function checkDecisions(value: unknown, result: CleanResult): string[] {
  if (typeof value !== 'object' || value === null) return ['not a JSON object']
  const document = value as Partial<Decisions>
  if (document.format !== 'mt-cleanup-decisions' || document.version !== 1) return ['not an mt-cleanup decisions file (format mt-cleanup-decisions, version 1)']
  if (typeof document.decisions !== 'object' || document.decisions === null) return ['missing `decisions`']
  const problems: string[] = []
  const byId = new Map(result.changes.map((change) => [change.id, change]))
  for (const [id, decision] of Object.entries(document.decisions)) {
    if (decision !== 'accept' && decision !== 'reject') problems.push(`${id}: decision must be accept or reject`)
    const change = byId.get(id)
    if (!change) problems.push(`${id}: no such change in this cleaning of the input`)
    const recorded = document.changes?.[id]
    if (change && recorded && (recorded.before !== change.before || recorded.after !== change.after)) {
      problems.push(`${id}: was ${JSON.stringify(recorded.before)} → ${JSON.stringify(recorded.after)} when decided, is ${JSON.stringify(change.before)} → ${JSON.stringify(change.after)} now`)
    }
  }
  return problems
}
