/**
 * retext plugin that finds numbers written the way the pivot language writes them:
 * decimal commas ("2,5%"), dot and space thousands separators ("7.500 jobs", "450 000
 * vehicles"), "Mrd."/"Mio.", "ten thousands of", "200 billion additional dollars",
 * "235 billion of dollars", and day-month dates ("the 15 of May", "on 1 July") in
 * American-style text. Each fix is made only where the reading is unambiguous.
 */
import {documentFact, documentProfile, hasAmericanDateline, hasAmericanSpelling, reportArtifact, scopedMatches, stretchesNear} from '@mt-cleanup/core'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'

export interface Options {
  /**
   * How dates are written: `'american'` ("July 1"), `'british'` ("1 July": leave
   * day-month dates), or `'auto'` (default: American for an AP or UPI dateline, or for
   * American spellings in an article that also writes a month before its day).
   */
  dateStyle?: 'american' | 'british' | 'auto' | undefined
}

type RuleId =
  | 'decimal-comma'
  | 'dot-thousands'
  | 'space-thousands'
  | 'scale-abbreviation'
  | 'plural-scale'
  | 'currency-order'
  | 'day-month-date'
  | 'article-before-percentage'
  | 'currency-symbol-after'
  | 'plural-scale-word'
  | 'scale-of'
  | 'time-format'
  | 'degree-sign'
  | 'score-format'

const source = 'retext-number-format'
const url = 'https://github.com/mt-cleanup/mt-cleanup/tree/main/packages/retext-number-format/readme.md'

const months = 'January|February|March|April|May|June|July|August|September|October|November|December'
const monthNames = months.split('|')
// The pivots write months in lower case ("december of 2023"): both cases, but never the verb "may".
const monthsAnyCase = monthNames.map((month) => (month === 'May' ? month : `[${month.charAt(0)}${month.charAt(0).toLowerCase()}]${month.slice(1)}`)).join('|')
const capitalizeMonth = (month: string) => month.charAt(0).toUpperCase() + month.slice(1)
// The currency nouns German writes after a scale abbreviation, as English writes them after a number.
const germanCurrencies: Record<string, string> = {Euro: 'euros', Euros: 'euros', Dollar: 'dollars', Dollars: 'dollars', Franken: 'francs', Pfund: 'pounds'}
// "25/6/2025": a slash date with a four-digit year, not part of a longer number or path.
// A run of digits, and how far from one a digit pattern may start (“defeated on Wednesday for 2-1”).
const digitRun = /\d+/g
const digitReach = 40
const slashDate = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g
// "14h30", "18h": the French and Italian way of writing a time of day.
const hourMark = /(?<![\p{L}\d:.,])([01]?\d|2[0-3])h([0-5]\d)?(?![\p{L}\d])/gu
// "at 20 hours": the Spanish and Italian "a las 20 horas", a time of day from 13 on.
// The hour first, then the look-behind for the preposition: a leading alternation is tried at every word.
const atHours = /(?:1[3-9]|2[0-3]) hours\b(?<=\b(?:at|from|until|around|before|after|since|by) \d\d hours)(?! (?:a|an|per|each|every|of|in|on end|straight|long|ago|later|earlier|daily|weekly|to the (?:day|week|month))\b)/g
const timePreposition = /\b(?:at|from|until|till|to|before|after|around|by|since|between|and)[ \u00A0]$|[-–][ \u00A0]?$/i
// "42 ºC": the ordinal indicator º typed for the degree sign °.
const ordinalDegree = /º(?=[ \u00A0]?[CF]\b)/g
// Words after a number that make a decimal reading certain.
const units =
  '%|percent|per cent|percentage|points?|degrees?|°|billion|million|trillion|bn|m\\b|Mrd\\.?|Mio\\.?|euros?|dollars?|pounds?|yen|yuan|francs?|kilo(?:meter|metre|gram)s?|km|kg|meters?|metres?|liters?|litres?|tons?|tonnes?|hectares?|times|shares|per (?:dollar|euro|pound)|pesos|reais|reals'
const scaleWords: Record<string, string> = {'mrd.': 'billion', mrd: 'billion', 'mio.': 'million', mio: 'million', 'bio.': 'trillion', milliard: 'billion', milliards: 'billion'}

// The patterns start with a selective atom (a digit, a scale word) and look behind only after it:
// a look-behind in first place is tried at every character of the article.
// Before a unit of time or size a comma with one or two digits after it is a decimal comma too
// (“37,5 hours”); these units stay out of the test for English-style decimals below.
const decimalUnits = `${units}|hours?|minutes?|seconds?|days?|weeks?|months?|years?|centimet(?:er|re)s?|cm\\b|mm\\b|millimet(?:er|re)s?|grams?|miles?|square|cubic`
const decimalComma = new RegExp(`(?<![\\d.,])(\\d{1,3}),(\\d{1,2})(?![\\d,])(?=\\s?(?:${decimalUnits}))`, 'giu')
// "R$ 5,62", "US$ 1,5", "€ 2,3": a comma after a currency symbol marks decimals (the symbol comes first, so it is checked by hand).
const currencyDecimalComma = /(\d{1,3}),(\d{1,2})(?!\d|,\d)(?<=(?:R\$|US\$|[$€£])[ \u00A0]?\d{1,3},\d{1,2})/g
// "from 87,0 in July": one or two digits after a comma are no group of thousands; alone (no unit) they
// are read as decimals only in an article that writes decimal commas before units elsewhere.
const loneDecimalComma = /(?<![\d.,])(\d{1,3}),(\d{1,2})(?![\d,])(?! (?:or|and|to) \d)/g
// "of magnitude 4,4": an earthquake's magnitude is a decimal (the word comes first, so it is checked by hand).
const magnitudeComma = /(\d),(\d)(?![\d,])(?<=\bmagnitude (?:of )?\d,\d)/g
// "from 4,1 to 4,6 billion": the first number of a range takes its unit from the second.
const decimalCommaRange = new RegExp(`(?<![\\d.,])(\\d{1,3}),(\\d{1,2})(?= (?:to|and|or) \\d{1,3},\\d{1,2}\\s?(?:${units}))`, 'giu')
// "from currently 11,5 to 9 million tons": after “from” or “between” the first number of a range is
// not one of a list (“2,3 or 4 days”), even when the second is whole.
const decimalCommaFrom = new RegExp(
  `(?<![\\d.,])(\\d{1,3}),(\\d{1,2})(?= (?:to|and) \\d{1,3}\\s?(?:${units}))(?<=\\b(?:from|between) (?:currently |the current )?\\d{1,3},\\d{1,2})`,
  'giu'
)
// "won with 3:1", "the goal to the 2:1": German writes scores with a colon.
const colonScore = /\b(with |to the |a |the |won |lost |drew |beat |defeated |ended |finished |of )(\d{1,2}):(\d{1,2})(?![\d:.,]?\d)/g
// "20,000 million euros": es 20.000 millones, it 20.000 milioni; English counts thousands of millions in billions.
const thousandMillions = /(\d{1,3})([.,])(\d{3}) millions?\b/g
// American budgets wrote “$97,900 million”: with a comma, only amounts in the pivots' currencies are changed.
const pivotCurrencyAfter = /^ (?:of )?(?:euros?|pesos?|reais|reals|soles|lire|francs|yuan|rupees|zlotys|kronor|kroner)\b/
// "won for 3-1", "lost by 0-2": the pivots' preposition before a score.
const scoreAfterFor = /\b(won|lost|drew|beat|defeated|ended|finished)((?: (?:on|this) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?) (?:for|by) (\d{1,2})[-–](\d{1,2})(?![\d-])/g
// “in the minute 22”, “at the minute 74”: es en el minuto 22, it: al minuto 22; English writes “in the 22nd minute”.
// “to the 17 minutes”, “at the 23 minutes”: pt aos 17 minutos, fr à la 17e minute.
const minuteNumber = /\b(?:in the minute|at the minute|to the|at the) (\d{1,3})(?: minutes?)?(?!\d|[.,:]\d)(?<=\b(?:in|at) the minute \d{1,3}|\b(?:to|at) the \d{1,3} minutes?)/g
// “from the minute 30”, “until the minute 80”: the same after another preposition.
const minuteAfterPreposition = /\b(from|since|until|after|before) the minute (\d{1,3})(?!\d|[.,:]\d)/g
// "15.03.2025": a date with dots, day first (German, Italian, Portuguese, Spanish); never English.
const dottedDate = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.]?\d)/g
// "at 10.30 hours", "from 9.00 h": a time of day written with hours.
const clockHours = /(?<![\d.,:])([01]?\d|2[0-3])[.:]([0-5]\d) (?:hours|hrs|h)(?![\p{L}\d])/gu
// "1.234,5 million": dots between thousands and a decimal comma; never an English number.
const dotThousandsDecimalComma = /(\d{1,3}(?:\.\d{3})+),(\d{1,2})(?![\d.,]?\d)/g
const dotThousands = /(?<![\d.,$€£])(\d{1,3})((?:\.\d{3})+)(?![\d.,]?\d)(?=\s+\p{L})/gu
// Any number with dot groups (“of which 93.000 in Paris”, “9.064 km²”), judged by the article's convention.
const dotGrouped = /(?<![\d.,$€£])(\d{1,3})((?:\.\d{3})+)(?![\d.,]?\d)(?![.,]\d)/g
// English grouping (“1,200”) or a decimal point before a unit (“2.5%”, “1.5 million”) in the same article.
const englishNumber = new RegExp(`\\d,\\d{3}(?!\\d)|(?<![\\d.,])\\d{1,3}\\.\\d{1,2}(?![\\d.])(?=\\s?(?:${units}))`, 'iu')
const spaceThousands = /(?<![\d.,])(\d{1,3})((?:[ \u00A0\u202F]\d{3})+)(?![\d.,]?\d)/gu
const scaleAbbreviation = /(?:Mrd\.?|Mio\.?|Bio\.|milliards?)(?<=\d\s?(?:Mrd\.?|Mio\.?|Bio\.|milliards?))(?=[\s,;)]|$)/gu
const pluralScales = /\b(?:(ten|hundred) thousands of|thousands of (billions|millions))\b/gi
const pluralScaleFixes: Record<string, string> = {ten: 'tens of thousands of', hundred: 'hundreds of thousands of', billions: 'trillions', millions: 'billions'}
const currencyAfterScale = /\b(\d[\d.,]*) (billion|million|trillion) (additional |more |extra |of )?(U\.S\. )?dollars\b/g
const scaleOf = /(?:million|billion|trillion)(?<=(?:\d[\d.,]*|\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Tt]welve|[Ff]ifteen|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Hh]undred|[Ss]everal|[Oo]ne))\s(?:million|billion|trillion)) (of )(?!(?:the|them|which|those|these|its|their|his|her|our|this|that|whom|us|you|dollars)\b)(?=\p{Ll}|\p{Lu}\p{Ll}+s\b)/gu
// “the next 1 of September”: es el próximo 1 de septiembre, fr le 1er septembre prochain.
// With the year when it follows (“the 31 of December of 2025”): one change, “December 31, 2025”.
// It opens with the day, not with “the” (tried at every word): the article before it is found by hand (theBeforeDay).
const theDayOfMonth = new RegExp(`(\\d{1,2})(?<=\\bthe (?:next |coming )?\\d{1,2}) of (${monthsAnyCase})\\b(?:,? (?:of )?(\\d{4})\\b)?`, 'g')
const theBeforeDay = /\bthe (?:next |coming )?$/
// “for the 29 November”: the pivots' article before a day and its month (il 29 novembre, le 29 novembre).
const theDayMonth = new RegExp(`(\\d{1,2})(?<=\\b[Tt]he \\d{1,2}) (${months})\\b(?: (\\d{4})\\b)?`, 'g')
// What may follow such a date: its sentence goes on, or ends; not a noun it names (“the 7 July bombings”).
const afterBareDate = /^(?:\s*$|[.,;:!?)"”]|\s+(?:in|at|on|to|and|or|but|with|for|from|when|after|before|while|until|as|if)\b)/
// "on 28 of May": the day first, after a preposition (checked by hand: the pattern starts with the digits).
const dayOfMonth = new RegExp(`(?<![\\d.,])(\\d{1,2}) of (${monthsAnyCase})\\b`, 'g')
// “the 9. December”, “on 9. December”: the digits and period after “the” or a preposition (checked in the pattern's look-behind, after the digits).
// It opens with the digits, not with an optional “the ” (tried at every character); the “the ” before the day is added by hand.
const germanOrdinalDay = new RegExp(`(\\d{1,2})\\. (${monthsAnyCase})\\b(?<=\\b(?:the|on|for|until|since|before|after) (?:the )?\\d{1,2}\\. (?:${monthsAnyCase}))`, 'g')
// What makes a date an event's day, needing “on”: a verb of happening, or “in force/effect/vigor” (“enter in vigor the 3 of August”).
const happeningBefore = /\b(?:place|held|effect|vigor|vigour|force|begins?|began|starts?|started|ends?|ended|expires?|expired|opens?|opened|closes?|closed|arrives?|arrived|returns?|returned|meets?|met|votes?|voted|resumes?|resumed) $/
const prepositionBeforeDay = /\b(?:on|by|from|until|since|for|before|after) $/
const monthOfYear = new RegExp(` of (\\d{4})\\b(?<=\\b(${monthsAnyCase}) of \\d{4})`, 'g')
const monthFirstDate = new RegExp(`\\b(${months}) \\d{1,2}\\b`)
const dayFirstDate = new RegExp(`\\b(\\d{1,2}) (${months})\\b( \\d{4})?`, 'g')
const prepositionBeforeDate = /\b(?:on|from|until|by|since|before|after|to) $/
const pluralScaleWord = /(?:millions|billions|trillions)(?<=\d[ \u00A0]?(?:millions|billions|trillions))(?= (?:of )?(\p{Ll}+|[A-Z]{3}|\p{Lu}\p{Ll}+s)\b|\.(?!\d))/gu
// “two millions of demonstrators”: a number word, then what is counted after “of”.
const pluralScaleAfterWord = /(?:millions|billions|trillions)(?<=\b(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Tt]welve|[Ff]ifteen|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty) (?:millions|billions|trillions))(?= of (\p{Ll}+)\b)/gu
const currencySymbolAfter = /(?<![\d.,$€£])(\d[\d.,]*(?:[ \u00A0\u202F](?:billion|million|trillion))?)[ \u00A0\u202F]?([€$£])(?![\p{L}\p{N}])/gu
const articleBeforePercentage = /\b(an?) (?=\d[\d.,]*\s?%)/g
const changeVerbBefore = /\b(?:grew|grown|rose|risen|fell|fallen|increased|decreased|declined|dropped|expanded|contracted|climbed|slipped|jumped|advanced|gained|lost|soared|plunged|shrunk|shrank|surged|tumbled|slumped|sank|rebounded|retreated|shot up|depreciated|appreciated|devalued|rallied|recovered) $/

// Verbs that reach a level: “reached a 160%” (es: alcanzó un 160%), but “reached a 30% share”.
const reachingVerbBefore = /\b(?:reached|reaching|reaches|hit|touched|registered|registering|registers|recorded|recording|records|marked|marking) $/
// A percentage that ends its phrase: punctuation, a preposition, a time after it.
const percentageEndsPhrase = /^\d[\d.,]*\s?%\s*(?:[.,;:)]|$|(?:in|on|at|by|year|annually|interannual|compared|against|and|from|over|last|this|since|after|before|between|until|during|according)\b)/

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 22nd … */
function ordinal(value: number): string {
  const tens = value % 100
  if (tens >= 11 && tens <= 13) return `${value}th`
  return `${value}${['th', 'st', 'nd', 'rd'][value % 10] ?? 'th'}`
}

// Words that end in -s but count nothing.
const notCounted = new Set(['was', 'has', 'is', 'as', 'this', 'thus', 'plus', 'minus', 'versus', 'its', 'his', 'was', 'does', 'less'])

/** Whether the text after a number starts with a counted noun ("jobs", "hectares", "cubic meters"). */
function countedNoun(after: string): boolean {
  // “1 500 French soldiers”, “2 000 Italian workers”: a nationality before what is counted.
  const afterNationality = /^\s+\p{Lu}\p{Ll}+(?:an|ese|ish|ch|i)\s+(\p{Ll}+s)\b/u.exec(after)?.[1]
  if (afterNationality !== undefined && !notCounted.has(afterNationality)) return true
  const word = /^\s+(\p{Ll}+)/u.exec(after)?.[1]
  if (!word || notCounted.has(word)) return false
  return word.endsWith('s') || ['cubic', 'square', 'new', 'more', 'additional', 'metric', 'people', 'police', 'staff', 'personnel', 'euro', 'dollar'].includes(word)
}

/**
 * Whether the article groups thousands with dots: before a counted noun (“1.200 migrants”,
 * “6.288 square kilometers”), and never an English grouping or decimal point before a unit. Judged
 * on the article as it came in.
 */
function dotGroupingArticle(file: VFile, text: string): boolean {
  return documentFact(file, 'retext-number-format:dot-grouping', () => {
    if (englishNumber.test(text)) return false
    for (const match of text.matchAll(dotThousands)) {
      if (!/[\d.,$€£]/.test(text.charAt(match.index - 1)) && countedNoun(text.slice(match.index + match[0].length))) return true
    }
    return false
  })
}

/** The article groups thousands with spaces before counted nouns (“20 000 amendments”) and writes no English number. */
function spaceGroupingArticle(file: VFile, text: string): boolean {
  return documentFact(file, 'retext-number-format:space-grouping', () => {
    if (englishNumber.test(text)) return false
    // A copy: `matchAll` starts where the shared expression's last search stopped.
    for (const match of text.matchAll(new RegExp(spaceThousands))) {
      if (!/\d[ \u00A0]*$/.test(text.slice(Math.max(0, match.index - 12), match.index)) && countedNoun(text.slice(match.index + match[0].length))) return true
    }
    return false
  })
}

export default function retextNumberFormat(options: Options = {}) {
  const dateStyle = options.dateStyle ?? 'auto'

  return function (tree: Root, file: VFile): undefined {
    const text = String(file.value)
    const report = (ruleId: RuleId, start: number, end: number, expected: string, reason: string, confidence: number, note: string) =>
      reportArtifact(file, {reason, place: {start, end}, ruleId, source, category: 'number-format', confidence, expected: [expected], note, url})

    // Every pattern but four (which name their own words) has a digit within a few words of where it
    // starts: those search only near digits.
    const nearDigits = stretchesNear(file, digitRun, digitReach)
    const nearDigit = (pattern: RegExp, needle?: string) => scopedMatches(file, pattern, needle, nearDigits)
    // Both patterns open with a digit, not a look-behind (tried at every character): the character
    // before is checked here, so that “120,000 million” is not read from its “20,000”.
    const numberStarts = (index: number) => !/[\d.,]/.test(text.charAt(index - 1))
    // Dot-grouped numbers already reported, by offset.
    const dotted = new Set<number>()
    for (const match of nearDigit(thousandMillions, 'million')) {
      // “$14.745 millions”: older American English wrote decimals of millions so; the pivots put the currency after.
      if (!numberStarts(match.index) || /[$£]\s?$/.test(text.slice(Math.max(0, match.index - 2), match.index))) continue
      const billions = match[1]!
      if (match[2] === ',' && !pivotCurrencyAfter.test(text.slice(match.index + match[0].length, match.index + match[0].length + 12))) continue
      const decimals = match[3]!.replace(/0+$/, '')
      // “518.408 billion” would read as dot-grouped thousands to this very plugin (and to a reader of
      // the pivot); “518,408 million” is English as it stands: only one or two decimals are moved.
      if (decimals.length === 3) {
        if (match[2] === '.') {
          dotted.add(match.index)
          report('dot-thousands', match.index, match.index + match[1]!.length + 4, `${billions},${match[3]}`, `Use commas to group thousands in \`${billions}.${match[3]}\``, 0.75, 'German, Spanish and Italian group thousands with a dot; English uses a comma.')
        }
        continue
      }
      const fixed = `${billions}${decimals ? `.${decimals}` : ''} billion`
      // With a dot the grouping is the pivot's own: the whole phrase goes at once, before the dot and the plural are mended apart.
      report('plural-scale', match.index, match.index + match[0].length, fixed, `Write \`${fixed}\``, match[2] === '.' ? 0.9 : 0.75, 'es: 20.000 millones, it: 20.000 milioni, pt: 20 mil milhões: a thousand millions is a billion in English.')
    }

    // "1.234,5 million": the whole number in the European way, unambiguous.
    for (const match of nearDigit(dotThousandsDecimalComma)) {
      if (!numberStarts(match.index)) continue
      const fixed = `${match[1]!.replace(/\./g, ',')}.${match[2]}`
      report('decimal-comma', match.index, match.index + match[0].length, fixed, `Write \`${fixed}\`: \`${match[0]}\` groups thousands with dots and marks decimals with a comma`, 0.85, 'de/es/it/pt: 1.234,5: dots between thousands and a decimal comma; English writes 1,234.5.')
    }

    // "2,5%", "14,3 Mrd.", "0,9%": a comma before one or two digits, then a unit.
    const decimalsBeforeUnits = [...nearDigit(decimalComma)]
    const decimalsAfterSymbols = [...nearDigit(currencyDecimalComma)].filter((match) => !decimalsBeforeUnits.some((other) => other.index === match.index))
    for (const match of [...decimalsBeforeUnits, ...decimalsAfterSymbols]) {
      report('decimal-comma', match.index, match.index + match[0].length, `${match[1]}.${match[2]}`, `Use a decimal point in \`${match[0]}\``, 0.85, 'Most European languages write the decimal separator as a comma; English uses a point.')
    }

    // The decimals above have their unit; in an article that writes them, a bare “87,0” is one too.
    const decimalArticle = documentFact(file, 'retext-number-format:decimal-comma-article', () => new RegExp(decimalComma.source, 'iu').test(text))
    if (decimalArticle) {
      const reported = new Set([...decimalsBeforeUnits, ...decimalsAfterSymbols].map((match) => match.index))
      for (const match of nearDigit(loneDecimalComma)) {
        // “in 2019,5 people”, “1,2,3”: a year or a list is not a decimal.
        if (reported.has(match.index) || /^(?:1[89]|20)\d\d$/.test(match[1]!) || /\d,\s?$/.test(text.slice(Math.max(0, match.index - 3), match.index))) continue
        report('decimal-comma', match.index, match.index + match[0].length, `${match[1]}.${match[2]}`, `Use a decimal point in \`${match[0]}\``, 0.7, 'The article writes decimal commas before units elsewhere (“86,6 points”); English uses a point.')
      }
    }

    for (const match of nearDigit(magnitudeComma)) {
      report('decimal-comma', match.index, match.index + match[0].length, `${match[1]}.${match[2]}`, `Use a decimal point in \`${match[0]}\``, 0.85, 'it: magnitudo 4,4, es: magnitud 4,4: English writes magnitude 4.4.')
    }

    for (const match of [...nearDigit(decimalCommaRange), ...nearDigit(decimalCommaFrom)]) {
      report('decimal-comma', match.index, match.index + match[0].length, `${match[1]}.${match[2]}`, `Use a decimal point in \`${match[0]}\``, 0.8, 'Most European languages write the decimal separator as a comma; English uses a point.')
    }

    // "7.500 jobs", "180.000 hectares": dots between groups of three digits, then a counted noun.
    for (const match of nearDigit(dotThousands)) {
      if (dotted.has(match.index) || !countedNoun(text.slice(match.index + match[0].length))) continue
      dotted.add(match.index)
      report('dot-thousands', match.index, match.index + match[0].length, match[0].replace(/\./g, ','), `Use commas to group thousands in \`${match[0]}\``, 0.75, 'German, Spanish and Italian group thousands with a dot; English uses a comma.')
    }
    // "of which 93.000 in Paris", "9.064 km²": alone, three digits after a dot could be decimals; in an
    // article that groups thousands with dots before counted nouns and never writes an English
    // number, they are the same grouping.
    // Round thousands (“from 67.000 in 1991 to 40.000 today”) are no decimals either, in an article that writes no English number.
    const dotGrouping = dotGroupingArticle(file, text)
    const roundThousands = dotGrouping || !documentFact(file, 'retext-number-format:english-number', () => englishNumber.test(text))
    if (dotGrouping || roundThousands) {
      for (const match of nearDigit(dotGrouped)) {
        if (dotted.has(match.index) || !numberStarts(match.index)) continue
        if (!dotGrouping && !/^(?:[2-9]|\d{2,3})(?:\.000)+$/.test(match[0])) continue
        // “version 2.013”, “Windows 3.100”: not a quantity.
        if (/(?:version|v|no|nr|art|article|section|§)\.?\s$/i.test(text.slice(Math.max(0, match.index - 9), match.index))) continue
        report('dot-thousands', match.index, match.index + match[0].length, match[0].replace(/\./g, ','), `Use commas to group thousands in \`${match[0]}\``, 0.7, 'German, Spanish and Italian group thousands with a dot; the article does so elsewhere, and English uses a comma.')
      }
    }

    // "450 000 vehicles": spaces between groups of three digits.
    for (const match of nearDigit(spaceThousands)) {
      const before = text.slice(Math.max(0, match.index - 12), match.index)
      // "in 2019 100 000 people" would be two numbers: only a lone number is grouped.
      if (/\d[ \u00A0]*$/.test(before)) continue
      const narrow = /[\u00A0\u202F]/.test(match[0])
      const counted = countedNoun(text.slice(match.index + match[0].length))
      // “of which 87 000 in Paris”: alone, a space may part two numbers; in an article that groups
      // thousands with spaces before counted nouns and never writes an English number, it is the same grouping.
      const grouped = !narrow && !counted && spaceGroupingArticle(file, text) && !/\b(?:call|tel|phone|no|nr|number|code|fax)\.?:?\s$/i.test(before)
      if (!narrow && !counted && !grouped) continue
      report('space-thousands', match.index, match.index + match[0].length, match[0].replace(/[ \u00A0\u202F]/g, ','), `Use commas to group thousands in \`${match[0]}\``, narrow ? 0.85 : grouped ? 0.65 : 0.7, 'French and other languages group thousands with a space; English uses a comma.')
    }

    // "14.3 Mrd. euros": German and French scale abbreviations.
    for (const match of nearDigit(scaleAbbreviation)) {
      const key = match[0].toLowerCase()
      const word = scaleWords[key]
      if (!word) continue
      const rest = text.slice(match.index + match[0].length)
      // German writes the currency as a capitalised noun (“500 Mrd. Euro”): it goes with the number,
      // in lower case and the plural, and the period before it ends nothing.
      const currency = /^ (Euros?|Dollars?|Franken|Pfund)\b/.exec(rest)
      if (currency) {
        const fixed = `${word} ${germanCurrencies[currency[1]!]}`
        report('scale-abbreviation', match.index, match.index + match[0].length + currency[0].length, fixed, `Write \`${fixed}\` for \`${match[0]}${currency[0]}\``, 0.85, 'Mrd. (Milliarden) is billion, Mio. (Millionen) million, Bio. (Billionen) trillion; German capitalises the currency (Euro), English writes euros.')
        continue
      }
      // A period that also ends the sentence stays.
      const endsSentence = key.endsWith('.') && /^\s*(\n|$|[“"‘]?\p{Lu})/u.test(rest)
      report('scale-abbreviation', match.index, match.index + match[0].length, endsSentence ? `${word}.` : word, `Write \`${word}\` for \`${match[0]}\``, 0.85, 'Mrd. (Milliarden) is billion, Mio. (Millionen) million, Bio. (Billionen) trillion; French milliard is billion.')
    }

    // "ten thousands of", "thousands of billions".
    for (const match of scopedMatches(file, pluralScales, 'thousands of')) {
      const replacement = pluralScaleFixes[(match[1] ?? match[2]!).toLowerCase()]!
      const fixed = /^\p{Lu}/u.test(match[0]) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement
      report('plural-scale', match.index, match.index + match[0].length, fixed, `Write \`${fixed}\``, 0.85, 'German zehntausende, French des milliers de milliards: English counts in tens of thousands and trillions.')
    }

    // "200 billion additional dollars", "235 billion of dollars", "(23 billion dollars)".
    for (const match of nearDigit(currencyAfterScale, ' dollars')) {
      const [, amount, scale, between] = match
      const extra = between && between !== 'of ' ? between.trim() : undefined
      const fixed = extra ? `${extra === 'additional' ? 'an additional' : extra === 'extra' ? 'an extra' : 'another'} $${amount} ${scale}` : `$${amount} ${scale}`
      report('currency-order', match.index, match.index + match[0].length, fixed, `Write \`${fixed}\``, between ? 0.85 : 0.7, 'Romance languages put the currency after the amount (200 milliards de dollars supplémentaires); English news writes $200 billion.')
    }

    // "1.2 million of people", "300 million of euros": a scale after a number takes its noun directly
    // (not "2 million of the 5 million residents", a share of something named; dollars are moved
    // in front by the currency rule below).
    for (const match of scopedMatches(file, scaleOf, 'illion of')) {
      // "$11 billion of tax cuts", "€2 billion of bonds": an amount of money of something is English.
      if (/[$€£¥]\s?\d[\d.,]*\s$/.test(text.slice(Math.max(0, match.index - 24), match.index))) continue
      const start = match.index + match[0].length - match[1]!.length
      report('scale-of', start, start + match[1]!.length, '', `Remove \`of\` after \`${match[0].trim().split(' ')[0]}\``, 0.8, 'es: 1,2 millones de personas, fr: 300 millions d’euros: English writes 1.2 million people, 300 million euros.')
    }

    // "the 15 of May" (never English) and "on 1 July" (British) in American-style text.
    for (const match of nearDigit(theDayOfMonth)) {
      const month = capitalizeMonth(match[2]!)
      const start = match.index - theBeforeDay.exec(text.slice(Math.max(0, match.index - 16), match.index))![0].length
      let date = match[3] ? `${month} ${match[1]}, ${match[3]}` : `${month} ${match[1]}`
      // “will take place the 15 of March”: the pivots' article stands for “on” after a verb of happening.
      if (happeningBefore.test(text.slice(Math.max(0, start - 16), start))) date = `on ${date}`
      report('day-month-date', start, match.index + match[0].length, date, `Write \`${date}\``, 0.85, 'es: el 15 de mayo, fr: le 15 mai: English writes May 15.')
    }
    for (const match of nearDigit(theDayMonth)) {
      const end = match.index + match[0].length
      if (!afterBareDate.test(text.slice(end, end + 8))) continue
      const start = match.index - 4
      let date = match[3] ? `${match[2]} ${match[1]}, ${match[3]}` : `${match[2]} ${match[1]}`
      if (happeningBefore.test(text.slice(Math.max(0, start - 16), start))) date = `on ${date}`
      report('day-month-date', start, end, date, `Write \`${date}\``, 0.8, 'it: per il 29 novembre, fr: pour le 29 novembre: the pivots put an article before the day; English writes November 29.')
    }
    // “for the 9. December”: German writes the day as an ordinal with a period (am 9. Dezember).
    for (const match of nearDigit(germanOrdinalDay)) {
      const month = capitalizeMonth(match[2]!)
      const start = text.slice(Math.max(0, match.index - 4), match.index) === 'the ' ? match.index - 4 : match.index
      report('day-month-date', start, match.index + match[0].length, `${month} ${match[1]}`, `Write \`${month} ${match[1]}\``, 0.85, 'de: am 9. Dezember: the day as an ordinal with a period; English writes December 9.')
    }
    for (const match of nearDigit(dayOfMonth)) {
      if (!prepositionBeforeDay.test(text.slice(Math.max(0, match.index - 8), match.index))) continue
      const month = capitalizeMonth(match[2]!)
      report('day-month-date', match.index, match.index + match[0].length, `${month} ${match[1]}`, `Write \`${month} ${match[1]}\``, 0.85, 'es: el 28 de mayo, fr: le 28 mai: English writes May 28.')
    }
    // "December of 2023": Spanish and Portuguese put "de" between the month and the year.
    for (const match of nearDigit(monthOfYear)) {
      const [found, year, written] = match as unknown as [string, string, string]
      const start = match.index - written.length
      if (/\b[Tt]he $/.test(text.slice(Math.max(0, start - 5), start))) continue
      // “the 31 of December of 2025” is the day rule's, whole.
      if (/\bthe (?:next |coming )?\d{1,2} of $/.test(text.slice(Math.max(0, start - 20), start))) continue
      const month = capitalizeMonth(written)
      report('day-month-date', start, match.index + found.length, `${month} ${year}`, `Write \`${month} ${year}\``, 0.85, 'es: diciembre de 2023, pt: dezembro de 2023: English writes December 2023.')
    }
    // An American wire dateline says it; American spellings say it only where the article also writes
    // a month before its day somewhere (an American text may keep day-first dates as its own style).
    const american =
      dateStyle === 'american' ||
      (dateStyle === 'auto' &&
        documentFact(file, 'retext-number-format:american', () => hasAmericanDateline(text) || (hasAmericanSpelling(text) && monthFirstDate.test(text))))
    if (american) {
      for (const match of nearDigit(dayFirstDate)) {
        if (!prepositionBeforeDate.test(text.slice(Math.max(0, match.index - 8), match.index))) continue
        const fixed = `${match[2]} ${match[1]}${match[3] ? `,${match[3]}` : ''}`
        report('day-month-date', match.index, match.index + match[0].length, fixed, `Write \`${fixed}\` in American style`, 0.7, 'The day before the month is the pivot language’s (and British) order; American news writes July 1.')
      }
    }

    // "25/6/2025" in American-style text: the pivot's day/month order, read as a month first by
    // Americans. Certain when the day is above 12; otherwise only where the article's other slash
    // dates all put a day above 12 first.
    if (american) {
      const dayFirstArticle = documentFact(file, 'retext-number-format:day-first-slashes', () => {
        let dayFirst = 0
        let monthFirst = 0
        for (const match of text.matchAll(slashDate)) {
          if (Number(match[1]) > 12 && Number(match[2]) <= 12) dayFirst++
          else if (Number(match[2]) > 12 && Number(match[1]) <= 12) monthFirst++
        }
        return dayFirst > 0 && monthFirst === 0
      })
      for (const match of nearDigit(slashDate)) {
        const day = Number(match[1])
        const month = Number(match[2])
        if (month < 1 || month > 12 || day < 1 || day > 31) continue
        const certain = day > 12
        if (!certain && !dayFirstArticle) continue
        const fixed = `${monthNames[month - 1]} ${day}, ${match[3]}`
        // “planned for the 15/03/2025”: the article of the pivot's date goes with it.
        const article = /\b(?:the|The) $/.exec(text.slice(Math.max(0, match.index - 4), match.index))
        const start = article ? match.index - 4 : match.index
        report('day-month-date', start, match.index + match[0].length, fixed, `Write \`${fixed}\`: \`${match[0]}\` puts the day first`, certain ? 0.75 : 0.65, 'fr: 25/6/2025, es/it/pt/de (25.6.2025): the day comes first; American readers take the first number for the month.')
      }
    }

    // "on 15.03.2025": dotted dates put the day first; English writes the month's name.
    for (const match of nearDigit(dottedDate)) {
      const day = Number(match[1])
      const month = Number(match[2])
      if (month < 1 || month > 12 || day < 1 || day > 31) continue
      // “Version 1.2.2024” is a release: a date writes its day or month with two digits, or names no software.
      if ((match[1]!.length < 2 && match[2]!.length < 2) || /\b(?:version|v|release|build|update|firmware|ios|android|windows)\s*$/i.test(text.slice(Math.max(0, match.index - 12), match.index))) continue
      const name = monthNames[month - 1]!
      const fixed = american ? `${name} ${day}, ${match[3]}` : `${day} ${name} ${match[3]}`
      const article = /\b(?:the|The) $/.exec(text.slice(Math.max(0, match.index - 4), match.index))
      const start = article ? match.index - 4 : match.index
      report('day-month-date', start, match.index + match[0].length, fixed, `Write \`${fixed}\`: \`${match[0]}\` puts the day first`, 0.8, 'de: 15.03.2025, it/pt/es: the day first, with dots; English writes March 15, 2025 (or 15 March 2025).')
    }

    // "at 14h30", "from 9h to 18h", "at 20 hours": a time of day in the pivot's 24-hour style.
    const clock = (hour: number, minutes: string | undefined, at: number) => {
      if (!american) return `${String(hour).padStart(2, '0')}:${minutes ?? '00'}`
      const period = hour === 0 ? 'midnight' : hour === 12 && !minutes ? 'noon' : hour < 12 ? 'a.m.' : 'p.m.'
      if (period === 'midnight' || period === 'noon') return period
      const twelve = hour % 12 === 0 ? 12 : hour % 12
      // The sentence's own period ends the abbreviation: “at 6 p.m.” not “at 6 p.m..”.
      const mark = text.charAt(at) === '.' ? period.slice(0, -1) : period
      return `${twelve}${minutes ? `:${minutes}` : ''} ${mark}`
    }
    for (const match of nearDigit(hourMark)) {
      const [found, hours, minutes] = match
      // “18h” alone may be a duration (“an 18h flight”): only after a time preposition.
      if (!minutes && !timePreposition.test(text.slice(Math.max(0, match.index - 8), match.index))) continue
      const end = match.index + found.length
      const fixed = clock(Number(hours), minutes, end)
      report('time-format', match.index, end, fixed, `Write the time as \`${fixed}\``, 0.8, 'French and Italian write times as 14h30; English news writes 2:30 p.m. (American) or 14:30.')
    }
    for (const match of nearDigit(atHours)) {
      const start = match.index
      const end = match.index + match[0].length
      const fixed = clock(Number(match[0].slice(0, 2)), undefined, end)
      report('time-format', start, end, fixed, `Write the time as \`${fixed}\``, 0.75, 'es: a las 20 horas, it: alle 20: a time of day, not a number of hours.')
    }

    for (const match of nearDigit(clockHours)) {
      // “10.30 hours” alone may be a duration: only after a time preposition.
      if (!timePreposition.test(text.slice(Math.max(0, match.index - 8), match.index))) continue
      const end = match.index + match[0].length
      const fixed = clock(Number(match[1]), match[2], end)
      report('time-format', match.index, end, fixed, `Write the time as \`${fixed}\``, 0.8, 'de: um 10.30 Uhr, it: alle 10.30: a time of day; English news writes 10:30 a.m. (American) or 10:30.')
    }

    // "won with 3:1" in a sports story: the score as English writes it.
    if (documentProfile(tree, file).topics.some((entry) => entry.topic === 'sport')) {
      for (const match of nearDigit(colonScore)) {
        const [found, before, home, away] = match as unknown as [string, string, string, string]
        const lead = before === 'with ' ? '' : before === 'to the ' ? 'to make it ' : before
        const fixed = `${lead}${home}-${away}`
        report('score-format', match.index, match.index + found.length, fixed, `Write the score as \`${home}-${away}\``, 0.8, 'de: mit 3:1 gewonnen, das Tor zum 2:1: English writes a score 3-1 (won 3-1, made it 2-1).')
      }
      for (const match of nearDigit(minuteNumber)) {
        const minute = Number(match[1])
        if (minute < 1 || minute > 130) continue
        const fixed = `in the ${ordinal(minute)} minute`
        report('score-format', match.index, match.index + match[0].length, fixed, `Write \`${fixed}\``, 0.8, 'es: en el minuto 22, it: al minuto 22, pt: aos 22 minutos: in the 22nd minute.')
      }
      // “from the minute 30”: es desde el minuto 30, it: dal minuto 30.
      for (const match of nearDigit(minuteAfterPreposition)) {
        const minute = Number(match[2])
        if (minute < 1 || minute > 130) continue
        const fixed = `${match[1]} the ${ordinal(minute)} minute`
        report('score-format', match.index, match.index + match[0].length, fixed, `Write \`${fixed}\``, 0.8, 'es: desde el minuto 30, it: dal minuto 30: from the 30th minute.')
      }
      // “won for 3-1”: es/pt ganó por 3-1, it: ha vinto per 3-1; English writes “won 3-1”.
      for (const match of nearDigit(scoreAfterFor)) {
        const [found, verb, day, home, away] = match as unknown as [string, string, string, string, string]
        const fixed = `${verb} ${home}-${away}${day}`
        report('score-format', match.index, match.index + found.length, fixed, `Write \`${fixed}\``, 0.8, 'es: ganó por 3-1, pt: venceu por 3 a 1, it: ha vinto per 3-1: English writes won 3-1.')
      }
    }

    // "42 ºC": the ordinal indicator for the degree sign.
    for (const match of scopedMatches(file, ordinalDegree)) {
      report('degree-sign', match.index, match.index + 1, '°', 'Use the degree sign `°`, not the ordinal indicator `º`', 0.9, 'Spanish, Portuguese and Italian keyboards put º (ordinal) next to °; temperatures take the degree sign.')
    }

    // "50 millions euros": a scale word after a number takes no plural in English.
    for (const match of nearDigit(pluralScaleWord, 'illions')) {
      // “about 9 1/2 billions,”: a fraction before the scale is older English's, not the pivots'.
      if (/\d\/\d+[ \u00A0]?$/.test(text.slice(Math.max(0, match.index - 8), match.index))) continue
      // What is counted: a plural noun or a currency code (“2.3 millions of tourists”, “5 billions EUR”), not “3 millions as”.
      // At the end of a sentence (“around 20 millions.”) or before “per year”, nothing is counted after it.
      const counted = match[1]
      // Nor before a preposition of time or place: “3.5 billions in two years”, “20 millions over a decade”.
      const countsNothing = counted === undefined || counted === 'per' || ['in', 'over', 'within', 'for', 'to', 'from', 'with', 'against'].includes(counted)
      const pluralNoun = counted === 'people' || (counted !== undefined && counted.endsWith('s') && !notCounted.has(counted))
      // After “of”, whatever follows is counted: “94 millions of international tourists” (not a share: “2 millions of the 5”).
      const ofAfter = /^ of (?!(?:the|its|their|these|those|his|her|our|this|that)\b)\p{Ll}/u.test(text.slice(match.index + match[0].length, match.index + match[0].length + 12))
      if (counted !== undefined && /^\p{Ll}/u.test(counted) && !countsNothing && !ofAfter && !pluralNoun) continue
      // Early American budgets wrote “$8 millions,”, “$18 millions of public debt”: only a plural noun counts after a dollar amount.
      if (!pluralNoun && /\$[\d.,]*\s?$/.test(text.slice(Math.max(0, match.index - 16), match.index))) continue
      const word = match[0].slice(0, -1)
      report('plural-scale-word', match.index, match.index + match[0].length, word, `Write \`${word}\` after a number`, 0.85, 'fr: 50 millions d’euros, es: 50 millones: English writes 50 million euros.')
    }
    for (const match of scopedMatches(file, pluralScaleAfterWord, 'illions of')) {
      const counted = match[1]!
      // “two billions of dollars” was American usage into the 1930s: the pivots count euros and people.
      if (counted === 'dollars' || !(counted === 'people' || (counted.endsWith('s') && !notCounted.has(counted)))) continue
      const word = match[0].slice(0, -1)
      report('plural-scale-word', match.index, match.index + match[0].length, word, `Write \`${word}\` after a number`, 0.8, 'fr: deux millions de manifestants, es: dos millones de personas: English writes two million protesters.')
    }

    // "200 €", "15,5 $": the currency symbol after the amount.
    for (const match of nearDigit(currencySymbolAfter)) {
      const [, written, symbol] = match
      // A symbol after the amount is the pivot's style, so are its separators: “3.500 €” is €3,500, “15,5 $” $15.5.
      const amount = written!
        .replace(/[\u00A0\u202F]/g, ' ')
        .replace(/^\d{1,3}(?:\.\d{3})+(?![\d,])/, (number) => number.replace(/\./g, ','))
        .replace(/^(\d+),(\d{1,2})(?!\d)/, '$1.$2')
      report('currency-symbol-after', match.index, match.index + match[0].length, `${symbol}${amount}`, `Put \`${symbol}\` before the amount`, 0.75, 'French, Spanish, German and Italian write the currency symbol after the amount (200 €); English writes €200.')
    }

    // "grew a 0.9%": an article the pivot language puts before a percentage.
    for (const match of nearDigit(articleBeforePercentage, '%')) {
      const before = text.slice(Math.max(0, match.index - 12), match.index)
      // “reached a 160% in November”: a verb that takes an object, only where no noun follows the percentage
      // (“reached a 30% share” is English).
      const bare = reachingVerbBefore.test(before) && percentageEndsPhrase.test(text.slice(match.index + match[0].length, match.index + match[0].length + 40))
      if (!changeVerbBefore.test(before) && !bare) continue
      const start = match.index - 1
      report('article-before-percentage', start, start + match[1]!.length + 1, '', `Remove \`${match[1]}\` before the percentage`, 0.8, 'es: creció un 0,9%: English says grew 0.9%.')
    }
  }
}
