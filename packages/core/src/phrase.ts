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

// Most nodes are leaves or lead on to one word: maps and lists are made only when needed (thousands
// of empty maps were a third of the time to build the lexicon matchers when the CLI starts).
interface TrieNode<Data> {
  next?: Map<string, TrieNode<Data>> | undefined
  entries?: Array<PhraseEntry<Data>> | undefined
}

const wildcard = '*'
const noEntries: never[] = []

function node<Data>(): TrieNode<Data> {
  return {next: undefined, entries: undefined}
}

/** Split a phrase pattern into normalized tokens: words (hyphens and apostrophes kept inside) and punctuation. */
export function phraseTokens(phrase: string): string[] {
  return (phrase.match(/\*|[\p{L}\p{N}\p{M}]+(?:['’.-][\p{L}\p{N}\p{M}]+)*\.?|[^\s\p{L}\p{N}\p{M}]/gu) ?? []).map(normalizeWord)
}

/**
 * A compiled matcher for many phrases at once: a trie over normalized tokens,
 * walked from every token of a sentence. Phrases never cross sentence boundaries,
 * and the whitespace between tokens is free (one space or a line break both match).
 */
export interface PhraseMatcher<Data> {
  matchSentence(sentence: Sentence): Array<PhraseMatch<Data>>
  /** Same, on a sentence already tokenised (see `sentenceViews`). */
  matchView(view: Pick<SentenceView, 'sentence' | 'significant' | 'keys'>): Array<PhraseMatch<Data>>
  matchTree(tree: Root): Array<PhraseMatch<Data>>
}

export function createPhraseMatcher<Data>(entries: Iterable<PhraseEntry<Data>>): PhraseMatcher<Data> {
  const root = node<Data>()
  for (const entry of entries) {
    const parts = entry.tokens ?? phraseTokens(entry.phrase)
    if (parts.length === 0) throw new Error(`Empty phrase pattern ${JSON.stringify(entry.phrase)}`)
    let current = root
    for (const part of parts) {
      const children = (current.next ??= new Map())
      let next = children.get(part)
      if (!next) {
        next = node<Data>()
        children.set(part, next)
      }
      current = next
    }
    ;(current.entries ??= []).push(entry)
  }

  const rootWildcard = root.next?.get(wildcard)
  // “* percent in the minus”: a phrase that starts with any word is walked only where the next
  // token can continue it (most words continue none), without a call per word.
  const rootWildcardEnds = (rootWildcard?.entries?.length ?? 0) > 0 || rootWildcard?.next?.has(wildcard) === true

  function matchSentence(sentence: Sentence): Array<PhraseMatch<Data>> {
    const significant = tokens(sentence).filter((token) => token.kind !== 'whitespace')
    return matchView({sentence, significant, keys: significant.map((token) => normalizeWord(token.value))})
  }

  function matchView({sentence, significant, keys}: Pick<SentenceView, 'sentence' | 'significant' | 'keys'>): Array<PhraseMatch<Data>> {
    const found: Array<PhraseMatch<Data>> = []
    for (let from = 0; from < significant.length; from++) {
      // Look the first token up before walking: most tokens start no phrase.
      const exact = root.next?.get(keys[from]!)
      if (exact) walk(exact, from, from + 1)
      if (rootWildcard && significant[from]!.kind === 'word' && (rootWildcardEnds || rootWildcard.next?.has(keys[from + 1]!) === true)) walk(rootWildcard, from, from + 1)
    }
    return found

    function walk(at: TrieNode<Data>, from: number, index: number): void {
      for (const entry of at.entries ?? noEntries) {
        const matched = significant.slice(from, index)
        const first = matched[0]
        const last = matched[matched.length - 1]
        if (first && last) found.push({entry, tokens: matched, sentence, start: first.start, end: last.end})
      }
      const token = significant[index]
      const key = keys[index]
      if (!token || key === undefined) return
      if (!at.next) return
      const exact = at.next.get(key)
      if (exact) walk(exact, from, index + 1)
      if (token.kind === 'word') {
        const any = at.next.get(wildcard)
        if (any) walk(any, from, index + 1)
      }
    }
  }

  return {
    matchSentence,
    matchView,
    matchTree(tree) {
      return sentenceViews(tree).flatMap((view) => matchView(view))
    }
  }
}
