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

interface Anchored<Data> {
  entry: PhraseEntry<Data>
  parts: readonly string[]
  /** Index in `parts` of the token the phrase is found by. */
  anchor: number
  /** Position in the entries given, for ties. */
  order: number
}

/**
 * Each phrase is filed under its rarest word (the one fewest phrases share): a sentence is
 * scanned with one look-up per token, and only the phrases whose rare word occurs are compared
 * in place. Unlike a trie walked from every token, common first words (“the”, “of”) lead
 * nowhere, and building it costs one list entry per phrase instead of a map per word.
 */
export function createPhraseMatcher<Data>(entries: Iterable<PhraseEntry<Data>>): PhraseMatcher<Data> {
  const phrases: Array<{entry: PhraseEntry<Data>; parts: readonly string[]}> = []
  // How many phrases each word occurs in (a word twice in one phrase counts once).
  const shared = new Map<string, number>()
  for (const entry of entries) {
    const parts = entry.tokens ?? phraseTokens(entry.phrase)
    if (parts.length === 0) throw new Error(`Empty phrase pattern ${JSON.stringify(entry.phrase)}`)
    phrases.push({entry, parts})
    for (let index = 0; index < parts.length; index++) {
      const part = parts[index]!
      if (parts.indexOf(part) === index) shared.set(part, (shared.get(part) ?? 0) + 1)
    }
  }
  const byAnchor = new Map<string, Array<Anchored<Data>>>()
  // Phrases of wildcards only: tried at every word.
  const unanchored: Array<Anchored<Data>> = []
  for (let order = 0; order < phrases.length; order++) {
    const {entry, parts} = phrases[order]!
    let anchor = -1
    let rarest = Infinity
    for (let index = 0; index < parts.length; index++) {
      const part = parts[index]!
      if (part === wildcard) continue
      const count = shared.get(part)!
      if (count < rarest) {
        anchor = index
        rarest = count
      }
    }
    if (anchor === -1) {
      unanchored.push({entry, parts, anchor: 0, order})
      continue
    }
    const list = byAnchor.get(parts[anchor]!)
    if (list) list.push({entry, parts, anchor, order})
    else byAnchor.set(parts[anchor]!, [{entry, parts, anchor, order}])
  }

  function matchSentence(sentence: Sentence): Array<PhraseMatch<Data>> {
    const significant = tokens(sentence).filter((token) => token.kind !== 'whitespace')
    return matchView({sentence, significant, keys: significant.map((token) => normalizeWord(token.value))})
  }

  function matchView({sentence, significant, keys}: Pick<SentenceView, 'sentence' | 'significant' | 'keys'>): Array<PhraseMatch<Data>> {
    let found: Array<{match: PhraseMatch<Data>; phrase: Anchored<Data>}> | undefined
    const count = significant.length
    const at = (phrase: Anchored<Data>, from: number): void => {
      const {parts} = phrase
      if (from < 0 || from + parts.length > count) return
      for (let offset = 0; offset < parts.length; offset++) {
        const part = parts[offset]!
        if (part === wildcard ? significant[from + offset]!.kind !== 'word' : keys[from + offset] !== part) return
      }
      const matched = significant.slice(from, from + parts.length)
      ;(found ??= []).push({match: {entry: phrase.entry, tokens: matched, sentence, start: matched[0]!.start, end: matched[matched.length - 1]!.end}, phrase})
    }
    for (let index = 0; index < count; index++) {
      const list = byAnchor.get(keys[index]!)
      if (list) for (const phrase of list) at(phrase, index - phrase.anchor)
      if (unanchored.length > 0 && significant[index]!.kind === 'word') for (const phrase of unanchored) at(phrase, index)
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
function walkOrder<Data>(a: Anchored<Data>, b: Anchored<Data>): number {
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
