/** Casing helpers shared by every plugin that proposes a replacement. */

const upper = /\p{Lu}/u
const lower = /\p{Ll}/u

/** `Export` → true, `export` → false, `EU` → true (starts with a capital). */
export function isCapitalized(word: string): boolean {
  // Checked for nearly every token by several plugins: ASCII without a regular expression.
  const code = word.charCodeAt(0)
  if (code < 128) return code >= 65 && code <= 90
  return upper.test(word.charAt(0))
}

/** `export` → true, `Export` → false, `2025` → false (starts with a lower-case letter). */
export function startsLowerCase(word: string): boolean {
  const code = word.charCodeAt(0)
  if (code < 128) return code >= 97 && code <= 122
  return lower.test(word.charAt(0))
}

/** Every letter is a capital and there are at least two letters: `XI`, `NATO`. */
export function isAllCaps(word: string): boolean {
  let letters = 0
  for (const char of word) {
    if (lower.test(char)) return false
    if (upper.test(char)) letters++
  }
  return letters >= 2
}

/** `Export` and `Talks`: a capital followed by lower-case letters only. */
export function isTitleCase(word: string): boolean {
  // Asked of nearly every word by the casing rules: plain ASCII without a regular expression.
  const first = word.charCodeAt(0)
  if (first < 128) {
    if (first < 65 || first > 90) return false
    let lowerSeen = false
    for (let index = 1; index < word.length; index++) {
      const code = word.charCodeAt(index)
      if (code >= 97 && code <= 122) lowerSeen = true
      else if (code >= 128) return titleCasePattern.test(word) && lower.test(word)
      else if (code !== 39 && code !== 45) return false
    }
    return lowerSeen
  }
  return titleCasePattern.test(word) && lower.test(word)
}

const titleCasePattern = /^\p{Lu}[\p{Ll}'’-]*$/u

/** Upper-case the first letter. */
export function capitalize(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1)
}

/**
 * Give `replacement` the casing of `original`: all caps stay all caps, an initial
 * capital stays an initial capital ("Prices" → "Tariffs"), lower case is left as the
 * replacement is written (so a replacement that needs capitals, like "TikTok", keeps them).
 */
export function matchCase(replacement: string, original: string): string {
  if (replacement === '') return replacement
  if (isAllCaps(original) && original.length > 1 && !isAllCaps(replacement) && /\p{L}{2}/u.test(original)) {
    return replacement.toUpperCase()
  }
  if (isCapitalized(original)) return capitalize(replacement)
  return replacement
}

const calendarWords = new Set(
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(' ')
)

/** Months and days of the week: capitalised in English, but never a person's name. */
export function isCalendarWord(word: string): boolean {
  return calendarWords.has(word.toLowerCase())
}

/** What follows a possessive in a form of address (“His Holiness”, “Her Majesty”): a title, not a possession. */
export const honorifics: ReadonlySet<string> = new Set(['Majesty', 'Holiness', 'Excellency', 'Highness', 'Eminence', 'Grace', 'Royal', 'Honour', 'Honor', 'Lordship', 'Ladyship', 'Beatitude', 'Worship'])

/**
 * The indefinite article a word takes, by how it is said: `an` before a vowel sound
 * (“an hour”, “an urgent”), `a` before a consonant sound (“a union”, “a European”, “a one-off”).
 * `undefined` where spelling does not tell (acronyms, symbols): leave those as written.
 */
export function indefiniteArticle(word: string): 'a' | 'an' | undefined {
  if (word === '' || isAllCaps(word.replace(/[^\p{L}]/gu, '').slice(0, 2))) return undefined
  const lower = word.toLowerCase()
  if (/^\d/.test(lower)) return /^(8|11(?![\d.,])|18(?![\d.,]))/.test(lower) ? 'an' : 'a'
  if (!/^\p{L}/u.test(lower)) return undefined
  // Vowels said with a consonant first: “a union”, “a European”, “a one-time”, “a Ukrainian”.
  if (/^(uni|unan|use|usu|uti|ura|ure|uri|uro|ubiq|ukr|eu|ewe|one\b|one-|once)/.test(lower)) return 'a'
  // A silent h: “an hour”, “an honest”.
  if (/^(hour|honest|honor|honour|heir)/.test(lower)) return 'an'
  return /^[aeiou]/.test(lower) ? 'an' : 'a'
}
