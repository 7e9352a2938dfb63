import {readFileSync} from 'node:fs'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {validate, type Schema} from './data.js'
import {isCapitalized} from './case.js'
import {englishLexicon} from './lexicon.js'
import {documentFact, sentenceViews, wordFact} from './nlcst.js'

/** What other plugins need to judge evidence, computed once per document. */
export interface DocumentProfile {
  /** Capitalised words and runs ("Trump", "Xi Jinping", "NATO") with how often they occur, first word of a sentence excluded. */
  names: Map<string, number>
  /** Topics the vocabulary signals, strongest first, with their scores. */
  topics: Array<{topic: string; score: number}>
  /** Lower-cased words of the document with their counts. */
  words: Map<string, number>
  /** The document text. */
  text: string
  /** The document text in lower case, for phrase look-ups. */
  lowerText: string
}

declare module 'vfile' {
  interface DataMap {
    /** The document profile of mt-cleanup, set by `@mt-cleanup/retext-profile` or on first use. */
    mtCleanupProfile: DocumentProfile
  }
}

const topicSchema: Schema = {
  type: 'object',
  required: ['topics'],
  properties: {topics: {type: 'object', properties: {}}}
}

let topicLists: Array<{topic: string; exact: Set<string>; prefixes: string[]; phrases: string[]}> | undefined
// The phrases of the lists as words, grouped by their first word, and the lists each is in: a
// phrase counts where the document has its words in a row (“the tour de France”, not “detour
// de France”). Found by the first word's number (`wordFact`), so words that begin no phrase cost
// an array read.
let topicPhrases: {groups: Array<Array<{words: string[]; phrase: string}>>; lists: Map<string, number[]>; groupOf: (number: number) => number} | undefined

function topics() {
  if (!topicLists) {
    const data = JSON.parse(readFileSync(new URL('../data/topics.json', import.meta.url), 'utf8')) as {topics: Record<string, unknown>}
    const problems = validate({topics: {}}, topicSchema)
    for (const [topic, list] of Object.entries(data.topics)) {
      problems.push(...validate(list, {type: 'array', items: {type: 'string', pattern: /^[a-z][a-z -]*\*?$/}}, `$.topics.${topic}`))
    }
    if (problems.length > 0) throw new Error(`Invalid data file topics.json:\n  ${problems.join('\n  ')}`)
    topicLists = Object.entries(data.topics as Record<string, string[]>).map(([topic, list]) => ({
      topic,
      exact: new Set(list.filter((word) => !word.endsWith('*') && !word.includes(' '))),
      prefixes: list.filter((word) => word.endsWith('*')).map((word) => word.slice(0, -1)),
      phrases: list.filter((word) => word.includes(' '))
    }))
    const lists = new Map<string, number[]>()
    topicLists.forEach(({phrases}, index) => {
      for (const phrase of phrases) lists.set(phrase, [...(lists.get(phrase) ?? []), index])
    })
    const byFirstWord = new Map<string, number>()
    const groups: Array<Array<{words: string[]; phrase: string}>> = []
    for (const phrase of lists.keys()) {
      const words = phrase.split(' ')
      let group = byFirstWord.get(words[0]!)
      if (group === undefined) {
        group = groups.length
        groups.push([])
        byFirstWord.set(words[0]!, group)
      }
      groups[group]!.push({words, phrase})
    }
    topicPhrases = {groups, lists, groupOf: wordFact((word) => byFirstWord.get(word) ?? -1)}
  }
  return topicLists
}

// Which topic lists a word is in, remembered across documents (bounded).
const topicMemberships = new Map<string, boolean[]>()

function topicsOf(word: string, lists: ReturnType<typeof topics>): boolean[] {
  let found = topicMemberships.get(word)
  if (!found) {
    found = lists.map(({exact, prefixes}) => exact.has(word) || prefixes.some((prefix) => word.startsWith(prefix)))
    if (topicMemberships.size > 50_000) topicMemberships.clear()
    topicMemberships.set(word, found)
  }
  return found
}

/** The profile of a document: stored on `file.data` the first time, then reused (see `documentFact`). */
export function documentProfile(tree: Root, file: VFile): DocumentProfile {
  const profile = documentFact(file, 'mt-cleanup:profile', () => buildProfile(tree, String(file.value), file))
  file.data.mtCleanupProfile = profile
  return profile
}

function buildProfile(tree: Root, text: string, file: VFile): DocumentProfile {
  const names = new Map<string, number>()
  const words = new Map<string, number>()
  const lists = topics()
  const {groups, groupOf} = topicPhrases!
  // The topic phrases the document has.
  const found = new Set<string>()
  for (const {significant, keys} of sentenceViews(tree, file)) {
    {
      let run: string[] = []
      const flush = () => {
        if (run.length > 1) names.set(run.join(' '), (names.get(run.join(' ')) ?? 0) + 1)
        run = []
      }
      significant.forEach((token, index) => {
        if (token.kind !== 'word') return flush()
        const normal = keys[index]!
        words.set(normal, (words.get(normal) ?? 0) + 1)
        const group = groupOf(token.number)
        if (group >= 0) {
          for (const {words: phrase, phrase: text} of groups[group]!) {
            if (phrase.every((word, offset) => keys[index + offset] === word)) found.add(text)
          }
        }
        if (isCapitalized(token.value)) {
          if (index > 0) names.set(token.value, (names.get(token.value) ?? 0) + 1)
          run.push(token.value)
        } else flush()
      })
      flush()
    }
  }
  const lowerText = text.toLowerCase()
  // One pass over the words: each word's topic memberships are looked up once.
  const tallies = lists.map(() => ({score: 0, distinct: 0}))
  for (const [word, count] of words) {
    const memberships = topicsOf(word, lists)
    for (let index = 0; index < memberships.length; index++) {
      if (!memberships[index]) continue
      tallies[index]!.score += count
      tallies[index]!.distinct++
    }
  }
  // Each phrase the document has counts once for each list it is in.
  for (const phrase of found) {
    for (const index of topicPhrases!.lists.get(phrase) ?? []) {
      tallies[index]!.score++
      tallies[index]!.distinct++
    }
  }
  const scored = lists
    .map(({topic}, index) => ({topic, ...tallies[index]!}))
    .filter((entry) => entry.score >= 3 && entry.distinct >= 2)
    .sort((a, b) => b.score - a.score)
    .map(({topic, score}) => ({topic, score}))
  return {names, topics: scored, words, text, lowerText}
}

const fullNameCache = new WeakMap<DocumentProfile, Map<string, string[]>>()

/**
 * The surnames the article gives in full (“Ruud Kramer”, “George Washington”), each with the given
 * names before it: a two-word name whose first word is capitalised and no common word. Worked out once
 * per document and shared by the rules that tell people from places.
 */
export function fullNames(profile: DocumentProfile): ReadonlyMap<string, readonly string[]> {
  let found = fullNameCache.get(profile)
  if (!found) {
    found = new Map()
    const lexicon = englishLexicon()
    for (const name of profile.names.keys()) {
      const parts = name.split(' ')
      if (parts.length !== 2 || !/^\p{Lu}\p{Ll}+$/u.test(parts[0]!) || lexicon.isCommonWord(parts[0]!)) continue
      const given = found.get(parts[1]!) ?? []
      given.push(parts[0]!)
      found.set(parts[1]!, given)
    }
    fullNameCache.set(profile, found)
  }
  return found
}
