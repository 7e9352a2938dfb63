/**
 * retext plugin that fixes misspelled words when one correction is clearly best.
 * It checks words against an index built once per process from dictionary-en (the
 * Hunspell dictionary nspell uses) instead of loading nspell, which costs ~0.4 s to
 * load and up to 0.5 s per suggestion: candidates one edit away are generated and
 * looked up in the index, which takes microseconds.
 */
import {documentProfile, englishLexicon, normalizeWord, reportArtifact, sentenceViews, type EnglishLexicon} from '@mt-cleanup/core'
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
  [/ll(ed|ing|er|ers|or|ors)$/, 'l$1'],
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
  [/ement$/, 'ment']
]

const prefixes = ['un', 're', 'non', 'pre', 'co', 'de', 'dis', 'mis', 'over', 'under', 'out', 'anti', 'counter', 'inter', 'multi', 'post', 'semi', 'sub', 'super', 'cyber', 'micro', 'mega', 'geo', 'eco', 'bio', 'self', 'live', 'cross']
const suffixes = ['ly', 'ness', 'less', 'ful', 'able', 'ism', 'ist', 'ists', 'ization', 'isation', 'ize', 'ise', 'ized', 'ised', 'ing', 'ed', 'er', 'ers', 's']

/** Whether a word is a known word with a productive prefix or suffix, or two known words joined. */
export function isDerivation(word: string, lexicon: EnglishLexicon = englishLexicon()): boolean {
  const known = (part: string) => part.length >= 3 && lexicon.isCommonWord(part)
  if (prefixes.some((prefix) => word.startsWith(prefix) && known(word.slice(prefix.length)))) return true
  if (suffixes.some((suffix) => word.endsWith(suffix) && known(word.slice(0, -suffix.length)))) return true
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

  return function (tree: Root, file: VFile): undefined {
    const lexicon = englishLexicon()
    const profile = documentProfile(tree, file)
    for (const view of sentenceViews(tree, file)) {
      const all = view.tokens
      all.forEach((token, index) => {
        if (token.kind !== 'word') return
        const word = token.value
        // Lower-case letters only: names, acronyms, numbers and compounds are not checked.
        if (word.length < minLength || !/^[a-z]+$/.test(word) || ignored.has(word)) return
        // A word the article uses again and again is one of its terms, not a slip of the keyboard.
        if ((profile.words.get(word) ?? 0) > 1) return
        // Known words need no further look: the common case, answered from the index's memory.
        if (lexicon.isCommonWord(word)) return
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
        const unique = found.length === 1
        reportArtifact(file, {
          reason: unique ? `\`${word}\` is misspelled; use \`${found[0]}\`` : `\`${word}\` may be misspelled (${found.slice(0, 5).join(', ')})`,
          place: {start: token.start, end: token.end},
          ruleId: 'misspelling',
          source,
          category: 'spelling',
          confidence: unique ? 0.7 : 0.3,
          expected: unique ? found : undefined,
          note: 'Not in the English dictionary; fixed only when exactly one dictionary word is one edit away.',
          url
        })
      })
    }
  }
}
