/**
 * retext plugin that finds words and short phrases doubled by machine translation
 * ("met with With Xi", "pay for for higher") and proposes to delete the copy.
 */
import {
  loadData,
  examplesSchema,
  isAllCaps,
  isCapitalized,
  normalizeWord,
  reportArtifact,
  sentenceViews,
  type Examples,
  type Token
} from '@mt-cleanup/core'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'

export interface Options {
  /** More words that may legitimately be doubled (lower case), on top of the built-in list. */
  allow?: readonly string[] | undefined
  /** Longest phrase, in words, looked for as a doubled phrase (default 4). */
  maxPhraseLength?: number | undefined
}

export interface AllowedDouble {
  word: string
  note: string
  examples: Examples
}

const source = 'retext-repetition'
const url = 'https://github.com/mt-cleanup/mt-cleanup/tree/main/packages/retext-repetition#messages'

/** The built-in list of legitimate doubles, validated when it loads. */
export const allowedDoubles: readonly AllowedDouble[] = loadData<{words: AllowedDouble[]}>(
  new URL('../data/allowed-doubles.json', import.meta.url),
  {
    type: 'object',
    required: ['words'],
    properties: {
      words: {
        type: 'array',
        items: {
          type: 'object',
          required: ['word', 'note', 'examples'],
          properties: {word: {type: 'string', pattern: /^[a-z']+$/}, note: {type: 'string'}, examples: examplesSchema}
        }
      }
    }
  }
).words

export interface EchoedModifier {
  word: string
  examples: Examples
}

/** Modifiers repeated around another modifier ("first known first call"), validated when they load. */
export const echoedModifiers: readonly EchoedModifier[] = loadData<{words: EchoedModifier[]}>(
  new URL('../data/echoed-modifiers.json', import.meta.url),
  {
    type: 'object',
    required: ['words'],
    properties: {
      words: {
        type: 'array',
        items: {type: 'object', required: ['word', 'examples'], properties: {word: {type: 'string', pattern: /^[a-z]+$/}, examples: examplesSchema}}
      }
    }
  }
).words

// Words whose doubled copy is an error even when both are capitalised ("With With").
const functionWords = new Set(
  'a an the of to in on at by for with from into onto over under about after before between and or but nor as than that which who whom whose this these those its his her their our my your it he she we they i be is are was were has have had will would can could should may might must not no'.split(' ')
)

// Particles of phrasal and prepositional verbs, which a preposition of the same form may follow (“took in in
// taxes”, “resorted to to avert it”).
const particles = new Set(['in', 'on', 'up', 'out', 'off', 'over', 'by', 'down', 'to'])
// Verbs whose particle is often followed by the same word as a preposition (past forms in -ed/-en count too).
const particleVerbs = new Set(['took', 'take', 'takes', 'taking', 'brought', 'bring', 'came', 'come', 'comes', 'gave', 'give', 'went', 'go', 'goes', 'carry', 'carries', 'set', 'put', 'let', 'get', 'got', 'gets', 'sank', 'broke', 'break', 'held', 'hold', 'stood', 'stand', 'ran', 'run', 'fell', 'fall', 'sat', 'kept', 'keep', 'step', 'turn', 'log', 'check', 'sign', 'move', 'pass', 'stay', 'live', 'wait', 'pay', 'paid', 'sold', 'sell', 'cut', 'shut', 'dug', 'swung', 'stuck', 'looked', 'look'])

// Nouns that name a share of the owner, so “of the bloc” after them is no echo (“the rest of the bloc”).
const notOwned = new Set(['rest', 'part', 'most', 'half', 'members', 'view', 'image', 'future', 'history', 'leadership'])

// Links of reduplication idioms: "one by one", "day after day", "face to face", "again and again".
const idiomLinks = new Set(['by', 'after', 'to', 'for', 'in', 'on', 'upon', 'over', 'against', 'and', 'or'])

export default function retextRepetition(options: Options = {}) {
  const allowed = new Set([...allowedDoubles.map((entry) => entry.word), ...(options.allow ?? []).map((word) => normalizeWord(word))])
  const maxPhraseLength = options.maxPhraseLength ?? 4
  const echoes = new Set(echoedModifiers.map((entry) => entry.word))

  return function (tree: Root, file: VFile): undefined {
    for (const view of sentenceViews(tree, file)) {
      // Runs of words joined by whitespace alone: a comma, a dash or a quote ends a run.
      for (const run of wordRuns(view.tokens, view.keys)) findDoubles(run.tokens, run.keys, file)
      findEchoedOwner(view.significant, view.keys, file)
    }
  }

  /**
   * “the bloc's 27 member states of the bloc”: the owner said twice, as a possessive and again as
   * a genitive after the noun (fr: ses 27 États membres, with “du bloc” kept). The genitive goes.
   */
  function findEchoedOwner(tokens: Token[], keys: string[], file: VFile): void {
    for (let index = 1; index < tokens.length; index++) {
      // Keys are normalised: the apostrophe is always straight.
      const key = keys[index]!
      if (keys[index - 1] !== 'the' || key.length < 3 || !key.endsWith("'s")) continue
      const owner = key.slice(0, -2)
      // Between them only the owned noun phrase: no verb-like -ed word, no function word.
      for (let at = index + 2; at <= index + 4 && at + 2 < tokens.length; at++) {
        if (tokens[at - 1]!.kind !== 'word' || functionWords.has(keys[at - 1]!) || /ed$/.test(keys[at - 1]!) || notOwned.has(keys[at - 1]!)) break
        if (keys[at] !== 'of' || keys[at + 1] !== 'the' || keys[at + 2] !== owner) continue
        // The genitive must end its phrase: “of the bloc,” not “of the bloc's members”.
        const after = tokens[at + 3]
        if (after && after.kind === 'word') break
        reportArtifact(file, {
          reason: `\`of the ${tokens[at + 2]!.value}\` repeats the owner already named in \`${tokens[index]!.value}\``,
          place: {start: tokens[at - 1]!.end, end: tokens[at + 2]!.end},
          ruleId: 'echoed-owner',
          source,
          category: 'repetition',
          confidence: 0.8,
          expected: [''],
          note: 'The translation kept both the possessive and the genitive of the source (ses 27 États membres du bloc): one owner is enough.',
          url
        })
        break
      }
    }
  }

  function findDoubles(run: Token[], keys: string[], file: VFile): void {
    findEchoes(run, keys, file)
    let index = 0
    while (index < run.length) {
      const size = doubledAt(run, keys, index)
      if (size === 0) {
        index++
        continue
      }
      const first = run.slice(index, index + size)
      const copy = run.slice(index + size, index + 2 * size)
      const firstEnd = first[first.length - 1]!.end
      const copyEnd = copy[copy.length - 1]!.end
      const text = first.map((token) => token.value).join(' ')
      const caseDiffers = first.some((token, offset) => token.value !== copy[offset]!.value)
      const isFunction = size === 1 && functionWords.has(normalizeWord(first[0]!.value))
      reportArtifact(file, {
        reason: size === 1 ? `Doubled word \`${text}\`` : `Doubled phrase \`${text}\``,
        place: {start: firstEnd, end: copyEnd},
        ruleId: size === 1 ? 'doubled-word' : 'doubled-phrase',
        source,
        category: 'repetition',
        confidence: caseDiffers || isFunction ? 0.9 : size === 1 ? 0.8 : 0.75,
        expected: [''],
        note: 'Machine translation sometimes repeats a word or phrase; the second copy is removed.',
        url
      })
      index += 2 * size
    }
  }

  /** "first known first call": modifier, another lower-case word, the same modifier, then a lower-case word. */
  function findEchoes(run: Token[], keys: string[], file: VFile): void {
    for (let index = 0; index + 3 < run.length; index++) {
      const word = keys[index]!
      if (!echoes.has(word) || keys[index + 2] !== word) continue
      const [first, middle, copy, next] = [run[index]!, run[index + 1]!, run[index + 2]!, run[index + 3]!]
      const lower = [first, middle, copy, next].every((token) => /^\p{Ll}/u.test(token.value))
      if (!lower || keys[index + 1] === word || functionWords.has(keys[index + 1]!) || idiomLinks.has(keys[index + 1]!)) continue
      if (functionWords.has(keys[index + 3]!) || !/^\p{L}+$/u.test(middle.value)) continue
      reportArtifact(file, {
        reason: `Repeated modifier \`${copy.value}\``,
        place: {start: middle.end, end: copy.end},
        ruleId: 'echoed-modifier',
        source,
        category: 'repetition',
        confidence: 0.7,
        expected: [''],
        note: 'The translation repeated a modifier around another one; the second copy is removed.',
        url
      })
    }
  }

  /** Size of the phrase doubled at `index` (1 for a word), or 0. */
  function doubledAt(run: Token[], keys: string[], index: number): number {
    for (let size = 1; size <= maxPhraseLength; size++) {
      if (index + 2 * size > run.length) break
      // Cheap test first: most positions fail on their first word.
      if (keys[index] !== keys[index + size]) continue
      // A word said three times is emphasis, not a slip: “down down down”, “beep beep beep”.
      if (size === 1 && (keys[index + 2] === keys[index] || keys[index - 1] === keys[index])) continue
      let same = true
      for (let offset = 1; offset < size && same; offset++) same = keys[index + offset] === keys[index + size + offset]
      if (!same) continue
      const first = run.slice(index, index + size)
      const copy = run.slice(index + size, index + 2 * size)
      if (!first.some((token) => /\p{L}/u.test(token.value))) continue
      if (isLegitimate(first, copy, keys[index - 1])) continue
      return size
    }
    return 0
  }

  function isLegitimate(first: Token[], copy: Token[], before: string | undefined): boolean {
    // A heading run into its text: “TRANSPORTATION Transportation policies”, “THE ARTS The arts are”,
    // “Science and Technology Science and technology contribute”.
    if (isAllCaps(first.map((token) => token.value).join('')) && !isAllCaps(copy.map((token) => token.value).join(''))) return true
    if (
      first.length > 1 &&
      first.some((token) => isCapitalized(token.value) && !functionWords.has(normalizeWord(token.value))) &&
      first.every((token) => isCapitalized(token.value) || functionWords.has(normalizeWord(token.value))) &&
      copy.some((token, offset) => token.value !== first[offset]!.value)
    ) {
      return true
    }
    if (first.length === 1) {
      const word = first[0]!.value
      const again = copy[0]!.value
      const normal = normalizeWord(word)
      // “took in in taxes”, “carried on on Monday”: a verb's particle, then a preposition.
      if (particles.has(normal) && before !== undefined && (particleVerbs.has(before) || /[a-z](ed|en)$/.test(before)) && !isCapitalized(again)) return true
      // Single letters and numbers: initials, list labels, scores.
      if (normal.length === 1 && normal !== 'a') return true
      if (!/^\p{L}/u.test(normal)) return true
      // "Duran Duran", "Bora Bora", "Sirhan Sirhan": the same capitalised word twice is a name.
      if (word === again && isCapitalized(word) && !functionWords.has(normal)) return true
      if (allowed.has(normal) && !isCapitalized(again)) return true
      return false
    }
    // "one by one by", "day after day after", "again and again and": an idiom "X by X" followed by its own preposition.
    if (first.length === 2 && idiomLinks.has(normalizeWord(first[1]!.value))) return true
    // “more and more and more”, “And more and more of”, “tax and spend and spend”: reduplication for emphasis.
    if (first.length === 2 && idiomLinks.has(normalizeWord(first[0]!.value)) && normalizeWord(first[1]!.value) === before) return true
    if (first.length === 2 && /^(and|or)$/.test(normalizeWord(first[0]!.value))) return true
    // “going to have to have”, “work to do to do that”: an infinitive after “have to” or a noun.
    if (first.length === 2 && normalizeWord(first[0]!.value) === 'to' && /^(have|do)$/.test(normalizeWord(first[1]!.value))) return true
    // "New York New York" without a comma: a doubled name is left to the reviewer.
    return first.every((token, offset) => isCapitalized(token.value) && token.value === copy[offset]!.value)
  }
}

/**
 * Split a sentence's tokens into runs of words separated only by whitespace (no line break),
 * with their keys (`keys` holds those of the tokens that are not whitespace, in order).
 */
function wordRuns(all: Token[], keys: string[]): Array<{tokens: Token[]; keys: string[]}> {
  const runs: Array<{tokens: Token[]; keys: string[]}> = []
  let current: {tokens: Token[]; keys: string[]} = {tokens: [], keys: []}
  let significant = 0
  for (const token of all) {
    if (token.kind === 'whitespace') {
      if (!token.value.includes('\n')) continue
    } else if (token.kind === 'word') {
      current.tokens.push(token)
      current.keys.push(keys[significant++]!)
      continue
    } else significant++
    if (current.tokens.length > 1) runs.push(current)
    current = {tokens: [], keys: []}
  }
  if (current.tokens.length > 1) runs.push(current)
  return runs
}
