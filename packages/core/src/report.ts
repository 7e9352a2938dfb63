import type {Node} from 'unist'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {location} from 'vfile-location'
import {strictChecks} from './data.js'
import type {Category} from './categories.js'
import './augment.js'

/** Where an artifact is: nlcst nodes (first to last), or UTF-16 offsets into the file. */
export type ArtifactPlace =
  | {start: number; end: number}
  | {nodes: readonly [Node, ...Node[]]}

export interface ArtifactReport {
  /** Human-readable reason, e.g. "Doubled word `with`". */
  reason: string
  place: ArtifactPlace
  /** Stable rule id, derived from the rule or lexicon entry, never from the matched word. */
  ruleId: string
  /** Plugin that reports, e.g. `retext-repetition`. */
  source: string
  category: Category
  /** 0–1, how sure the plugin is that `expected[0]` is right. */
  confidence: number
  /** Full replacements for `place`, best first; `['']` deletes; omit for a flag without a fix. */
  expected?: readonly string[] | undefined
  note?: string | undefined
  url?: string | undefined
}

const locators = new WeakMap<VFile, ReturnType<typeof location>>()

function locator(file: VFile) {
  let found = locators.get(file)
  if (!found) {
    found = location(file)
    locators.set(file, found)
  }
  return found
}

function offsetsOf(place: ArtifactPlace): {start: number; end: number} {
  if ('nodes' in place) {
    const first = place.nodes[0]
    const last = place.nodes[place.nodes.length - 1] ?? first
    const start = first.position?.start.offset
    const end = last.position?.end.offset
    if (start === undefined || end === undefined) {
      throw new Error('Cannot report an artifact on nodes without positional offsets')
    }
    return {start, end}
  }
  return place
}

/**
 * Report one artifact on `file`: the single way mt-cleanup plugins emit messages.
 * `actual` is taken from the file itself, so it is always exactly the text at `place`.
 */
export function reportArtifact(file: VFile, report: ArtifactReport): VFileMessage {
  const value = String(file.value)
  const {start, end} = offsetsOf(report.place)
  if (!(start >= 0 && end >= start && end <= value.length)) {
    throw new RangeError(`Invalid artifact place ${start}-${end} in a text of ${value.length} characters`)
  }
  const actual = value.slice(start, end)
  const where = locator(file)
  const startPoint = where.toPoint(start)
  const endPoint = where.toPoint(end)
  if (!startPoint || !endPoint) throw new RangeError(`Cannot locate offsets ${start}-${end}`)
  const message = file.message(report.reason, {
    place: {start: startPoint, end: endPoint},
    ruleId: report.ruleId,
    source: report.source
  })
  message.actual = actual
  if (report.expected) message.expected = [...report.expected]
  if (report.note !== undefined) message.note = report.note
  if (report.url !== undefined) message.url = report.url
  message.category = report.category
  message.confidence = report.confidence
  // Checked while tests run: a plugin whose `actual` does not match its place is a bug.
  if (strictChecks) assertMessage(file, message)
  return message
}

/**
 * Throw when a message does not follow the mt-cleanup contract: offsets present,
 * `actual` exactly the text at its place, a known category and a confidence in 0–1.
 */
export function assertMessage(file: VFile, message: VFileMessage): void {
  const place = message.place
  if (!place || !('start' in place)) throw new Error(`Message \`${message.reason}\` has no position`)
  const start = place.start.offset
  const end = place.end.offset
  if (start === undefined || end === undefined) throw new Error(`Message \`${message.reason}\` has no offsets`)
  const text = String(file.value).slice(start, end)
  if (message.actual !== undefined && message.actual !== text) {
    throw new Error(`Message \`${message.reason}\`: actual ${JSON.stringify(message.actual)} is not the text at its place ${JSON.stringify(text)}`)
  }
  if (message.confidence !== undefined && !(message.confidence >= 0 && message.confidence <= 1)) {
    throw new Error(`Message \`${message.reason}\`: confidence ${message.confidence} is outside 0–1`)
  }
}

/** Offsets of a message's place, when it has them. */
export function messageOffsets(message: VFileMessage): {start: number; end: number} | undefined {
  const place = message.place
  if (!place) return undefined
  if ('start' in place) {
    const start = place.start.offset
    const end = place.end.offset
    return start === undefined || end === undefined ? undefined : {start, end}
  }
  return place.offset === undefined ? undefined : {start: place.offset, end: place.offset}
}
