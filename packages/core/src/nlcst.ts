import type {Paragraph, Root, Sentence, SentenceContent, Word} from 'nlcst'
import type {VFile} from 'vfile'
import {toString} from 'nlcst-to-string'

/** A word or punctuation token of a sentence, with its text and offsets. */
export interface Token {
  node: SentenceContent
  /** Index of `node` in the sentence's children. */
  index: number
  kind: 'word' | 'punctuation' | 'symbol' | 'whitespace' | 'other'
  value: string
  start: number
  end: number
  /** The word number of `value` (see `wordNumber`); -1 for whitespace. */
  number: number
}

function kindOf(type: string): Token['kind'] {
  switch (type) {
    case 'WordNode':
      return 'word'
    case 'WhiteSpaceNode':
      return 'whitespace'
    case 'PunctuationNode':
      return 'punctuation'
    case 'SymbolNode':
      return 'symbol'
    default:
      return 'other'
  }
}

/** Closing quotation marks, as tokens: what may stand between a comma and a reporting verb (“…,” said …). */
export const closingQuotes: ReadonlySet<string> = new Set(['"', '”', '’', '»', "'"])

/** Every paragraph of a tree, in order. */
export function paragraphs(tree: Root): Paragraph[] {
  return tree.children.filter((node): node is Paragraph => node.type === 'ParagraphNode')
}

/** Every sentence of a tree, in order. */
export function sentences(tree: Root): Sentence[] {
  const found: Sentence[] = []
  for (const paragraph of paragraphs(tree)) {
    for (const child of paragraph.children) {
      if (child.type === 'SentenceNode') found.push(child)
    }
  }
  return found
}

/** The tokens of a sentence, whitespace included, with offsets. */
export function tokens(sentence: Sentence): Token[] {
  return sentence.children.map((node, index) => {
    const kind = kindOf(node.type)
    const value = toString(node)
    return {node, index, kind, value, start: node.position?.start.offset ?? -1, end: node.position?.end.offset ?? -1, number: kind === 'whitespace' ? -1 : wordNumber(value)}
  })
}

/** The words of a sentence, with offsets. */
export function words(sentence: Sentence): Array<Token & {node: Word}> {
  return tokens(sentence).filter((token): token is Token & {node: Word} => token.kind === 'word')
}

/**
 * The index of the dash that ends a wire dateline starting at `from` (“BERLIN —”, “MADRID (Reuters)
 * —”, “BRASÍLIA (Reuters) -”), or -1: a dateline opens with a word in capitals and has no lower-case word.
 */
export function datelineEnd(tokens: readonly Token[], from = 0): number {
  for (let at = from; at < Math.min(tokens.length, from + 12); at++) {
    const value = tokens[at]!.value
    if (value === '—' || value === '–' || (value === '-' && at > from && tokens[at - 1]!.value === ')')) return at > from && /^\p{Lu}{2}/u.test(tokens[from]!.value) ? at : -1
    if (tokens[at]!.kind === 'word' && /^\p{Ll}/u.test(value)) return -1
  }
  return -1
}

/** Normal form used for lexicon look-ups: lower case, typographic apostrophes made straight. */
export function normalizeWord(value: string): string {
  return normalForms[wordNumber(value)]!
}

/*
 * Word numbers. Plugins ask a dozen word lists about every token of every pass; a Map look-up
 * each time, in Maps of thousands of words, costs more than the rules around it. So each
 * distinct normal form gets a number the first time it is met, every token carries the number
 * of its text, and a per-word fact is read from an array by that number (`wordFact`). The
 * vocabulary of news is small; past `vocabularyLimit` words the numbering starts over (only
 * between trees: see `sentenceViews`), and `wordFact` tables notice by the epoch.
 */
const numberOfText = new Map<string, number>()
const numberOfNormal = new Map<string, number>()
const normalForms: string[] = []
let vocabularyEpoch = 0
const vocabularyLimit = 200_000

/** The number of the normal form of `value` (see `normalizeWord`), the same for every text with that form. */
export function wordNumber(value: string): number {
  let number = numberOfText.get(value)
  if (number !== undefined) return number
  const lower = value.toLowerCase()
  let normal = lower.indexOf('’') === -1 && lower.indexOf('ʼ') === -1 ? lower : lower.replace(/[’ʼ]/g, "'")
  // A long slice of a document keeps the whole document alive while it is a key: keys are copies.
  if (normal.length > 12 && normal === value) normal = `${normal} `.slice(0, -1)
  number = numberOfNormal.get(normal)
  if (number === undefined) {
    number = normalForms.length
    normalForms.push(normal)
    numberOfNormal.set(normal, number)
  }
  if (value.length <= 12) numberOfText.set(value, number)
  return number
}

/** The normal form with word number `number`. */
export function wordOfNumber(number: number): string {
  return normalForms[number]!
}

/** Start the numbering over when the vocabulary has grown past its limit; only between trees. */
function boundVocabulary(): void {
  if (normalForms.length <= vocabularyLimit) return
  numberOfText.clear()
  numberOfNormal.clear()
  normalForms.length = 0
  vocabularyEpoch++
}

const unknownFact = -0x80000000

/**
 * A fact about words that fits an integer (bits of word classes, an index's own number of the
 * word, 0/1), computed from the normal form once per word and then read by word number.
 */
export function wordFact(compute: (word: string) => number): (number: number) => number {
  let values = new Int32Array(1024).fill(unknownFact)
  let epoch = vocabularyEpoch
  return (number) => {
    if (epoch !== vocabularyEpoch) {
      values.fill(unknownFact)
      epoch = vocabularyEpoch
    }
    if (number >= values.length) {
      const grown = new Int32Array(Math.max(number + 1, values.length * 2)).fill(unknownFact)
      grown.set(values)
      values = grown
    }
    let value = values[number]!
    if (value === unknownFact) {
      value = compute(normalForms[number]!)
      values[number] = value
    }
    return value
  }
}

/** A sentence with its tokens worked out once, for every plugin of a pass. */
export interface SentenceView {
  sentence: Sentence
  /** Index of the paragraph the sentence is in. */
  paragraph: number
  /** All tokens, whitespace included. */
  tokens: Token[]
  /** Words, punctuation and symbols: the tokens without whitespace. */
  significant: Token[]
  /** `normalizeWord` of each significant token. */
  keys: string[]
}

declare module 'vfile' {
  interface DataMap {
    /** Sentences of the current tree, tokenised once per pass and shared by the plugins. */
    mtCleanupSentences: {tree: Root; views: SentenceView[]; epoch: number}
  }
}

/**
 * The sentences of a tree with their tokens, computed once per tree and shared through
 * `file.data` by every plugin that reads the same tree.
 */
export function sentenceViews(tree: Root, file?: VFile): SentenceView[] {
  const cached = file?.data.mtCleanupSentences
  // Word numbers hold while the numbering does (see `boundVocabulary`).
  if (cached && cached.tree === tree && cached.epoch === vocabularyEpoch) return cached.views
  boundVocabulary()
  const views: SentenceView[] = []
  const text = file ? String(file.value) : undefined
  let index = 0
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const child of paragraph.children) {
      if (child.type !== 'SentenceNode') continue
      if (text === undefined) {
        const all = tokens(child)
        const significant = all.filter((token) => token.kind !== 'whitespace')
        views.push({sentence: child, paragraph: index, tokens: all, significant, keys: significant.map((token) => normalForms[token.number]!)})
        continue
      }
      // nlcst keeps the source text: a token's value is the text at its offsets, cheaper to
      // take or slice than to rebuild. Built in one loop: this runs for every token of every pass.
      const all: Token[] = []
      const significant: Token[] = []
      const keys: string[] = []
      const children = child.children
      for (let position = 0; position < children.length; position++) {
        const node = children[position]!
        const start = node.position?.start.offset ?? -1
        const end = node.position?.end.offset ?? -1
        const kind = kindOf(node.type)
        // The parser's own string where the node has one (a literal, or a word of one text): the same text.
        const value = 'value' in node ? node.value : node.type === 'WordNode' && node.children.length === 1 && node.children[0]!.type === 'TextNode' ? node.children[0]!.value : start >= 0 ? text.slice(start, end) : toString(node)
        const number = kind === 'whitespace' ? -1 : wordNumber(value)
        const token: Token = {node, index: position, kind, value, start, end, number}
        all.push(token)
        if (kind !== 'whitespace') {
          significant.push(token)
          keys.push(normalForms[number]!)
        }
      }
      views.push({sentence: child, paragraph: index, tokens: all, significant, keys})
    }
    index++
  }
  if (file) file.data.mtCleanupSentences = {tree, views, epoch: vocabularyEpoch}
  return views
}

/** Facts about a document, by key (see `documentFact`). */
export type DocumentFacts = Map<string, unknown>

/** A stretch of the file, as UTF-16 offsets. */
export interface Stretch {
  start: number
  end: number
}

declare module 'vfile' {
  interface DataMap {
    /**
     * Set by the fixer on a re-check pass: the stretches (whole paragraphs) around the last
     * pass's changes. The tree then holds only these paragraphs; findings elsewhere are
     * already known. Plugins that scan `file.value` directly look only here (`scopedMatches`).
     * Absent: the whole document.
     */
    mtCleanupScope: readonly Stretch[]
    /**
     * Facts about the whole document (surveys, the profile), computed on the first pass and
     * handed by the fixer to the re-check passes, which see only part of the tree.
     */
    mtCleanupDocument: DocumentFacts
  }
}

/**
 * A fact about the whole document, computed once with `compute` and shared through
 * `file.data`: the fixer's re-check passes reuse those of the first, full pass. Key it by
 * plugin (`'retext-casing:survey'`).
 */
export function documentFact<Value>(file: VFile, key: string, compute: () => Value): Value {
  const facts = (file.data.mtCleanupDocument ??= new Map<string, unknown>())
  if (facts.has(key)) return facts.get(key) as Value
  const value = compute()
  facts.set(key, value)
  return value
}

/**
 * The paragraphs of a text as retext-english splits them (blocks between blank lines),
 * trimmed, as offsets.
 */
export function paragraphStretches(text: string): Stretch[] {
  const found: Stretch[] = []
  for (const match of text.matchAll(/\S(?:[^\n]|\n(?![ \t\r]*\n))*/g)) {
    found.push({start: match.index, end: match.index + match[0].trimEnd().length})
  }
  return found
}

/** Whether a stretch of the file needs checking in this pass (see `mtCleanupScope`). */
export function inScope(file: VFile | undefined, start: number, end: number): boolean {
  const scope = file?.data.mtCleanupScope
  if (!scope) return true
  for (const stretch of scope) {
    if (start <= stretch.end && stretch.start <= end) return true
  }
  return false
}

/**
 * The stretches of the pass's scope within `reach` characters of a match of `marker` (a global
 * pattern, say `/\d+/g`), merged: where a family of patterns that all need a marker near their
 * start can match. Given to `scopedMatches` as `within`, they spare each pattern the search of
 * the text between, which for a pattern that opens with a look-behind is tried at every character.
 */
export function stretchesNear(file: VFile, marker: RegExp, reach: number): Stretch[] {
  const text = String(file.value)
  const scope = file.data.mtCleanupScope ?? [{start: 0, end: text.length}]
  const found: Stretch[] = []
  for (const stretch of scope) {
    marker.lastIndex = stretch.start
    for (let match = marker.exec(text); match && match.index <= stretch.end; match = marker.exec(text)) {
      if (match[0].length === 0) marker.lastIndex++
      const start = Math.max(stretch.start, match.index - reach)
      const end = Math.min(stretch.end, match.index + match[0].length + reach)
      const last = found[found.length - 1]
      if (last && start <= last.end) last.end = Math.max(last.end, end)
      else found.push({start, end})
    }
  }
  marker.lastIndex = 0
  return found
}

/** How far past a stretch a pattern may look ahead. */
const lookahead = 256

/**
 * Matches of a global pattern in the file's text, only where they start in the pass's
 * scope (everywhere on a full pass). Look-behinds still see the text before a stretch.
 * `needle`: a string every match contains; a text without it is not searched (a substring
 * search is many times faster than a pattern that opens with an alternation or a look-around).
 */
export function* scopedMatches(file: VFile, pattern: RegExp, needle?: string, within?: readonly Stretch[]): Generator<RegExpExecArray> {
  if (!pattern.global) throw new TypeError('scopedMatches needs a global pattern')
  const text = String(file.value)
  if (needle !== undefined && !text.includes(needle)) return
  const scope = within ?? file.data.mtCleanupScope ?? [{start: 0, end: text.length}]
  for (const stretch of scope) {
    // Search a prefix of the text that ends a little after the stretch, so that the
    // search stops there; offsets stay those of the whole text.
    const searched = stretch.end >= text.length ? text : text.slice(0, stretch.end + lookahead)
    pattern.lastIndex = stretch.start
    for (;;) {
      const match = pattern.exec(searched)
      if (!match || match.index > stretch.end) break
      if (match[0].length === 0) pattern.lastIndex++
      yield match
    }
  }
  pattern.lastIndex = 0
}
