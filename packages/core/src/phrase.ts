import type {Root, Sentence} from 'nlcst'
import {normalizeWord, sentenceViews, tokens, type SentenceView, type Token} from './nlcst.js'

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

interface Phrase<Data> {
  entry: PhraseEntry<Data>
  parts: readonly string[]
  /** Position in the entries given, for ties. */
  order: number
}

/** A part that matches any one word. */
const anyWord = -2
/** A token whose key no phrase uses. */
const unknownKey = -1

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
  const phrases: Array<Phrase<Data>> = []
  // How many phrases each word occurs in (a word twice in one phrase counts once).
  const shared = new Map<string, number>()
  let partCount = 0
  for (const entry of entries) {
    const parts = entry.tokens ?? phraseTokens(entry.phrase)
    if (parts.length === 0) throw new Error(`Empty phrase pattern ${JSON.stringify(entry.phrase)}`)
    phrases.push({entry, parts, order: phrases.length})
    partCount += parts.length
    for (let index = 0; index < parts.length; index++) {
      const part = parts[index]!
      if (part !== wildcard && parts.indexOf(part) === index) shared.set(part, (shared.get(part) ?? 0) + 1)
    }
  }

  // Word numbers, and each phrase's parts as numbers: phrase `p` is `partIds[firstPart[p]..firstPart[p + 1])`.
  const wordIds = new Map<string, number>()
  for (const word of shared.keys()) wordIds.set(word, wordIds.size)
  const partIds = new Int32Array(partCount)
  const firstPart = new Int32Array(phrases.length + 1)
  const anchorOffset = new Int32Array(phrases.length)
  // Phrases by anchor word, as one list sorted by anchor with where each word's run begins.
  const anchorCounts = new Int32Array(wordIds.size + 1)
  const anchorWord = new Int32Array(phrases.length).fill(-1)
  // Phrases of wildcards only: tried at every word.
  const unanchored: number[] = []
  let next = 0
  for (let phrase = 0; phrase < phrases.length; phrase++) {
    const {parts} = phrases[phrase]!
    firstPart[phrase] = next
    let anchor = -1
    let rarest = Infinity
    for (let index = 0; index < parts.length; index++) {
      const part = parts[index]!
      if (part === wildcard) {
        partIds[next + index] = anyWord
        continue
      }
      partIds[next + index] = wordIds.get(part)!
      const count = shared.get(part)!
      if (count < rarest) {
        anchor = index
        rarest = count
      }
    }
    next += parts.length
    if (anchor === -1) {
      unanchored.push(phrase)
      continue
    }
    anchorOffset[phrase] = anchor
    anchorWord[phrase] = partIds[firstPart[phrase]! + anchor]!
    anchorCounts[anchorWord[phrase]! + 1]!++
  }
  firstPart[phrases.length] = next
  const anchorStart = new Int32Array(wordIds.size + 1)
  for (let word = 0; word < wordIds.size; word++) anchorStart[word + 1] = anchorStart[word]! + anchorCounts[word + 1]!
  const byAnchor = new Int32Array(anchorStart[wordIds.size]!)
  const filled = anchorStart.slice(0, wordIds.size)
  for (let phrase = 0; phrase < phrases.length; phrase++) {
    const word = anchorWord[phrase]!
    if (word >= 0) byAnchor[filled[word]!++] = phrase
  }

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
      tokenIds[index] = wordIds.get(keys[index]!) ?? unknownKey
      isWord[index] = significant[index]!.kind === 'word' ? 1 : 0
    }
    let found: Array<{match: PhraseMatch<Data>; phrase: Phrase<Data>}> | undefined
    const at = (phrase: number, from: number): void => {
      const first = firstPart[phrase]!
      const length = firstPart[phrase + 1]! - first
      if (from < 0 || from + length > count) return
      for (let offset = 0; offset < length; offset++) {
        const part = partIds[first + offset]!
        if (part === anyWord ? isWord[from + offset] === 0 : tokenIds[from + offset] !== part) return
      }
      const matched = significant.slice(from, from + length)
      const {entry} = phrases[phrase]!
      ;(found ??= []).push({match: {entry, tokens: matched, sentence, start: matched[0]!.start, end: matched[matched.length - 1]!.end}, phrase: phrases[phrase]!})
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

/** How a depth-first walk of a trie orders two phrases matched from the same token. */
function walkOrder<Data>(a: Phrase<Data>, b: Phrase<Data>): number {
  const shorter = Math.min(a.parts.length, b.parts.length)
  for (let index = 0; index < shorter; index++) {
    const left = a.parts[index]!
    const right = b.parts[index]!
    if (left === right) continue
    if (left === wildcard) return 1
    if (right === wildcard) return -1
  }
  return a.parts.length - b.parts.length || a.order - b.order
}
