import type {Root, Sentence} from 'nlcst'
import {normalizeWord, sentenceViews, tokens, wordFact, type SentenceView, type Token} from './nlcst.js'

/** One phrase to look for, with the data its plugin needs when it is found. */
export interface PhraseEntry<Data> {
  /** Words separated by spaces; punctuation is written as its own token ("said ,"); `*` matches any one word. */
  phrase: string
  /** `phraseTokens(phrase)`, when the caller has it already (tokenising thousands of phrases costs at start-up). */
  tokens?: readonly string[] | undefined
  data: Data
}

export interface PhraseMatch<Data> {
  entry: PhraseEntry<Data>
  /** The matched tokens, words and punctuation, without the whitespace between them. */
  tokens: Token[]
  sentence: Sentence
  /** Offsets of the whole match in the file. */
  start: number
  end: number
}

const wildcard = '*'

/** Split a phrase pattern into normalized tokens: words (hyphens and apostrophes kept inside) and punctuation. */
export function phraseTokens(phrase: string): string[] {
  return (phrase.match(/\*|[\p{L}\p{N}\p{M}]+(?:['’.-][\p{L}\p{N}\p{M}]+)*\.?|[^\s\p{L}\p{N}\p{M}]/gu) ?? []).map(normalizeWord)
}

/**
 * A compiled matcher for many phrases at once. Phrases never cross sentence boundaries,
 * and the whitespace between tokens is free (one space or a line break both match).
 */
export interface PhraseMatcher<Data> {
  matchSentence(sentence: Sentence): Array<PhraseMatch<Data>>
  /** Same, on a sentence already tokenised (see `sentenceViews`). */
  matchView(view: Pick<SentenceView, 'sentence' | 'significant' | 'keys'>): Array<PhraseMatch<Data>>
  matchTree(tree: Root): Array<PhraseMatch<Data>>
}

/**
 * Phrases already split into tokens and numbered, as a compiled lexicon stores them: the matcher
 * reads their numbers only, and asks for a phrase's entry when it matches.
 */
export interface PhraseBlock<Data> {
  /** The words the phrases use; `parts` names them by position. */
  words: readonly string[]
  /** The parts of every phrase, one phrase after the other: a position in `words`, or `blockWildcard` for `*`. */
  parts: Int32Array
  /** Where each phrase's parts begin in `parts`, and where the last one ends: one more than the phrases. */
  firstPart: Int32Array
  /** The entry of phrase `index` (made when the phrase first matches). */
  entry(index: number): PhraseEntry<Data>
}

/** The part of a `PhraseBlock` that matches any one word (`*`). */
export const blockWildcard = -1

/** A block of phrase entries, tokenised here (or given their `tokens`). */
export function phraseBlock<Data>(entries: Iterable<PhraseEntry<Data>>): PhraseBlock<Data> {
  const list = [...entries]
  const words: string[] = []
  const ids = new Map<string, number>()
  const parts: number[] = []
  const firstPart = new Int32Array(list.length + 1)
  list.forEach((entry, index) => {
    const tokens = entry.tokens ?? phraseTokens(entry.phrase)
    if (tokens.length === 0) throw new Error(`Empty phrase pattern ${JSON.stringify(entry.phrase)}`)
    firstPart[index] = parts.length
    for (const token of tokens) {
      if (token === wildcard) {
        parts.push(blockWildcard)
        continue
      }
      let id = ids.get(token)
      if (id === undefined) {
        id = words.length
        ids.set(token, id)
        words.push(token)
      }
      parts.push(id)
    }
  })
  firstPart[list.length] = parts.length
  return {words, parts: Int32Array.from(parts), firstPart, entry: (index) => list[index]!}
}

/** A part that matches any one word. */
const anyWord = -2
/** A token whose key no phrase uses. */
const unknownKey = -1

// The words of nearly every sentence of news (see the anchors of `createBlockMatcher`).
const commonTokens: ReadonlySet<string> = new Set(['the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'and', 'or', 'but', 'that', 'which', 'who', 'it', 'its', 'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'will', 'would', 'not', 'this', 'he', 'she', 'they', 'his', 'her', 'their', 'as', 'said'])

/**
 * Each phrase is filed under its rarest word (the one fewest phrases share): a sentence is
 * scanned with one look-up per token, and only the phrases whose rare word occurs are compared
 * in place. Unlike a trie walked from every token, common first words (“the”, “of”) lead
 * nowhere, and building it costs one list entry per phrase instead of a map per word.
 *
 * The scan is bound by memory, not by work: between two sentences the other plugins push the
 * lexicons out of the processor's caches, and every object a comparison touches is a miss. So
 * the words are numbered and the phrases kept as numbers in flat arrays; a phrase's object is
 * only read when it matches.
 */
export function createPhraseMatcher<Data>(entries: Iterable<PhraseEntry<Data>>): PhraseMatcher<Data> {
  return createBlockMatcher([phraseBlock(entries)])
}

/**
 * A matcher for the phrases of several blocks, in order (the order breaks ties). Blocks from
 * compiled lexicons cost only their numbers here: no phrase object is made until it matches.
 */
export function createBlockMatcher<Data>(blocks: ReadonlyArray<PhraseBlock<Data>>): PhraseMatcher<Data> {
  // Word numbers across the blocks, and each block's numbers in them.
  const wordIds = new Map<string, number>()
  const remaps = blocks.map(({words}) => {
    const remap = new Int32Array(words.length)
    for (let index = 0; index < words.length; index++) {
      const word = words[index]!
      let id = wordIds.get(word)
      if (id === undefined) {
        id = wordIds.size
        wordIds.set(word, id)
      }
      remap[index] = id
    }
    return remap
  })
  let phraseCount = 0
  let partCount = 0
  for (const block of blocks) {
    phraseCount += block.firstPart.length - 1
    partCount += block.parts.length
  }

  // Each phrase's parts as numbers: phrase `p` is `partIds[firstPart[p]..firstPart[p + 1])`;
  // `blockOf[p]` is its block, `blockStart[b]` the number of the block's first phrase.
  const partIds = new Int32Array(partCount)
  const firstPart = new Int32Array(phraseCount + 1)
  const blockOf = new Int32Array(phraseCount)
  const blockStart = new Int32Array(blocks.length)
  let phrase = 0
  let next = 0
  blocks.forEach((block, which) => {
    const remap = remaps[which]!
    blockStart[which] = phrase
    const count = block.firstPart.length - 1
    for (let index = 0; index < count; index++, phrase++) {
      firstPart[phrase] = next + block.firstPart[index]!
      blockOf[phrase] = which
    }
    for (let index = 0; index < block.parts.length; index++) {
      const part = block.parts[index]!
      partIds[next + index] = part === blockWildcard ? anyWord : remap[part]!
    }
    next += block.parts.length
  })
  firstPart[phraseCount] = next

  // How many phrases each word occurs in (a word twice in one phrase counts once).
  const shared = new Int32Array(wordIds.size)
  for (let phrase = 0; phrase < phraseCount; phrase++) {
    const first = firstPart[phrase]!
    const end = firstPart[phrase + 1]!
    parts: for (let at = first; at < end; at++) {
      const part = partIds[at]!
      if (part === anyWord) continue
      for (let before = first; before < at; before++) if (partIds[before] === part) continue parts
      shared[part]!++
    }
  }

  // Punctuation and the commonest words of news are poor anchors however few phrases share them:
  // every sentence has them, so their phrases would be tried everywhere. They count as shared by
  // more phrases than any word is, and anchor a phrase only when it has no other word.
  for (const [word, id] of wordIds) if (commonTokens.has(word) || !/^\p{L}/u.test(word)) shared[id] = shared[id]! + 0x1000_0000

  const anchorOffset = new Int32Array(phraseCount)
  // Phrases by anchor word, as one list sorted by anchor with where each word's run begins.
  const anchorCounts = new Int32Array(wordIds.size + 1)
  const anchorWord = new Int32Array(phraseCount).fill(-1)
  // Phrases of wildcards only: tried at every word.
  const unanchored: number[] = []
  for (let phrase = 0; phrase < phraseCount; phrase++) {
    const first = firstPart[phrase]!
    const length = firstPart[phrase + 1]! - first
    let anchor = -1
    let rarest = Infinity
    for (let index = 0; index < length; index++) {
      const part = partIds[first + index]!
      if (part === anyWord) continue
      if (shared[part]! < rarest) {
        anchor = index
        rarest = shared[part]!
      }
    }
    if (anchor === -1) {
      unanchored.push(phrase)
      continue
    }
    anchorOffset[phrase] = anchor
    anchorWord[phrase] = partIds[first + anchor]!
    anchorCounts[anchorWord[phrase]! + 1]!++
  }
  const anchorStart = new Int32Array(wordIds.size + 1)
  for (let word = 0; word < wordIds.size; word++) anchorStart[word + 1] = anchorStart[word]! + anchorCounts[word + 1]!
  const byAnchor = new Int32Array(anchorStart[wordIds.size]!)
  const filled = anchorStart.slice(0, wordIds.size)
  for (let phrase = 0; phrase < phraseCount; phrase++) {
    const word = anchorWord[phrase]!
    if (word >= 0) byAnchor[filled[word]!++] = phrase
  }

  // The entries of the phrases that matched so far.
  const entries: Array<PhraseEntry<Data> | undefined> = []
  const entryOf = (phrase: number): PhraseEntry<Data> => {
    let entry = entries[phrase]
    if (entry === undefined) {
      const which = blockOf[phrase]!
      entry = blocks[which]!.entry(phrase - blockStart[which]!)
      entries[phrase] = entry
    }
    return entry
  }

  /** How a depth-first walk of a trie orders two phrases matched from the same token. */
  const walkOrder = (a: number, b: number): number => {
    const aFirst = firstPart[a]!
    const bFirst = firstPart[b]!
    const aLength = firstPart[a + 1]! - aFirst
    const bLength = firstPart[b + 1]! - bFirst
    const shorter = Math.min(aLength, bLength)
    for (let index = 0; index < shorter; index++) {
      const left = partIds[aFirst + index]!
      const right = partIds[bFirst + index]!
      if (left === right) continue
      if (left === anyWord) return 1
      if (right === anyWord) return -1
    }
    return aLength - bLength || a - b
  }

  const idOfNumber = wordFact((word) => wordIds.get(word) ?? unknownKey)

  // Scratch space for a sentence's token numbers (1 for a word in `isWord`), grown as needed.
  let tokenIds = new Int32Array(64)
  let isWord = new Uint8Array(64)

  function matchSentence(sentence: Sentence): Array<PhraseMatch<Data>> {
    const significant = tokens(sentence).filter((token) => token.kind !== 'whitespace')
    return matchView({sentence, significant, keys: significant.map((token) => normalizeWord(token.value))})
  }

  function matchView({sentence, significant, keys}: Pick<SentenceView, 'sentence' | 'significant' | 'keys'>): Array<PhraseMatch<Data>> {
    const count = significant.length
    if (tokenIds.length < count) {
      tokenIds = new Int32Array(count * 2)
      isWord = new Uint8Array(count * 2)
    }
    for (let index = 0; index < count; index++) {
      const token = significant[index]!
      // By the token's word number where it has one (see `wordFact`): no Map look-up per token.
      tokenIds[index] = token.number >= 0 ? idOfNumber(token.number) : (wordIds.get(keys[index]!) ?? unknownKey)
      isWord[index] = token.kind === 'word' ? 1 : 0
    }
    let found: Array<{match: PhraseMatch<Data>; phrase: number}> | undefined
    const at = (phrase: number, from: number): void => {
      const first = firstPart[phrase]!
      const length = firstPart[phrase + 1]! - first
      if (from < 0 || from + length > count) return
      for (let offset = 0; offset < length; offset++) {
        const part = partIds[first + offset]!
        if (part === anyWord ? isWord[from + offset] === 0 : tokenIds[from + offset] !== part) return
      }
      const matched = significant.slice(from, from + length)
      ;(found ??= []).push({match: {entry: entryOf(phrase), tokens: matched, sentence, start: matched[0]!.start, end: matched[matched.length - 1]!.end}, phrase})
    }
    for (let index = 0; index < count; index++) {
      const word = tokenIds[index]!
      if (word !== unknownKey) {
        const stop = anchorStart[word + 1]!
        for (let item = anchorStart[word]!; item < stop; item++) {
          const phrase = byAnchor[item]!
          at(phrase, index - anchorOffset[phrase]!)
        }
      }
      if (unanchored.length > 0 && isWord[index] === 1) for (const phrase of unanchored) at(phrase, index)
    }
    if (!found) return []
    // The order a trie walked from each token would give: by start; from one start, a phrase
    // before its longer continuations, a word before `*`, then the order the entries came in.
    if (found.length > 1) found.sort((a, b) => a.match.start - b.match.start || walkOrder(a.phrase, b.phrase))
    return found.map(({match}) => match)
  }

  return {
    matchSentence,
    matchView,
    matchTree(tree) {
      return sentenceViews(tree).flatMap((view) => matchView(view))
    }
  }
}
