import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'

/**
 * A fast look-up index built once per process from the same Hunspell dictionary
 * nspell uses (dictionary-en), without nspell's cost: we only need to know whether
 * a word is an ordinary lower-case English word, and whether its capitalised form is
 * listed as a name ("Apple", "Bush", "Senate" are; "Export", "Talks" are not).
 */
export interface EnglishLexicon {
  /** `export`, `talks`, `costs` (inflections by common suffixes) are common words. */
  isCommonWord(word: string): boolean
  /** The dictionary lists the capitalised form as a name: `Apple`, `Geneva`, `Truth`. */
  isListedName(word: string): boolean
  /** The dictionary has the word only with a capital (`French`, `Monday`). */
  isOnlyCapitalized(word: string): boolean
}

let cached: EnglishLexicon | undefined

/** Load (once) the English word index. */
export function englishLexicon(): EnglishLexicon {
  cached ??= buildLexicon(readDictionary())
  return cached
}

function readDictionary(): string {
  const require = createRequire(import.meta.url)
  // The package exports only its loader; the .dic file sits beside it.
  return readFileSync(join(dirname(require.resolve('dictionary-en')), 'index.dic'), 'utf8')
}

/** Exposed for tests: build an index from `.dic` text. */
export function buildLexicon(dic: string): EnglishLexicon {
  const lower = new Set<string>()
  const names = new Set<string>()
  // The first line of a .dic file is the entry count.
  for (const line of dic.split('\n').slice(1)) {
    const slash = line.indexOf('/')
    const word = (slash === -1 ? line : line.slice(0, slash)).trim()
    if (!word) continue
    if (word === word.toLowerCase()) lower.add(word)
    else names.add(word.toLowerCase())
  }

  function stems(word: string): string[] {
    const found = [word]
    const rules: Array<[RegExp, string]> = [
      [/'s$/, ''],
      [/ies$/, 'y'],
      [/ied$/, 'y'],
      [/(ss|x|z|ch|sh)es$/, '$1'],
      [/s$/, ''],
      [/ed$/, ''],
      [/ed$/, 'e'],
      [/ing$/, ''],
      [/ing$/, 'e'],
      [/er$/, ''],
      [/est$/, ''],
      [/ly$/, '']
    ]
    for (const [pattern, replacement] of rules) {
      if (pattern.test(word)) found.push(word.replace(pattern, replacement))
    }
    return found
  }

  return {
    isCommonWord(word) {
      const normal = word.toLowerCase().replace(/’/g, "'")
      return stems(normal).some((stem) => stem.length > 1 && lower.has(stem))
    },
    isListedName(word) {
      const normal = word.toLowerCase().replace(/’/g, "'")
      return stems(normal).some((stem) => names.has(stem))
    },
    isOnlyCapitalized(word) {
      const normal = word.toLowerCase()
      return names.has(normal) && !stems(normal).some((stem) => lower.has(stem))
    }
  }
}
