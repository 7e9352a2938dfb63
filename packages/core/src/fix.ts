import type {Root} from 'nlcst'
import retextEnglishFast from './parser.js'
import {unified, type Pluggable, type PluggableList, type Plugin, type Transformer} from 'unified'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {VFileMessage} from 'vfile-message'
import type {Category} from './categories.js'
import {paragraphStretches, type DocumentFacts, type Stretch} from './nlcst.js'
import {messageOffsets} from './report.js'
import './augment.js'

/** Which rules run: selectors are `source:ruleId`, a plugin `source`, or a bare `ruleId`. */
export interface RuleFilter {
  /** When given and not empty, only messages matching one of these selectors count. */
  enable?: readonly string[] | undefined
  /** Messages matching one of these selectors are dropped. */
  disable?: readonly string[] | undefined
}

export interface CleanerOptions extends RuleFilter {
  /** retext plugins (or a preset's list) that report artifacts. */
  plugins: PluggableList
  /** Fixes below this confidence are reported but not applied (default 0.6). */
  minConfidence?: number | undefined
  /** Stop re-running after this many passes that changed something (default 8). */
  maxPasses?: number | undefined
  /**
   * Re-check only the paragraphs the last pass changed (default `true`), judging by the
   * document facts of the first pass; findings elsewhere are carried over. `false`
   * re-checks everything on every pass, with fresh facts.
   */
  incremental?: boolean | undefined
}

/** A stretch of the input, with 1-based line and column of both ends. */
export interface InputSpan {
  start: number
  end: number
  line: number
  column: number
  endLine: number
  endColumn: number
  /** The input text of the stretch. */
  text: string
}

interface MessageFacts {
  /** `source:ruleId`, the name used to enable and disable rules. */
  rule: string
  ruleId: string
  source: string
  category: Category | undefined
  confidence: number
  reason: string
  note?: string | undefined
  url?: string | undefined
}

/** A change the cleaner made. */
export interface Change extends MessageFacts {
  /** `c1`, `c2`, … in the order they were applied. */
  id: string
  /** The pass (1-based) that applied it. */
  pass: number
  /** The text replaced, as it was when the change was applied. */
  before: string
  after: string
  /** Where the change comes from in the input (widened to whole earlier changes it touches). */
  input: InputSpan
  /** The input sentence around the change. */
  context: string
}

/** A fix that was proposed but not applied. */
export interface SkippedFix extends MessageFacts {
  why: 'below-threshold' | 'conflict' | 'pass-limit'
  actual: string
  expected: string[]
  input: InputSpan
  context: string
  pass: number
  /** For conflicts: the change that won the stretch. */
  winner?: string | undefined
}

/** A message without a fix: something for the reviewer to look at. */
export interface Flag extends MessageFacts {
  actual: string
  input: InputSpan
  context: string
}

/** A stretch where output differs from input, in both coordinates. */
export interface Region {
  inputStart: number
  inputEnd: number
  outputStart: number
  outputEnd: number
}

export interface CleanResult {
  input: string
  output: string
  changes: Change[]
  skipped: SkippedFix[]
  flags: Flag[]
  /** Passes run, the last one being the one that found nothing more to apply. */
  passes: number
  /** Why the fixer stopped: a fixed point, the pass limit, or a text seen before. */
  stop: 'fixed-point' | 'pass-limit' | 'cycle'
  /** Where output differs from input, sorted. */
  regions: Region[]
}

/** A message with its offsets in the current text. */
interface Finding {
  message: VFileMessage
  start: number
  end: number
}

interface Candidate {
  message: VFileMessage
  facts: MessageFacts
  start: number
  end: number
  actual: string
  replacement: string
  expected: string[]
}

export interface Cleaner {
  /** Repair a text to a fixed point and say what changed. */
  clean(value: string): CleanResult
  /** Run the plugins once and return their messages (rule filters applied, nothing changed). */
  lint(value: string | VFile): VFile
}

export const defaultMinConfidence = 0.6
export const defaultMaxPasses = 8

/**
 * Wrap a plugin so that an exception in it becomes a message on the file (a flag for the
 * reviewer) instead of losing the whole cleaning: the other plugins' fixes still apply.
 */
function guarded(pluggable: Pluggable): Pluggable {
  if (Array.isArray(pluggable)) {
    const [plugin, ...parameters] = pluggable as [Plugin<unknown[], Root>, ...unknown[]]
    return typeof plugin === 'function' ? [wrap(plugin), ...parameters] : pluggable
  }
  return typeof pluggable === 'function' ? wrap(pluggable as Plugin<unknown[], Root>) : pluggable

  function wrap(plugin: Plugin<unknown[], Root>): Plugin<unknown[], Root> {
    const name = plugin.name || 'plugin'
    return function (this: unknown, ...parameters: unknown[]) {
      const transformer = (plugin as (...args: unknown[]) => Transformer<Root, Root> | undefined).apply(this, parameters)
      if (typeof transformer !== 'function') return transformer
      return function (tree: Root, file: VFile) {
        try {
          return (transformer as (tree: Root, file: VFile) => undefined)(tree, file)
        } catch (error) {
          const message = file.message(`Plugin \`${name}\` failed and was skipped: ${error instanceof Error ? error.message : String(error)}`, {place: {line: 1, column: 1, offset: 0}, ruleId: 'plugin-error', source: 'mt-cleanup'})
          message.fatal = false
          return undefined
        }
      }
    } as Plugin<unknown[], Root>
  }
}

/** Build a cleaner around the English parser of retext-english (see `parser.ts`) and the given plugins. */
export function createCleaner(options: CleanerOptions): Cleaner {
  const processor = unified().use(retextEnglishFast).use(options.plugins.map(guarded)).freeze()
  const minConfidence = options.minConfidence ?? defaultMinConfidence
  const maxPasses = options.maxPasses ?? defaultMaxPasses
  const selected = ruleSelector(options)

  const incremental = options.incremental ?? true

  /**
   * Parse and run the plugins on a file. With `edits` (the last pass's changes, in this
   * text), only the paragraphs around them are parsed and checked, with the document facts
   * of the first pass; the scope is returned. Without, the whole text is.
   */
  function check(file: VFile, facts?: DocumentFacts, edits?: readonly Stretch[]): {messages: VFileMessage[]; scope: Stretch[] | undefined} {
    // Messages are Errors: without this, each one captures a stack trace nobody reads.
    const limit = Error.stackTraceLimit
    Error.stackTraceLimit = 0
    let scope: Stretch[] | undefined
    try {
      if (facts) file.data.mtCleanupDocument = facts
      let tree: Root
      if (edits) {
        const text = String(file.value)
        scope = scopeAround(text, edits)
        tree = partialTree(text, scope)
        file.data.mtCleanupScope = scope
      } else {
        tree = processor.parse(file) as Root
      }
      processor.runSync(tree, file)
    } finally {
      Error.stackTraceLimit = limit
    }
    return {messages: file.messages.filter(selected), scope}
  }

  /**
   * A tree of only the given stretches of `text`, in the positions of `text`: the rest is
   * blanked (every character but line breaks becomes a space) and the whole is parsed.
   * Blank runs cost parse-latin one whitespace token each, so the parse costs about what the
   * stretches alone would, and offsets, lines and columns are those of `text` without moving
   * a node.
   */
  function partialTree(text: string, stretches: readonly Stretch[]): Root {
    let blanked = ''
    let last = 0
    for (const stretch of stretches) {
      blanked += blank(text.slice(last, stretch.start)) + text.slice(stretch.start, stretch.end)
      last = stretch.end
    }
    blanked += blank(text.slice(last))
    const tree = processor.parse(blanked) as Root
    // Blanked paragraphs are whitespace now; only the stretches' paragraphs remain.
    tree.children = tree.children.filter((node) => node.type === 'ParagraphNode')
    return tree
  }

  return {
    lint(value) {
      const file = typeof value === 'string' ? new VFile({value}) : value
      file.messages = check(file).messages
      return file
    },
    clean(input) {
      const inputLocation = location(input)
      const contextOf = sentenceLocator(input)
      const span = (start: number, end: number): InputSpan => {
        const from = inputLocation.toPoint(start)
        const to = inputLocation.toPoint(end)
        return {
          start,
          end,
          line: from?.line ?? 1,
          column: from?.column ?? 1,
          endLine: to?.line ?? 1,
          endColumn: to?.column ?? 1,
          text: input.slice(start, end)
        }
      }

      let text = input
      let regions: Region[] = []
      const changes: Change[] = []
      const conflicts: SkippedFix[] = []
      const seen = new Set<string>([input])
      let stop: CleanResult['stop'] = 'fixed-point'
      let pass = 0
      let finalFindings: Finding[] = []
      // Which change each winning fix became, to name the winner of a conflict.
      const winnerIds = new Map<Candidate, string>()
      // For a re-check of only what changed: the first pass's document facts, the last
      // pass's findings (in current coordinates) and its edits.
      const facts: DocumentFacts = new Map()
      let known: Finding[] = []
      let lastEdits: Stretch[] | undefined

      for (;;) {
        pass++
        let file = new VFile({value: text})
        let {messages, scope} = check(file, incremental ? facts : new Map(), incremental ? lastEdits : undefined)
        let findings = findingsOf(messages)
        if (scope) {
          // Outside the scope the text is unchanged: earlier findings there still hold.
          const carried = known.filter((finding) => !overlaps(scope!, finding.start, finding.end))
          const fresh = findings.filter((finding) => overlaps(scope!, finding.start, finding.end))
          findings = [...fresh, ...carried]
          // A carried finding that would now apply means the scope was too narrow: check all.
          if (carried.some((finding) => (finding.message.expected?.length ?? 0) > 0 && (finding.message.confidence ?? 0) >= minConfidence)) {
            file = new VFile({value: text})
            findings = findingsOf(check(file, facts).messages)
          }
        }
        const candidates = findings.flatMap((finding) => candidate(finding, text))
        const applicable = candidates.filter((found) => found.facts.confidence >= minConfidence)
        if (applicable.length === 0) {
          finalFindings = findings
          break
        }
        if (pass > maxPasses) {
          finalFindings = findings
          stop = 'pass-limit'
          pass--
          break
        }

        const {winners, losers} = resolve(applicable)
        const mapped = winners.map((winner) => ({winner, origin: toInput(regions, winner.start, winner.end)}))
        for (const {winner, origin} of mapped) {
          const id = `c${changes.length + 1}`
          winnerIds.set(winner, id)
          changes.push({
            id,
            pass,
            ...winner.facts,
            before: winner.actual,
            after: winner.replacement,
            input: span(origin.start, origin.end),
            context: contextOf(origin.start, origin.end)
          })
        }
        for (const {loser, winner} of losers) {
          const origin = toInput(regions, loser.start, loser.end)
          conflicts.push({
            ...loser.facts,
            why: 'conflict',
            actual: loser.actual,
            expected: loser.expected,
            input: span(origin.start, origin.end),
            context: contextOf(origin.start, origin.end),
            pass,
            winner: winnerIds.get(winner)
          })
        }

        regions = applyToRegions(regions, mapped.map(({winner, origin}) => ({start: winner.start, end: winner.end, replacement: winner.replacement, origin})))
        text = applyEdits(text, winners)
        const shifted = shiftThrough(findings, winners)
        known = shifted.findings
        lastEdits = shifted.edits
        if (seen.has(text)) {
          stop = 'cycle'
          finalFindings = []
          break
        }
        seen.add(text)
      }

      const skipped: SkippedFix[] = []
      const flags: Flag[] = []
      for (const {message, ...offsets} of finalFindings) {
        const origin = toInput(regions, offsets.start, offsets.end)
        const facts = factsOf(message)
        const actual = text.slice(offsets.start, offsets.end)
        const expected = message.expected ?? []
        if (expected.length > 0 && expected[0] !== actual) {
          skipped.push({
            ...facts,
            why: stop === 'pass-limit' && facts.confidence >= minConfidence ? 'pass-limit' : 'below-threshold',
            actual,
            expected: [...expected],
            input: span(origin.start, origin.end),
            context: contextOf(origin.start, origin.end),
            pass
          })
        } else {
          flags.push({...facts, actual, input: span(origin.start, origin.end), context: contextOf(origin.start, origin.end)})
        }
      }
      // A conflict only matters when the losing fix never made it in a later pass.
      for (const conflict of conflicts) {
        const appliedLater = changes.some(
          (change) => change.rule === conflict.rule && change.pass > conflict.pass && change.input.start <= conflict.input.end && change.input.end >= conflict.input.start
        )
        if (!appliedLater) skipped.push(conflict)
      }

      return {input, output: text, changes, skipped, flags, passes: pass, stop, regions}
    }
  }
}

/** The same number of UTF-16 units, spaces but for the line breaks. */
function blank(text: string): string {
  return text.replace(/[^\n\r]+/g, (run) => ' '.repeat(run.length))
}

function factsOf(message: VFileMessage): MessageFacts {
  const source = message.source ?? 'unknown'
  const ruleId = message.ruleId ?? 'unknown'
  return {
    rule: `${source}:${ruleId}`,
    ruleId,
    source,
    category: message.category,
    confidence: message.confidence ?? 0,
    reason: message.reason,
    note: message.note,
    url: message.url
  }
}

function findingsOf(messages: readonly VFileMessage[]): Finding[] {
  return messages.flatMap((message) => {
    const offsets = messageOffsets(message)
    return offsets ? [{message, ...offsets}] : []
  })
}

function candidate({message, start, end}: Finding, text: string): Candidate[] {
  const expected = message.expected
  if (!expected || expected.length === 0 || typeof expected[0] !== 'string') return []
  const actual = text.slice(start, end)
  // A fix that changes nothing would never reach a fixed point.
  if (expected[0] === actual) return []
  return [{message, facts: factsOf(message), start, end, actual, replacement: expected[0], expected: [...expected]}]
}

function overlaps(stretches: readonly Stretch[], start: number, end: number): boolean {
  return stretches.some((stretch) => start <= stretch.end && stretch.start <= end)
}

/**
 * Move findings into the text after `edits` (sorted, non-overlapping), dropping those
 * the edits touch, and give the edits' places in the new text.
 */
function shiftThrough(findings: readonly Finding[], edits: ReadonlyArray<{start: number; end: number; replacement: string}>): {findings: Finding[]; edits: Stretch[]} {
  const moved: Stretch[] = []
  let shift = 0
  for (const edit of edits) {
    moved.push({start: edit.start + shift, end: edit.start + shift + edit.replacement.length})
    shift += edit.replacement.length - (edit.end - edit.start)
  }
  const kept: Finding[] = []
  for (const finding of findings) {
    let delta = 0
    let touched = false
    for (const edit of edits) {
      if (finding.start <= edit.end && edit.start <= finding.end) {
        touched = true
        break
      }
      if (edit.end <= finding.start) delta += edit.replacement.length - (edit.end - edit.start)
    }
    if (!touched) kept.push({message: finding.message, start: finding.start + delta, end: finding.end + delta})
  }
  return {findings: kept, edits: moved}
}

/**
 * The stretches a re-check must cover after `edits`: every paragraph (blocks between blank
 * lines, as retext-english splits them) an edit touches. No rule reads across paragraphs
 * (a pronoun looks for its referent in its own paragraph), so the rest cannot change.
 * Adjacent paragraphs form one stretch.
 */
export function scopeAround(text: string, edits: readonly Stretch[]): Stretch[] {
  const blocks = paragraphStretches(text)
  const marked = new Set<number>()
  for (const edit of edits) {
    blocks.forEach((block, index) => {
      // An edit between two paragraphs (joining or splitting them) touches both.
      const next = blocks[index + 1]
      if (edit.start <= block.end && block.start <= edit.end) marked.add(index)
      else if (next && block.end < edit.start && edit.end < next.start) marked.add(index).add(index + 1)
    })
  }
  const scope: Stretch[] = []
  let last = -2
  blocks.forEach((block, index) => {
    if (!marked.has(index)) return
    const previous = scope[scope.length - 1]
    if (previous && last === index - 1) previous.end = block.end
    else scope.push({...block})
    last = index
  })
  return scope
}

function ruleSelector(filter: RuleFilter): (message: VFileMessage) => boolean {
  const matches = (selectors: readonly string[], message: VFileMessage) => {
    const source = message.source ?? ''
    const ruleId = message.ruleId ?? ''
    return selectors.some((selector) => selector === `${source}:${ruleId}` || selector === source || selector === ruleId)
  }
  return (message) => {
    if (filter.enable && filter.enable.length > 0 && !matches(filter.enable, message)) return false
    if (filter.disable && matches(filter.disable, message)) return false
    return true
  }
}

/**
 * One winner per stretch: the most confident fix, then the narrower one, then the
 * earlier one. Overlapping and touching fixes lose and are retried on the next pass.
 * A fix that only changes letter case inside a wider fix that drops the mis-cased text is
 * `absorbed`: the wider fix's change already carries it, and it is not reported as a conflict.
 */
export function resolve<Fix extends {start: number; end: number; facts: {confidence: number}; actual?: string; replacement?: string}>(
  fixes: readonly Fix[]
): {winners: Fix[]; losers: Array<{loser: Fix; winner: Fix}>; absorbed: Array<{loser: Fix; winner: Fix}>} {
  const winners: Fix[] = []
  const losers: Array<{loser: Fix; winner: Fix}> = []
  // A fix that only changes letter case yields to a wider fix that contains it and drops the
  // mis-cased text (“With its own prices” → “with its own tariffs” over “With” → “with”): the
  // wider one would apply on the next pass anyway, so the article gets there one pass sooner.
  const absorbedBy = new Map<Fix, Fix>()
  for (const fix of fixes) {
    if (!isCaseOnly(fix)) continue
    const wider = fixes.find(
      (other) =>
        other !== fix &&
        other.start <= fix.start &&
        fix.end <= other.end &&
        other.end - other.start > fix.end - fix.start &&
        !isCaseOnly(other) &&
        other.replacement !== undefined &&
        !other.replacement.includes(fix.actual!)
    )
    if (wider) absorbedBy.set(fix, wider)
  }
  const ranked = fixes
    .filter((fix) => !absorbedBy.has(fix))
    .sort((a, b) => b.facts.confidence - a.facts.confidence || a.end - a.start - (b.end - b.start) || a.start - b.start)
  const absorbed: Array<{loser: Fix; winner: Fix}> = []
  for (const [loser, winner] of absorbedBy) absorbed.push({loser, winner})
  for (const fix of ranked) {
    const blocker = winners.find((winner) => fix.start <= winner.end && winner.start <= fix.end)
    if (blocker) losers.push({loser: fix, winner: blocker})
    else winners.push(fix)
  }
  winners.sort((a, b) => a.start - b.start)
  // An absorbed fix whose wider fix lost after all waits for the next pass like any loser.
  for (const item of absorbed.filter(({winner}) => !winners.includes(winner))) losers.push(item)
  return {winners, losers, absorbed: absorbed.filter(({winner}) => winners.includes(winner))}
}

function isCaseOnly(fix: {actual?: string; replacement?: string}): boolean {
  const {actual, replacement} = fix
  return actual !== undefined && replacement !== undefined && actual !== replacement && actual.toLowerCase() === replacement.toLowerCase()
}

/** Apply non-overlapping edits (sorted by start) to a text. */
export function applyEdits(text: string, edits: ReadonlyArray<{start: number; end: number; replacement: string}>): string {
  let result = ''
  let last = 0
  for (const edit of edits) {
    result += text.slice(last, edit.start) + edit.replacement
    last = edit.end
  }
  return result + text.slice(last)
}

/**
 * Map a stretch of the current text back to the input. A boundary inside an earlier
 * change maps to that change's whole input stretch.
 */
export function toInput(regions: readonly Region[], start: number, end: number): {start: number; end: number} {
  return {start: mapOffset(regions, start, 'start'), end: Math.max(mapOffset(regions, start, 'start'), mapOffset(regions, end, 'end'))}
}

function mapOffset(regions: readonly Region[], offset: number, side: 'start' | 'end'): number {
  let shift = 0
  for (const region of regions) {
    if (side === 'start') {
      if (offset < region.outputStart) break
      if (offset < region.outputEnd) return region.inputStart
    } else {
      if (offset <= region.outputStart) break
      if (offset <= region.outputEnd) return region.inputEnd
    }
    shift = region.inputEnd - region.outputEnd
  }
  return offset + shift
}

/** Fold the edits of one pass into the regions, which are then in the new text's coordinates. */
export function applyToRegions(
  regions: readonly Region[],
  edits: ReadonlyArray<{start: number; end: number; replacement: string; origin: {start: number; end: number}}>
): Region[] {
  interface Item {
    outStart: number
    outEnd: number
    inStart: number
    inEnd: number
    growth: number
  }
  const items: Item[] = [
    ...regions.map((region) => ({outStart: region.outputStart, outEnd: region.outputEnd, inStart: region.inputStart, inEnd: region.inputEnd, growth: 0})),
    ...edits.map((edit) => ({
      outStart: edit.start,
      outEnd: edit.end,
      inStart: edit.origin.start,
      inEnd: edit.origin.end,
      growth: edit.replacement.length - (edit.end - edit.start)
    }))
  ].sort((a, b) => a.outStart - b.outStart || a.outEnd - b.outEnd)

  const merged: Item[] = []
  for (const item of items) {
    const last = merged[merged.length - 1]
    if (last && item.outStart <= last.outEnd) {
      last.outEnd = Math.max(last.outEnd, item.outEnd)
      last.inStart = Math.min(last.inStart, item.inStart)
      last.inEnd = Math.max(last.inEnd, item.inEnd)
      last.growth += item.growth
    } else {
      merged.push({...item})
    }
  }

  let shift = 0
  const result: Region[] = []
  for (const item of merged) {
    const outputStart = item.outStart + shift
    const outputEnd = item.outEnd + shift + item.growth
    shift += item.growth
    // A stretch that ended up identical to the input is no longer a difference, but keeping it is harmless.
    result.push({inputStart: item.inStart, inputEnd: item.inEnd, outputStart, outputEnd})
  }
  return result
}

/** The sentence (or line) of `text` around a stretch, for reports. */
export function sentenceAround(text: string, start: number, end: number): string {
  return sentenceLocator(text)(start, end)
}

/**
 * `sentenceAround` for many stretches of one text: the boundaries are found once, then
 * each look-up is a binary search.
 */
export function sentenceLocator(text: string): (start: number, end: number) => string {
  // Where a sentence may start: after a line break, or after whitespace that follows a sentence mark.
  const starts: number[] = []
  // Where a sentence may end: a line break or a sentence mark.
  const stops: number[] = []
  for (const match of text.matchAll(/[\n.!?]/g)) {
    const index = match.index
    stops.push(index)
    if (match[0] === '\n') starts.push(index + 1)
    else if (/\s/.test(text.charAt(index + 1))) starts.push(index + 2)
  }
  return (start, end) => {
    // The last start at or before `start`, else the text start.
    let low = 0
    let high = starts.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (starts[middle]! <= start) low = middle + 1
      else high = middle
    }
    const from = low > 0 ? starts[low - 1]! : 0
    // The first stop at or after `end`, past the mark and its closing quotes.
    low = 0
    high = stops.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (stops[middle]! < end) low = middle + 1
      else high = middle
    }
    let to = low < stops.length ? stops[low]! : text.length
    if (to < text.length && text.charAt(to) !== '\n') {
      to++
      while (closers.has(text.charAt(to))) to++
    }
    return text.slice(from, to).trim()
  }
}

const closers = new Set(['”', '"', '’', ')'])
