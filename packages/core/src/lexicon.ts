import {readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {normalizeWord} from './nlcst.js'

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
  /** The exact lower-case word is a dictionary entry or a regular inflection of one (plural, past, -ing). */
  isEntry(word: string): boolean
}

let cached: EnglishLexicon | undefined

const indexUrl = new URL('../data/english-words.txt', import.meta.url)

/**
 * Load (once) the English word index: the prebuilt `data/english-words.txt` when it
 * exists (written by `scripts/build-word-index.mjs` at build time), else an
 * expansion of dictionary-en done now.
 */
export function englishLexicon(): EnglishLexicon {
  if (!cached) {
    let index: string | undefined
    try {
      index = readFileSync(indexUrl, 'utf8')
    } catch {
      index = undefined
    }
    if (index) {
      // Binary search in the sorted lines: no split, no Set, so loading costs only the file read.
      const split = index.indexOf('\n#names\n')
      cached = lexiconFromSets(sortedLines(index, 0, split), sortedLines(index, split + 8, index.length - 1))
    } else {
      const {lower, names} = expandDictionary()
      cached = lexiconFromSets(lower, names)
    }
  }
  return cached
}

/** Expand dictionary-en into its lower-case forms and its name forms (lower-cased). */
export function expandDictionary(): {lower: Set<string>; names: Set<string>} {
  return expandSets(...readDictionary())
}

function readDictionary(): [dic: string, aff: string] {
  const require = createRequire(import.meta.url)
  // The package exports only its loader; the .dic and .aff files sit beside it.
  const folder = dirname(require.resolve('dictionary-en'))
  return [readFileSync(join(folder, 'index.dic'), 'utf8'), readFileSync(join(folder, 'index.aff'), 'utf8')]
}

interface AffixRule {
  strip: string
  add: string
  condition: RegExp
}

interface Affix {
  kind: 'PFX' | 'SFX'
  cross: boolean
  rules: AffixRule[]
}

/** The prefix and suffix rules of a Hunspell .aff file, by flag. */
function parseAffixes(aff: string): Map<string, Affix> {
  const affixes = new Map<string, Affix>()
  for (const line of aff.split('\n')) {
    const parts = line.trim().split(/\s+/)
    const [kind, flag, third, fourth, fifth] = parts
    if ((kind !== 'PFX' && kind !== 'SFX') || !flag || third === undefined || fourth === undefined) continue
    let affix = affixes.get(flag)
    if (!affix) {
      // The header line: PFX A Y 1
      affix = {kind, cross: third === 'Y', rules: []}
      affixes.set(flag, affix)
      continue
    }
    const strip = third === '0' ? '' : third
    const add = fourth === '0' ? '' : (fourth.split('/')[0] ?? '')
    const condition = fifth && fifth !== '.' ? fifth : '.'
    affix.rules.push({strip, add, condition: new RegExp(kind === 'SFX' ? `${condition}$` : `^${condition}`)})
  }
  return affixes
}

/** Every form of a dictionary entry: the stem, its suffixed and prefixed forms, and cross products. */
function expand(stem: string, flags: string, affixes: Map<string, Affix>, into: (form: string) => void): void {
  into(stem)
  const suffixed: string[] = []
  const prefixes: Affix[] = []
  for (const flag of flags) {
    const affix = affixes.get(flag)
    if (!affix) continue
    if (affix.kind === 'PFX') {
      prefixes.push(affix)
      continue
    }
    for (const rule of affix.rules) {
      if (!rule.condition.test(stem) || !stem.endsWith(rule.strip)) continue
      const form = stem.slice(0, stem.length - rule.strip.length) + rule.add
      into(form)
      if (affix.cross) suffixed.push(form)
    }
  }
  for (const affix of prefixes) {
    for (const rule of affix.rules) {
      for (const base of [stem, ...(affix.cross ? suffixed : [])]) {
        if (!rule.condition.test(base) || !base.startsWith(rule.strip)) continue
        into(rule.add + base.slice(rule.strip.length))
      }
    }
  }
}

/** Exposed for tests: build an index from `.dic` text and, optionally, its `.aff` rules. */
export function buildLexicon(dic: string, aff = ''): EnglishLexicon {
  const {lower, names} = expandSets(dic, aff)
  return lexiconFromSets(lower, names)
}

function expandSets(dic: string, aff: string): {lower: Set<string>; names: Set<string>} {
  const affixes = parseAffixes(aff)
  const lower = new Set<string>()
  const names = new Set<string>()
  // The first line of a .dic file is the entry count.
  for (const line of dic.split('\n').slice(1)) {
    const slash = line.indexOf('/')
    const word = (slash === -1 ? line : line.slice(0, slash)).trim()
    if (!word) continue
    const flags = slash === -1 ? '' : line.slice(slash + 1).trim()
    const target = word === word.toLowerCase() ? lower : names
    expand(word, flags, affixes, (form) => target.add(form.toLowerCase()))
  }
  return {lower, names}
}

interface WordSet {
  has(word: string): boolean
}

/** Membership in a block of sorted, newline-separated lines `text[from..to)`, by binary search. */
function sortedLines(text: string, from: number, to: number): WordSet {
  return {
    has(word) {
      let low = from
      let high = to
      while (low < high) {
        const middle = (low + high) >>> 1
        const start = Math.max(low, text.lastIndexOf('\n', middle - 1) + 1)
        let end = text.indexOf('\n', start)
        if (end === -1 || end > high) end = high
        const line = text.slice(start, end)
        if (line === word) return true
        if (line < word) low = end + 1
        else high = start - 1
      }
      return false
    }
  }
}

function lexiconFromSets(lowerWords: WordSet, nameWords: WordSet): EnglishLexicon {
  // Look-ups repeat across sentences, passes and articles: remember them (bounded).
  const remember = (set: WordSet): WordSet => {
    const known = new Map<string, boolean>()
    return {
      has(word) {
        let found = known.get(word)
        if (found === undefined) {
          found = set.has(word)
          if (known.size > 50_000) known.clear()
          known.set(word, found)
        }
        return found
      }
    }
  }
  const lower = remember(lowerWords)
  const names = remember(nameWords)
  const normal = normalizeWord
  const bare = (word: string) => (word.endsWith("'s") ? word.slice(0, -2) : word)

  return {
    isCommonWord(word) {
      const form = normal(word)
      return lower.has(form) || lower.has(bare(form))
    },
    isListedName(word) {
      const form = normal(word)
      return names.has(form) || names.has(bare(form))
    },
    isOnlyCapitalized(word) {
      const form = normal(word)
      return names.has(form) && !lower.has(form)
    },
    isEntry(word) {
      return lower.has(normal(word))
    }
  }
}
