/**
 * retext plugin that fixes misspelled words when one correction is clearly best.
 * It checks words against an index built once per process from dictionary-en (the
 * Hunspell dictionary nspell uses) instead of loading nspell, which costs ~0.4 s to
 * load and up to 0.5 s per suggestion: candidates one edit away are generated and
 * looked up in the index, which takes microseconds.
 */
import {documentProfile, englishLexicon, examplesSchema, loadData, normalizeWord, reportArtifact, sentenceViews, wordFact, wordOfNumber, type EnglishLexicon, type Examples, type Token} from '@mt-cleanup/core'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'

export interface Options {
  /** Words to accept as spelled right (your newsroom's terms), in any case. */
  ignore?: readonly string[] | undefined
  /** Shortest word checked (default 5): short words have too many neighbours. */
  minLength?: number | undefined
}

const source = 'retext-spelling'
const url = 'https://github.com/mt-cleanup/mt-cleanup/tree/main/packages/retext-spelling/readme.md'
const letters = 'abcdefghijklmnopqrstuvwxyz'

/** Words news English uses that the dictionary lacks (“per capita”, “a priori”). */
export const acceptedWords = loadData<{words: string[]; examples: Examples}>(new URL('../data/accepted-words.json', import.meta.url), {
  type: 'object',
  required: ['words'],
  properties: {words: {type: 'array', items: {type: 'string', pattern: /^[a-z]{5,}$/}}, examples: examplesSchema}
})
const accepted = new Set(acceptedWords.words)

// QWERTY neighbours: a slip of the finger lands on a key next to the right one.
const keyRows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm']
function keyboardAdjacent(a: string, b: string): boolean {
  const place = (key: string) => {
    const row = keyRows.findIndex((keys) => keys.includes(key))
    return row === -1 ? undefined : {row, column: keyRows[row]!.indexOf(key) + row * 0.5}
  }
  const from = place(a)
  const to = place(b)
  return from !== undefined && to !== undefined && Math.abs(from.row - to.row) <= 1 && Math.abs(from.column - to.column) <= 1
}

/**
 * Whether `word` looks like a typing slip for `correction` (one edit away): a dropped
 * letter, two letters swapped, a key next to the right one, or a letter doubled or struck
 * beside its neighbour. A rarer real word (“caliche”, “communization”) is usually not.
 */
export function isTypingSlip(word: string, correction: string): boolean {
  if (correction.length === word.length + 1) return true
  let index = 0
  while (index < word.length && word[index] === correction[index]) index++
  if (correction.length === word.length) {
    if (word[index + 1] === correction[index] && word[index] === correction[index + 1]) return true
    return keyboardAdjacent(word[index]!, correction[index]!)
  }
  // One letter too many, at `index`: doubled or next to a neighbour on the keyboard.
  const extra = word[index]!
  const neighbours = [word[index - 1], word[index + 1]].filter((letter): letter is string => letter !== undefined)
  return neighbours.some((letter) => letter === extra || keyboardAdjacent(letter, extra))
}

/** Words one edit (deletion, transposition, replacement, insertion) away from `word`. */
export function oneEditAway(word: string): Set<string> {
  const found = new Set<string>()
  for (let index = 0; index <= word.length; index++) {
    const head = word.slice(0, index)
    const tail = word.slice(index)
    if (tail) found.add(head + tail.slice(1))
    if (tail.length > 1) found.add(head + tail[1] + tail[0] + tail.slice(2))
    for (const letter of letters) {
      if (tail) found.add(head + letter + tail.slice(1))
      found.add(head + letter + tail)
    }
  }
  found.delete(word)
  return found
}

// Words recur across passes and articles: remember their verdicts (bounded).
const remembered = new Map<string, string[] | undefined>()

/** The corrections of an unknown lower-case word, or undefined when it is known. */
export function corrections(word: string, lexicon: EnglishLexicon = englishLexicon()): string[] | undefined {
  if (lexicon.isCommonWord(word)) return undefined
  if (lexicon === englishLexicon() && remembered.has(word)) return remembered.get(word)
  const found = candidates(word, lexicon)
  if (lexicon === englishLexicon()) {
    if (remembered.size > 10_000) remembered.clear()
    remembered.set(word, found)
  }
  return found
}

function candidates(word: string, lexicon: EnglishLexicon): string[] {
  // Only exact entries count as corrections: an inflection guessed by suffix is too loose to propose.
  // Typos keep the first letter: "async" is not a slip for "sync", nor "nullish" for "bullish".
  return [...oneEditAway(word)].filter((candidate) => candidate.charAt(0) === word.charAt(0) && lexicon.isEntry(candidate)).sort()
}

// British endings and the American forms the dictionary (en_US) lists instead.
const britishToAmerican: Array<[RegExp, string]> = [
  [/tre(s|d)?$/, 'ter$1'],
  [/our(s|ed|ing|ite|ites|able|er|ers)?$/, 'or$1'],
  [/is(e|es|ed|ing|ation|ations|er|ers)$/, 'iz$1'],
  [/ys(e|es|ed|ing)$/, 'yz$1'],
  [/ence(s)?$/, 'ense$1'],
  [/ll(ed|ing|er|ers|or|ors|ity)$/, 'l$1'],
  [/ellery$/, 'elry'],
  [/(fulfil|enrol|instal|distil)(s|ment|ments)?$/, '$1l$2'],
  [/(skil|wil)ful(ly)?$/, '$1lful$2'],
  [/yre(s)?$/, 'ire$1'],
  [/que(s)?$/, 'ck$1'],
  [/inium$/, 'inum'],
  [/eing$/, 'ing'],
  [/ise(s|d)?$/, 'ice$1'],
  [/mme(s)?$/, 'm$1'],
  [/ogue(s)?$/, 'og$1'],
  [/ae/, 'e'],
  [/oe/, 'e'],
  [/ement$/, 'ment'],
  // “calibre”, “sombre”, “ochre”, “fibre”; “theatregoer” inside a compound.
  [/(b|ch|f)re(s|d)?$/, '$1er$2'],
  [/tre(goer|goers|land)/, 'ter$1'],
  // A consonant doubled before an ending, as British English does: “worshipped”, “focussed”, “transferral”.
  [/([pstr])\1(ed|ing|er|ers|al)$/, '$1$2'],
  [/^enquir/, 'inquir'],
  [/xtrous$/, 'xterous'],
  [/esse$/, 'ess']
]

const prefixes = ['un', 're', 'non', 'pre', 'co', 'de', 'dis', 'mis', 'over', 'under', 'out', 'anti', 'counter', 'inter', 'multi', 'post', 'semi', 'sub', 'super', 'cyber', 'micro', 'mega', 'geo', 'eco', 'bio', 'self', 'live', 'cross']
const suffixes = ['ly', 'ness', 'less', 'ful', 'able', 'ism', 'ist', 'ists', 'ization', 'isation', 'ize', 'ise', 'ized', 'ised', 'ing', 'ed', 'er', 'ers', 'r', 'rs', 's']

/** Whether a word is a known word with a productive prefix or suffix, or two known words joined. */
export function isDerivation(word: string, lexicon: EnglishLexicon = englishLexicon()): boolean {
  const known = (part: string) => part.length >= 3 && lexicon.isCommonWord(part)
  if (prefixes.some((prefix) => word.startsWith(prefix) && known(word.slice(prefix.length)))) return true
  if (suffixes.some((suffix) => word.endsWith(suffix) && known(word.slice(0, -suffix.length)))) return true
  // “scrutinies”, “modernised”… a final y turned into i before a suffix: “scrutiny” + s.
  if (/(ies|ied|ier|iest)$/.test(word) && known(word.replace(/i(es|ed|er|est)$/, 'y'))) return true
  // Another form of a verb the dictionary lists only as a participle: “indebting”, “indebts” beside “indebted”.
  if (/(?:ing|s)$/.test(word) && known(word.replace(/(?:ing|s)$/, 'ed'))) return true
  // Compounds written as one word: "livestream", "deepfake".
  for (let split = 3; split <= word.length - 3; split++) if (known(word.slice(0, split)) && known(word.slice(split))) return true
  return false
}

/** Whether a word is the British spelling of a word the (American) dictionary knows. */
export function isBritishVariant(word: string, lexicon: EnglishLexicon = englishLexicon()): boolean {
  return britishToAmerican.some(([pattern, replacement]) => pattern.test(word) && lexicon.isCommonWord(word.replace(pattern, replacement)))
}

export default function retextSpelling(options: Options = {}) {
  const ignored = new Set((options.ignore ?? []).map((word) => normalizeWord(word)))
  const minLength = options.minLength ?? 5
  // Whether a word (in its normal form) is one to check at all: lower-case letters only (names,
  // acronyms, numbers and compounds are not checked), long enough, not ignored or accepted, and
  // not a known word. Known once per word, then read by word number: most tokens stop here.
  const unknownWord = wordFact((word) => (word.length >= minLength && /^[a-z]+$/.test(word) && !ignored.has(word) && !accepted.has(word) && !englishLexicon().isCommonWord(word) ? 1 : 0))

  return function (tree: Root, file: VFile): undefined {
    const lexicon = englishLexicon()
    const profile = documentProfile(tree, file)
    for (const view of sentenceViews(tree, file)) {
      const all = view.tokens
      all.forEach((token, index) => {
        if (token.kind !== 'word' || unknownWord(token.number) === 0) return
        const word = token.value
        // The normal form was checked: the text must be it (“Hello” is not “hello”).
        if (word !== wordOfNumber(token.number)) return
        // A word the article uses again and again is one of its terms, not a slip of the keyboard.
        if ((profile.words.get(word) ?? 0) > 1) return
        if (profile.names.has(word.charAt(0).toUpperCase() + word.slice(1))) return
        // Glued to other tokens ("e-mail", "example.com"): not a word on its own.
        const before = all[index - 1]
        const after = all[index + 1]
        if ((before && before.kind !== 'whitespace' && before.value !== '“' && before.value !== '(') || (after && after.kind === 'word')) return
        if (after && after.kind !== 'whitespace' && !/^[.,;:!?”)]$/.test(after.value)) return
        const found = corrections(word, lexicon)
        if (!found || found.length === 0) return
        // British spellings ("centres", "colour", "travelled") are not misspellings of the American forms.
        if (isBritishVariant(word, lexicon)) return
        // New words built from known ones ("uncrewed", "livestreamed", "deplatforming") are words, not typos.
        if (isDerivation(word, lexicon)) return
        // Beside another word the dictionary lacks, it is a foreign phrase (“alianza para progreso”).
        if (foreignNeighbour(all, index, lexicon)) return
        // “empresa” → “empress”: a pivot word left untranslated, not a typo of an English one.
        if (found.length === 1 && looksRomance(word, found[0]!)) return
        const unique = found.length === 1 && isTypingSlip(word, found[0]!)
        reportArtifact(file, {
          reason: unique ? `\`${word}\` is misspelled; use \`${found[0]}\`` : `\`${word}\` may be misspelled (${found.slice(0, 5).join(', ')})`,
          place: {start: token.start, end: token.end},
          ruleId: 'misspelling',
          source,
          category: 'spelling',
          confidence: unique ? 0.7 : 0.3,
          expected: unique ? found : undefined,
          note: 'Not in the English dictionary; fixed only when exactly one dictionary word is one edit away and the difference looks like a typing slip.',
          url
        })
      })
    }
  }
}

/**
 * Whether the only difference is a Romance ending: the word ends in a vowel the pivots end
 * nouns with where the correction ends in a consonant (“empresa” is not a slip for “empress”,
 * nor “provincia” for “provincial”).
 */
export function looksRomance(word: string, correction: string): boolean {
  if (!/[ao]$/.test(word) || /[aeiou]$/.test(correction)) return false
  // “empresa”/“empress”: the last letter differs; “provincia”/“provincial”: a consonant added after it.
  return (correction.length === word.length && correction.slice(0, -1) === word.slice(0, -1)) || (correction.length === word.length + 1 && correction.startsWith(word))
}

/** Whether a word next to `at` (skipping whitespace, within the sentence) is a longer word the dictionary lacks. */
function foreignNeighbour(all: readonly Token[], at: number, lexicon: EnglishLexicon): boolean {
  for (const step of [-1, 1]) {
    let index = at + step
    while (all[index]?.kind === 'whitespace') index += step
    const token = all[index]
    if (token?.kind === 'word' && /^[a-z]{4,}$/.test(token.value) && !lexicon.isCommonWord(token.value) && !accepted.has(token.value)) return true
  }
  return false
}
