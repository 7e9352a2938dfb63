/**
 * retext plugin that fixes word order kept from the pivot language, in set patterns
 * where the English order is certain:
 *
 * - a name after its kind: “the party Liberal Reform” → “the Liberal Reform party”;
 * - an adverb between a verb and its object: “won narrowly the” → “narrowly won the”, “needs now a” →
 *   “now needs a”;
 * - a modifier after the noun it modifies: “a parliament deeply fragmented.” → “a deeply
 *   fragmented parliament.”;
 * - an inverted reporting verb at the end of a sentence: “…, warned the analysts.” →
 *   “…, analysts warned.”;
 * - a Romance genitive of a mass noun: “the crisis of the housing” → “the housing crisis”;
 * - “still” after the verb: “faced still high costs” → “still faced high costs”;
 * - a trade participle after its noun phrase: “on cars and car parts imported.” → “on imported
 *   cars and car parts.”;
 * - German verb-second after “Also” (so): “Also is the reaction exaggerated.” → “So the reaction is
 *   exaggerated.”;
 * - German verb-second after a time phrase: “Yesterday presented the minister his plan” → “Yesterday the
 *   minister presented his plan”;
 * - German verb-second after “according to”: “According to the ministry are around 4,000 bridges …” →
 *   “According to the ministry, around 4,000 bridges are …”;
 * - the present with a duration: “For months the two sides negotiate” → “have been negotiating”;
 * - the German verb bracket: “has in the last year 2,000 employees laid off” → “has laid off 2,000 employees in
 *   the last year”;
 * - a target before the object: “to lower to zero its tariff” → “to lower its tariff to zero”;
 * - a time phrase before the object: “We need every year billions for” → “We need billions every year for”,
 *   “visited yesterday the new plant in” → “visited the new plant yesterday in”.
 * - a country's possession in genitive order: “The monthly inflation of Argentina slowed” →
 *   “Argentina's monthly inflation slowed”;
 * - a person's party or government in genitive order: “the Liberal Reform of Kramer.” →
 *   “Kramer's Liberal Reform.”;
 * - a lost possessive before an ordinal: “Trump Last known conversation” → “Trump's last known
 *   conversation” (other lost possessives are flagged for the reviewer);
 * - a match's score in the pivots' place: “beating 2-1 the Milan” → “beating Milan 2-1”, “their victory
 *   1-0” → “their 1-0 victory”.
 */
import {closingQuotes, datelineEnd, documentProfile, englishLexicon, fullNames, examplesSchema, gerundOf, indefiniteArticle, isCardinal, presentTenseBase, isCalendarWord, isCapitalized, loadData, reportArtifact, sentenceViews, startsLowerCase, wordFact, type Examples, type Token} from '@mt-cleanup/core'
import {nationalities} from '@mt-cleanup/retext-casing'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'

/** The word-order rules take no options. */
export type Options = Record<string, never>

interface WordLists {
  examples?: Examples
  kinds: string[]
  reportingVerbs: string[]
  headNouns: string[]
  massNouns: string[]
  stillVerbsKept: string[]
  nameHeads: string[]
  genitiveOwners: string[]
  genitiveHeads: string[]
  /** Heads English puts after a bare mass noun (“a housing plan”), never before “of” + that noun. */
  compoundHeads: string[]
  /** Reporting verbs English does not put before their subject (“…, announced the ministry,”). */
  announcingVerbs: string[]
  /** Nouns for those who speak, the subject of a reporting verb (“the prefecture”, “a company spokesman”). */
  speakerNouns: string[]
  /** People's roles the pivots put before a nationality and a name (“the cyclist Slovenian Tadej Pogacar”). */
  rolesBeforeNationality: string[]
  /** Relational adjectives English never puts after a noun (“the reform judicial”, “a thriller political”). */
  postposedAdjectives: string[]
  /** Verbs a German clause leaves last after a modal (“wants … 3,500 positions cut”); none doubles as an adjective (“open”, “close”). */
  finalVerbs: string[]
  /** Verbs of change without an object a German clause leaves last after a modal (“will in 2025 strongly rise”). */
  finalChangeVerbs: string[]
}

const list = {type: 'array', items: {type: 'string', pattern: /^[a-z]+( [a-z]+)?$/}} as const
export const wordLists = loadData<WordLists>(new URL('../data/word-lists.json', import.meta.url), {
  type: 'object',
  required: ['kinds', 'reportingVerbs', 'headNouns', 'massNouns', 'stillVerbsKept', 'nameHeads', 'genitiveOwners', 'genitiveHeads', 'compoundHeads', 'announcingVerbs', 'speakerNouns', 'rolesBeforeNationality', 'postposedAdjectives', 'finalVerbs', 'finalChangeVerbs'],
  properties: {finalVerbs: list, finalChangeVerbs: list, kinds: list, reportingVerbs: list, headNouns: list, massNouns: list, stillVerbsKept: list, nameHeads: list, genitiveOwners: list, genitiveHeads: list, compoundHeads: list, announcingVerbs: list, speakerNouns: list, rolesBeforeNationality: list, postposedAdjectives: list, examples: examplesSchema}
})

const source = 'retext-word-order'
const url = 'https://github.com/mt-cleanup/mt-cleanup/tree/main/packages/retext-word-order/readme.md'
const determiners = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those'])
const commonPastVerbs = new Set(['won', 'lost', 'beat', 'hit', 'cut', 'took', 'made', 'gave', 'struck', 'sold', 'bought', 'left', 'led', 'held', 'met', 'paid', 'set', 'raised', 'rejected', 'approved', 'passed', 'defeated'])

// Prepositions after which a postposed modifier is an artifact (not “with”: “with markets highly volatile,” is English).
const postposingPrepositions = new Set(['on', 'for', 'against', 'to', 'from', 'among', 'between'])

const beVerbs = new Set(['is', 'are', 'was', 'were'])

// What a person owns in the genitive order of the pivot: “the government of Meloni”, “the party of Kramer”.
const personOwned = new Set(['party', 'government', 'alliance', 'coalition', 'cabinet', 'administration', 'campaign', 'movement', 'camp', 'allies', 'supporters', 'spokesman', 'spokeswoman', 'spokesperson', 'office', 'policies', 'plan', 'proposal', 'reform', 'victory', 'defeat', 'resignation', 'lawyers', 'lawyer', 'team'])

// Participles of trade that a translation leaves after their noun phrase (“on cars imported.”).
const participlePrepositions = new Set(['on', 'for', 'against', 'of'])
// Verbs, relatives and prepositions end a noun phrase: “of the goods were imported.” is a clause.
const notInPhrase = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'get', 'gets', 'got', 'that', 'which', 'who', 'not', 'from', 'in', 'by', 'to', 'into', 'with', 'at', 'as', 'already', 'also', 'still'])
const postposedParticiples = new Set(['imported', 'exported', 'manufactured', 'assembled', 'subsidized', 'subsidised'])

// Adverbs without -ly that English puts before a verb with an object: "met also the" → "also met the".
const plainAdverbs = new Set(['also', 'already', 'never', 'often', 'always'])
// Adjectives (and nouns) in -ly: never the adverb of a verb or of an adjective.
const lyAdjectives = new Set(['only', 'early', 'daily', 'weekly', 'monthly', 'yearly', 'hourly', 'nightly', 'likely', 'unlikely', 'family', 'reply', 'supply', 'rally', 'ally', 'italy', 'costly', 'friendly', 'lonely', 'lovely', 'deadly', 'elderly', 'timely', 'ugly', 'holy', 'silly', 'orderly', 'lively', 'kindly', 'scholarly', 'burly', 'curly', 'oily', 'jolly', 'homely', 'worldly', 'cowardly', 'sickly', 'stately', 'manly', 'womanly', 'assembly', 'anomaly', 'monopoly', 'belly', 'jelly', 'bully', 'july', 'lily', 'tally', 'folly', 'holly', 'gully', 'homily', 'butterfly', 'fly'])
// Adverbs that stand before the object they qualify: “took exactly the opposite course”, “won easily the biggest share”.
const objectAdverbs = new Set(['exactly', 'precisely', 'nearly', 'almost', 'roughly', 'approximately', 'just', 'largely', 'mostly', 'partly', 'entirely', 'fully', 'especially', 'particularly', 'mainly', 'chiefly', 'primarily', 'merely', 'simply', 'solely', 'purely', 'barely', 'hardly', 'scarcely', 'easily', 'arguably', 'possibly', 'probably', 'certainly', 'clearly', 'only', 'even'])
// Adverbs of time, which may follow their noun with a participle (“a report recently received”).
const timeAdverbs = new Set(['recently', 'newly', 'previously', 'originally', 'initially', 'currently', 'formerly', 'lately', 'subsequently', 'later', 'earlier', 'once', 'already', 'finally', 'eventually', 'shortly'])
// Words after “to” that make it the complement of an adjective (“dear to me”, “unrelated to what”), not an infinitive.
const complementStarts = new Set(['me', 'him', 'her', 'us', 'them', 'it', 'you', 'what', 'which', 'whom', 'anyone', 'everyone', 'all', 'any', 'some', 'one', 'many', 'most'])

// Adverbs that follow “very” as adjectives do (“swing a club very often”): no adjective to move.
const adverbsNotAdjectives = new Set(['often', 'much', 'well', 'soon', 'far', 'fast', 'hard', 'late', 'little', 'long', 'seldom', 'quickly', 'slowly', 'badly', 'recently', 'frequently'])

// Capitalised common words of bodies, not names of their own (“a coalition Government”).
const notNames = new Set(['government', 'administration', 'cabinet', 'parliament', 'congress', 'senate', 'assembly', 'council', 'state', 'states', 'ministry', 'court', 'party'])

// Words between “a” and a modifier that are degree words themselves, not nouns.
const degreeWords = new Set(['very', 'most', 'more', 'less', 'least', 'too', 'quite', 'rather', 'so', 'fairly', 'pretty', 'really', 'highly', 'truly', 'much'])
// Words in -s that are not plural nouns.
const notPluralNouns = new Set(['does', 'goes', 'says', 'this', 'thus', 'less', 'plus', 'always', 'perhaps', 'unless', 'whereas', 'towards', 'across', 'besides', 'sometimes', 'nevertheless', 'afterwards', 'news', 'series', 'means', 'has', 'was', 'his', 'its', 'yes'])
// What “still” qualifies when it stands before these: “expected still further”, “existed still continues”.
const afterStill = new Set(['another', 'other', 'more', 'further', 'farther', 'less', 'higher', 'lower', 'greater', 'larger', 'smaller', 'better', 'worse', 'longer', 'stronger', 'weaker', 'continues', 'continue', 'remains', 'remain', 'exists', 'exist', 'prevails'])
// Nouns in -ed that a determiner may precede: “the need still exists”.
const edNouns = new Set(['need', 'needs', 'feed', 'seed', 'speed', 'greed', 'deed', 'creed', 'breed', 'weed', 'bed', 'shed', 'red', 'bred', 'shred', 'steed'])
// "We need every year billions for": a time phrase between a verb and its object.
const everyUnits = new Set(['year', 'week', 'month', 'day'])
// Time adverbs the pivots put between a verb and its object.
const timeBetween = new Set(['yesterday', 'today', 'tomorrow', 'again'])
// Verbs whose object may be a clause without “that” (“announced today the plant would close”).
const sayingVerbs = new Set(['announced', 'reported', 'confirmed', 'revealed', 'stated', 'declared', 'claimed', 'indicated', 'suggested', 'disclosed', 'signaled', 'signalled', 'hinted', 'charged', 'alleged', 'testified', 'conceded', 'promised', 'pledged', 'vowed', 'feared', 'hoped', 'expected', 'believed', 'assumed', 'asserted', 'maintained', 'emphasized', 'emphasised', 'repeated', 'decided', 'agreed', 'learned', 'learnt', 'ruled', 'predicted', 'speculated', 'guessed', 'figured', 'proved', 'showed', 'demonstrated', 'reminded', 'assured', 'informed', 'ordered', 'urged', 'asked', 'forecast'])
const weekdays = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])
// “Monday through Friday”, “Monday to Friday”: a range of days is a habit, not a finished time.
const weekdayRangeLinks = new Set(['through', 'thru', 'to', 'till', 'until', 'and', 'or', '-', '–'])
/** “Yesterday”, “today” or a day of the week: the day a report gives. */
function isDay(word: string): boolean {
  return word === 'yesterday' || word === 'today' || weekdays.has(word)
}
/** A word that ends a time adverbial: a time noun (singular or plural), a month or a day, “half”, “period”. */
function isTimeWord(word: string): boolean {
  return timeNouns.has(word) || timeNouns.has(word.replace(/s$/, '')) || isCalendarWord(word) || word === 'half' || word === 'period' || word === 'semester'
}
const irregularParticiples = new Set(['forecast', 'made', 'taken', 'given', 'held', 'won', 'lost', 'paid', 'sold', 'bought', 'left', 'led', 'set', 'cut', 'hit', 'met', 'shown', 'written', 'done', 'seen', 'sent', 'spent', 'built', 'brought', 'told', 'chosen', 'begun', 'drawn', 'struck', 'put', 'found', 'kept', 'laid', 'thrown', 'broken', 'spoken', 'driven', 'risen', 'fallen', 'grown'])

const frontAdverbs = new Set(['already', 'also', 'still', 'recently', 'meanwhile', 'now'])
const bracketAdverbs = new Set(['yesterday', 'today', 'already', 'also', 'still', 'recently', 'meanwhile', 'now'])
const bracketPrepositions = new Set(['in', 'on', 'since', 'during', 'over', 'at', 'for', 'within', 'after'])
const objectStarts = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'more', 'about', 'nearly', 'almost', 'around', 'some', 'several', 'many', 'all', 'over', 'new', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens', 'hundreds', 'thousands'])
const bracketStoppers = new Set(['been', 'be', 'being', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'that', 'which', 'who', 'whom', 'and', 'or', 'but', 'not', 'to', 'as', 'if', 'when', 'because'])
// Participles whose simple past differs: “has … taken” with a past time becomes “took”.
const pastOfParticiple = new Map([['taken', 'took'], ['given', 'gave'], ['shown', 'showed'], ['written', 'wrote'], ['done', 'did'], ['seen', 'saw'], ['chosen', 'chose'], ['begun', 'began'], ['drawn', 'drew'], ['thrown', 'threw'], ['broken', 'broke'], ['spoken', 'spoke'], ['driven', 'drove'], ['risen', 'rose'], ['fallen', 'fell'], ['grown', 'grew']])
const bracketParticles = new Set(['off', 'up', 'out', 'down', 'back', 'away', 'over'])

/**
 * After “has/have/had”: a time adverbial, an object and a participle closing the clause
 * (“in the last year | more than 2,000 employees | laid off .”), or undefined. Never “been”
 * or another verb inside, so English adverbs between an auxiliary and its participle (“has
 * since been paid”, “has in many respects not been secured”) never match.
 */
function verbBracket(tokens: readonly Token[], words: readonly string[], start: number): {adverbialEnd: number; participle: number; last: number; past: boolean} | undefined {
  let adverbialEnd: number
  // A finished time (“yesterday”, “last week”, “on Monday”, “in 2023”) takes the simple past in English.
  let past = false
  const first = words[start]!
  if (bracketAdverbs.has(first)) {
    adverbialEnd = start + 1
    past = first === 'yesterday'
    // “already in 2022”, “already in the past weeks”: the adverb with a time.
    const time = bracketPrepositions.has(words[adverbialEnd] ?? '') ? prepositionalTime(tokens, words, adverbialEnd) : undefined
    if (time) {
      adverbialEnd = time.end
      past = time.past
    }
  } else if ((first === 'last' || first === 'this') && isTimeWord(words[start + 1] ?? '')) {
    adverbialEnd = start + 2
    past = first === 'last'
  } else if (bracketPrepositions.has(first)) {
    const time = prepositionalTime(tokens, words, start)
    if (!time) return undefined
    adverbialEnd = time.end
    past = time.past
  } else return undefined
  // “on Wednesday evening”, “yesterday morning”: the part of the day belongs to the time.
  if (partsOfDay.has(words[adverbialEnd] ?? '')) adverbialEnd++
  // “on Thursday in large parts of North Germany the train traffic paralyzed”: a place after the time, ending
  // in its name right before the object, goes with the time.
  if (placeAfterTime.has(words[adverbialEnd] ?? '')) {
    for (let end = adverbialEnd + 1; end < adverbialEnd + 8 && tokens[end]?.kind === 'word'; end++) {
      if (/^\p{Lu}/u.test(tokens[end]!.value) && objectStarts.has(words[end + 1] ?? '')) {
        adverbialEnd = end + 1
        break
      }
    }
  }
  const objectStart = words[adverbialEnd]
  if (objectStart === undefined || !(objectStarts.has(objectStart) || /^\d/.test(objectStart))) return undefined
  // The object: words and numbers (with their thousands commas), up to the participle.
  for (let at = adverbialEnd + 1; at < adverbialEnd + 11 && at < tokens.length; at++) {
    const token = tokens[at]!
    const word = words[at]!
    // Punctuation ends the object, but for a thousands comma and a hyphen inside a word (“F-35”).
    if (token.kind === 'punctuation' && !(word === ',' && /^\d/.test(words[at - 1] ?? '') && /^\d/.test(words[at + 1] ?? '')) && !(word === '-' && tokens[at - 1]?.end === token.start && tokens[at + 1]?.start === token.end)) return undefined
    // “for the years 2025 and 2026”: “and” between numbers belongs to the object.
    if (bracketStoppers.has(word) && !(word === 'and' && /^\d/.test(words[at - 1] ?? '') && /^\d/.test(words[at + 1] ?? ''))) return undefined
    if (token.kind !== 'word' || !isParticiple(word) || !startsLowerCase(token.value)) continue
    // The object ends in its noun: “have this year more than doubled” has none.
    const head = words[at - 1]!
    if (objectStarts.has(head) || head === 'than' || /ly$/.test(head)) return undefined
    let last = at
    if (bracketParticles.has(words[at + 1] ?? '')) last++
    const close = tokens[last + 1]
    if (close !== undefined && !/^[.,;:!?”"]$/.test(close.value)) return undefined
    return {adverbialEnd, participle: at, last, past}
  }
  return undefined
}

/** A year: “in 2023”. */
function isYear(word: string): boolean {
  return /^(1[89]|20)\d\d$/.test(word)
}

/**
 * A time phrase opening with the preposition at `at`: up to four words ending in a time word or a year (“in the
 * last year”, “on Monday”, “in 2023”), with what the time is part of (“in the first half of the year”) or was spent
 * on (“after months of dispute”). `end` is one past it; `past` says it is a finished time (a weekday, a bare year).
 */
function prepositionalTime(tokens: readonly Token[], words: readonly string[], at: number): {end: number; past: boolean} | undefined {
  let end = at + 1
  while (end < at + 5 && tokens[end]?.kind === 'word' && !(isTimeWord(words[end]!) || isYear(words[end]!))) end++
  if (!(isTimeWord(words[end] ?? '') || isYear(words[end] ?? ''))) return undefined
  // “in the first half of the year”, “in the third quarter of 2024”: the time goes on to what it is part of.
  if (words[end + 1] === 'of' && isYear(words[end + 2] ?? '')) end += 2
  else if (words[end + 1] === 'of' && (words[end + 2] === 'the' || words[end + 2] === 'this' || words[end + 2] === 'last') && timeNouns.has(words[end + 3] ?? '')) end += 3
  // “after months of dispute”: what the time was spent on, one word, before the object.
  else if (words[end + 1] === 'of' && tokens[end + 2]?.kind === 'word' && startsLowerCase(tokens[end + 2]!.value) && objectStarts.has(words[end + 3] ?? '')) end += 2
  const preposition = words[at]
  return {end: end + 1, past: (preposition === 'on' && weekdays.has(words[at + 1] ?? '')) || (preposition === 'in' && end === at + 1 && isYear(words[end]!))}
}

/** Prepositions of a place that may follow the time in a German verb bracket. */
const placeAfterTime = new Set(['in', 'across', 'throughout', 'at'])

// Words after which English inverts too (“In no case was the law applied”, “In vain were the warnings repeated”).
const demonstratives = new Set(['this', 'that', 'these', 'those'])
const negativeOpenings = new Set(['no', 'not', 'never', 'vain', 'none', 'neither', 'nor', 'only', 'such', 'so', 'little', 'hardly', 'scarcely', 'nowhere', 'rarely', 'seldom'])
// The verbs a German verb-second puts before its subject: the copula, and the passive's auxiliaries.
const copulas = new Set(['is', 'was'])
const passiveAuxiliaries = new Set(['was', 'were', 'could', 'should', 'would', 'will', 'must', 'can', 'may', 'might'])
// Adverbs between a modal and its subject in the German order: “could even 38 degrees be reached”.
const passiveAdverbs = new Set(['even', 'also', 'still', 'already', 'soon', 'now'])
// What “last” makes a finished time of: “last week”, “last Monday”.
const lastUnits = new Set(['week', 'month', 'year', 'night', 'weekend', 'spring', 'summer', 'autumn', 'fall', 'winter', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])

const partsOfDay = new Set(['morning', 'afternoon', 'evening', 'night'])
// Past verbs of saying that close a German clause without -ed: “as the ministry said”.
const finalVerbs = new Set(['said', 'told', 'wrote', 'made', 'put', 'let', 'knew', 'gave', 'took', 'held', 'meant', 'found'])

/** A participle after “has the minister …”: regular, or one of the common irregular ones. */
function isParticiple(word: string): boolean {
  return irregularParticiples.has(word) || (/ed$/.test(word) && !edNouns.has(word))
}

/**
 * A time phrase that opens a sentence (“Yesterday”, “On Monday”, “Last week”, “This year”,
 * “In 2023”), with where it ends and whether it is in the past.
 */
function timeOpening(tokens: readonly Token[], words: readonly string[], opening: number): {end: number; past: boolean} | undefined {
  // “Already on Tuesday evening had the airline cancelled …”: “already” before the time.
  if (words[opening] === 'already') return timeOpening(tokens, words, opening + 1)
  const found = timeOpeningAt(tokens, words, opening)
  // “On Tuesday evening”, “Yesterday morning”: the part of the day belongs to the time.
  if (found && partsOfDay.has(words[found.end] ?? '')) found.end++
  return found
}

function timeOpeningAt(tokens: readonly Token[], words: readonly string[], opening: number): {end: number; past: boolean} | undefined {
  const first = words[opening]
  if (first === 'yesterday') return {end: opening + 1, past: true}
  if (first === 'today') return {end: opening + 1, past: false}
  const second = words[opening + 1] ?? ''
  if (first === 'on' && weekdays.has(second)) return {end: opening + 2, past: true}
  if (first === 'last' && timeNouns.has(second)) return {end: opening + 2, past: true}
  if (first === 'this' && timeNouns.has(second)) return {end: opening + 2, past: false}
  if (first === 'in' && /^(1[89]|20)\d\d$/.test(tokens[opening + 1]?.value ?? '')) return {end: opening + 2, past: true}
  // “Since then have the authorities discovered …”, “So far has the party won …”: the perfect follows.
  if ((first === 'since' && second === 'then') || (first === 'so' && second === 'far') || (first === 'until' && second === 'now')) return {end: opening + 2, past: false}
  // “Since 2019 has the number doubled”, “Since January”, “Since the beginning of the year has the share price risen”.
  if (first === 'since' && (/^(1[89]|20)\d\d$/.test(tokens[opening + 1]?.value ?? '') || isCalendarWord(second))) return {end: opening + 2, past: false}
  if (first === 'since' && second === 'the' && (words[opening + 2] === 'beginning' || words[opening + 2] === 'start') && words[opening + 3] === 'of') {
    const what = words[opening + 4] === 'the' ? opening + 5 : opening + 4
    if (timeNouns.has(words[what] ?? '') || isCalendarWord(words[what] ?? '') || /^(1[89]|20)\d\d$/.test(tokens[what]?.value ?? '')) return {end: what + 1, past: false}
  }
  return undefined
}

// Prepositions that open a phrase, never a clause: a perfect auxiliary right after their phrase,
// then its subject, is German verb-second (“Nach Wochen des Streits haben die Parteien sich geeinigt”).
// The second word is what the first needs (“according to”, “because of”).
const phrasePrepositions = new Map<string, string | undefined>([
  ['with', undefined], ['despite', undefined], ['following', undefined], ['during', undefined], ['under', undefined],
  ['through', undefined], ['in', undefined], ['at', undefined], ['from', undefined], ['without', undefined], ['amid', undefined],
  ['according', 'to'], ['thanks', 'to'], ['due', 'to'], ['because', 'of']
])
// These open clauses too (“After the parties have the votes needed …”): only before a span of time.
const spanPrepositions = new Set(['after', 'before', 'since', 'for'])
const timeSpans = new Set(['minutes', 'hours', 'days', 'weeks', 'months', 'years', 'decades'])
// Prepositions inside an opening phrase (“according to the agency”, “after weeks of dispute”).
const openingLinks = new Set(['of', 'to', 'in', 'at', 'on', 'for', 'with', 'from', 'by', 'after', 'before', 'since', 'during', 'under', 'through', 'despite', 'following', 'without', 'amid', 'between', 'among', 'over', 'into'])
// Words that start a clause inside the opening: its verb is then not the sentence's.
const clauseStarts = new Set(['who', 'which', 'that', 'whose', 'whom', 'where', 'when', 'while', 'if', 'as', 'because', 'whether', 'how', 'what', 'why', 'once', 'unless', 'although', 'though', 'so'])

/**
 * “After weeks of dispute have the parties agreed”, “In Germany has the government approved”: the
 * end of a prepositional opening (the index of the perfect auxiliary right after it), or `undefined`.
 */
function phraseOpening(tokens: readonly Token[], words: readonly string[], opening: number, auxiliaries: ReadonlySet<string> = perfectAuxiliaries, openingFor = false): number | undefined {
  const first = words[opening] ?? ''
  let at = opening + 1
  // “For Saxony-Anhalt is the decision …”: a “for” of whom it concerns, where the caller's verb shows it.
  if (openingFor && first === 'for') {
    // Any noun phrase.
  } else if (spanPrepositions.has(first)) {
    if (!timeSpans.has(words[at] ?? '') && !timeSpans.has(words[at + 1] ?? '')) return undefined
  } else if (phrasePrepositions.has(first)) {
    const needed = phrasePrepositions.get(first)
    if (needed !== undefined) {
      if (words[at] !== needed) return undefined
      at++
    }
  } else return undefined
  // A question inverts in English too (“In which cities have prices risen most?”), and so does a negation.
  if (words[words.length - 1] === '?') return undefined
  for (let end = at; end < opening + 10; end++) {
    const token = tokens[end]
    if (token === undefined || token.kind !== 'word') return undefined
    const word = words[end]!
    if (auxiliaries.has(word)) return end > at ? end : undefined
    if (clauseStarts.has(word) || subjectPronouns.has(word) || word === 'there' || negativeOpenings.has(word)) return undefined
    // A second noun phrase not led by a preposition is the clause's subject (“In 1954 the Congress had …”,
    // “Under ordinary circumstances this inquiry could …”).
    if ((objectDeterminers.has(word) || demonstratives.has(word)) && end > at && !openingLinks.has(words[end - 1]!)) return undefined
  }
  return undefined
}

// Verbs that take a target after their object (“lower its tariff to zero”).
const targetVerbs = new Set(['lower', 'lowered', 'lowers', 'lowering', 'reduce', 'reduced', 'reduces', 'reducing', 'cut', 'cuts', 'cutting', 'raise', 'raised', 'raises', 'raising', 'increase', 'increased', 'increases', 'increasing', 'bring', 'brought', 'brings', 'bringing', 'lift', 'lifted', 'lifts', 'lifting'])
// Words that open a new clause or phrase after an object.
const clauseOpeners = new Set(['that', 'which', 'who', 'and', 'but', 'while', 'because', 'as', 'after', 'before', 'when', 'if', 'unless', 'until', 'by', 'from', 'in', 'within', 'over', 'during', 'since', 'to'])
// A relative clause after an inverted subject belongs to it: the sentence is left as it is.
const relativePronouns = new Set(['who', 'which', 'whose', 'whom', 'that'])
// Determiners before a noun and its postposed adjective (not “that”: “a crisis that is global”).
const postposingDeterminers = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this'])
// After the postposed adjective, “and” with one of these starts another phrase: “speaks of blockade naval and then opens”.
const andGoesOn = new Set(['then', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'also', 'now'])
// Words that modify rather than name, before a relational adjective: “the most political”, “the only economic”.
const notNounsBeforeAdjective = new Set(['first', 'second', 'third', 'last', 'next', 'only', 'same', 'other', 'main', 'new', 'old', 'big', 'great', 'major', 'key', 'top', 'former', 'whole', 'entire', 'real', 'true', 'full', 'high', 'low', 'most', 'more', 'less', 'least', 'few', 'many', 'several', 'very', 'all', 'such', 'own', 'public', 'private', 'general', 'purely', 'strictly', 'wider', 'broader', 'non', 'anti', 'pro', 'socio', 'geo', 'politico', 'each', 'every', 'one', 'two', 'three', 'both', 'either', 'neither', 'no', 'any', 'some'])
// Verbs whose object takes a complement adjective: “made the process political”.
const complementVerbs = new Set(['make', 'makes', 'made', 'making', 'render', 'renders', 'rendered', 'keep', 'keeps', 'kept', 'keeping', 'turn', 'turns', 'turned', 'consider', 'considers', 'considered', 'deem', 'deems', 'deemed', 'declare', 'declares', 'declared', 'find', 'finds', 'found', 'call', 'calls', 'called', 'become', 'becomes', 'became', 'get', 'gets', 'got', 'leave', 'leaves', 'left', 'go', 'goes', 'went'])
// Small words inside Romance and Germanic names (“Porta a Porta”, “Fratelli d’Italia”, “Partido de la Gente”), not English prepositions.
const foreignNameLinks = new Set(['a', 'de', 'da', 'di', 'do', 'del', 'della', 'dei', 'dos', 'das', 'du', 'des', 'la', 'le', 'y', 'e', 'per', 'von', 'van', 'der', 'den', 'zu', 'el', 'lo', 'il'])
// Whom a statement was made to: “declared to the press”, “told reporters”.
const audienceNouns = new Set(['press', 'media', 'journalists', 'reporters', 'newspapers', 'radio', 'television'])
// Verbs English does invert after a quote (“…, said the minister.”): only with a day between.
const invertingVerbs = new Set(['said', 'added', 'explained', 'warned', 'noted', 'stressed', 'insisted', 'told'])
const objectFirstVerbs = new Set(['confirmed', 'said', 'announced', 'reported', 'explained', 'wrote', 'stressed', 'declared', 'added', 'emphasized', 'emphasised', 'told', 'stated'])
const articles = new Set(['the', 'a', 'an'])
// Small words inside the name of a body (“Institute of Statistics and Censuses”).
const nameConnectors = new Set(['of', 'and', 'for', 'de'])
/** Reporting verbs English never puts before their subject (“…, communicated the institute.”), unlike “said” or “reported”. */
const foreignInvertingVerbs = new Set(['communicated', 'informed', 'specified', 'precised', 'underlined', 'affirmed'])
/** “in a (joint) statement”: where a reporting verb's words were given. */
const statementModifiers = new Set(['joint', 'written', 'brief', 'short', 'press'])
const statementNouns = new Set(['statement', 'communiqué', 'communique', 'note', 'release'])
/** Prepositions that open a phrase before a German verb-second clause (“For the rest of the year expects …”). */
const phraseOpeners = new Set(['for', 'in', 'after', 'before', 'since', 'with', 'from', 'during', 'until', 'despite', 'at', 'on', 'over', 'through', 'under', 'because', 'due', 'given', 'against', 'amid', 'following'])
/** Verbs of saying, planning and judging: English never puts them before their subject after an opening phrase. */
const verbsNeverInverted = new Set(['reacts', 'reacted', 'responds', 'seeks', 'sought', 'expects', 'expected', 'reckons', 'reckoned', 'sees', 'plans', 'planned', 'wants', 'wanted', 'announced', 'announces', 'reported', 'reports', 'warned', 'warns', 'decided', 'decides', 'demands', 'demanded', 'rejected', 'rejects', 'criticized', 'criticised', 'criticizes', 'criticises', 'welcomed', 'welcomes', 'estimates', 'estimated', 'forecasts', 'predicts', 'predicted', 'fears', 'feared', 'hopes', 'hoped', 'considers', 'considered', 'intends', 'intended', 'presented', 'presents', 'approved', 'approves', 'confirmed', 'confirms', 'stressed', 'explained', 'promised', 'promises', 'calls', 'called', 'says', 'said'])
/** Words that end an opening phrase before any verb could: a clause or an auxiliary of its own. */
const phraseStoppers = new Set(['who', 'which', 'that', 'where', 'when', 'whom', 'whose', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'must', 'should', 'may', 'might', 'and', 'or', 'but', 'to'])
/** “want” as German “wollen”: its verb takes “to” in English. */
const wantForms = new Set(['wants', 'want', 'wanted'])
/** Words that open a German middle field: prepositions and quantities (“in two years”, “up to 3,500 positions”). */
const middleOpeners = new Set(['in', 'at', 'on', 'for', 'until', 'by', 'with', 'from', 'over', 'under', 'after', 'before', 'during', 'within', 'above', 'below', 'between', 'through', 'since', 'despite', 'up', 'more', 'fewer', 'less', 'around', 'about', 'all', 'both', 'each', 'every', 'several', 'some', 'many', 'another'])
/** Verbs that are also adjectives (“open”, “close”): a German last verb after “will”, “should”…, never after “want”. */
const adjectiveVerbs = new Set(['open', 'close', 'reopen', 'clear', 'free'])
/** Words after “, ” that go on with a list of verbs sharing one subject (“She resigned, criticised the leader, and left.”). */
const listJoiners = new Set(['and', 'or', 'but', 'then'])
// Reporting verbs that are the pivot's, not English (fr: a communiqué, a précisé; it: ha sottolineato), as English says them.
const pivotReportingVerbs = new Map([['communicated', 'said'], ['precised', 'said'], ['underlined', 'stressed']])
// Prepositions of a short phrase of time or place that may close an inverted perfect (“… at the end of the meeting.”).
const perfectClosingPrepositions = new Set(['at', 'in', 'during', 'after', 'before', 'from'])
/** Words after a comma that start a second clause: the first one may end with the German last verb. */
const clauseJoiners = new Set(['but', 'and', 'while', 'because', 'although', 'as', 'since'])
/** Participles that belong to a time (“in the coming weeks”), not a verb of their own. */
const timeParticiples = new Set(['coming', 'following', 'remaining', 'upcoming', 'past'])
/** Adverbs that open a German middle field and stand before the verb in English (“must also … make”). */
const preVerbAdverbs = new Set(['also', 'still', 'now', 'then', 'already', 'only', 'even', 'finally', 'soon', 'probably', 'again', 'first', 'initially', 'further', 'definitely', 'certainly', 'likely'])
/** Words before a modal that invert it in English (“Only then will …”, “nor can …”). */
const inversionTriggers = new Set(['then', 'only', 'nor', 'neither', 'so', 'rarely', 'seldom', 'never', 'hardly', 'scarcely', 'little', 'where', 'how', 'why', 'what', 'when'])
/** Words that cannot stand between a German modal and its last verb: clause words and verbs of their own. */
const middleStoppers = new Set(['that', 'which', 'who', 'whom', 'whose', 'what', 'if', 'when', 'while', 'because', 'and', 'or', 'but', 'to', 'be', 'been', 'have', 'has', 'had', 'do', 'does', 'did', 'than', 'as'])
/** Words that take the object before a modal in English (“what the court may decide”). */
const whWords = new Set(['what', 'which', 'whatever', 'whichever', 'who', 'whom', 'how', 'that', 'where', 'when', 'why'])
/** Lower-case particles inside names (“Van der Bellen”, “da Silva”). */
const nameParticles = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'di', 'del', 'la', 'le', 'dos', 'das'])
/** What a body's name may end with after “of the” (“the Civil Defense of the state”). */
const placeNouns = new Set(['state', 'country', 'city', 'region', 'province', 'capital', 'island', 'municipality'])
// Mass nouns that name offices (“a plan of finance”, “ministry of justice”): English writes them after “of” too.
const institutionWords = new Set(['finance', 'justice', 'interior', 'economy', 'defense', 'defence', 'health', 'education', 'labour', 'labor'])
/** An article written like `written` (“A”, “an”): its case kept, the word chosen by what follows. */
function matchArticle(written: string, article: string): string {
  return /^\p{Lu}/u.test(written) ? article.charAt(0).toUpperCase() + article.slice(1) : article
}
const objectDeterminers = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our'])
const sequenceWords = new Set(['next', 'following', 'last', 'same', 'previous', 'first', 'whole', 'entire', 'rest'])
const perfectAuxiliaries = new Set(['has', 'have', 'had'])
// “has spoken often with” is English; these three are not, after the participle.
const perfectAdverbs = new Set(['already', 'also', 'never', 'repeatedly'])
const afterPerfectPrepositions = new Set(['to', 'for', 'with', 'on', 'in', 'at', 'about', 'against', 'into', 'from'])
const modalsAndTo = new Set(['will', 'would', 'to', 'can', 'could', 'must', 'should', 'shall', 'may', 'might'])
const subjectPronouns = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it'])
const closers = new Set(['for', 'in', 'on', 'at', 'to', 'from', 'with', 'by', 'into', ',', '.', ';', '!', '?'])
// Words that end a phrase without closing an object, and verbs whose complement is a clause ("said every year the company grows").
const phraseBreaks = new Set(['around', 'before', 'after', 'during', 'since', 'until', 'through', 'across', 'near', 'over', 'under', 'about', 'between', 'against', 'without', 'like', 'as', 'when', 'while', 'because', 'if', 'and', 'or', 'but', 'so', 'than', 'then', 'that', 'is', 'are', 'was', 'were'])
const clauseVerbs = new Set(['said', 'says', 'say', 'think', 'thinks', 'thought', 'believe', 'believes', 'know', 'knew', 'knows', 'hope', 'hopes', 'expect', 'expects', 'feel', 'feels', 'claim', 'claims', 'argue', 'argues', 'warn', 'warns', 'hear', 'heard', 'see', 'saw', 'find', 'found', 'realise', 'realize', 'notice', 'noticed', 'happens', 'happen', 'happened'])

// Adjectives that, capitalised after a name and before lower-case words, can only be its possessive's.
const possessiveAdjectives = new Set(['last', 'first', 'latest', 'previous', 'recent', 'new', 'own', 'former', 'final', 'second'])
// Irregular past tenses that can follow “first” or “last” used as adverbs (“Trump first spoke”),
// besides those of `commonPastVerbs` and any -ed form.
const pastVerbs = new Set(['spoke', 'said', 'saw', 'went', 'came', 'told', 'wrote', 'ran', 'became', 'began', 'thought', 'knew', 'found', 'got', 'put', 'sat', 'stood', 'heard', 'felt', 'brought', 'sent', 'spent', 'built', 'fell', 'rose', 'grew', 'drew', 'flew', 'did', 'was', 'were', 'had'])

// "Trump Last year …": a time phrase, not a possession.
const timeNouns = new Set(['year', 'week', 'month', 'night', 'time', 'summer', 'winter', 'spring', 'autumn', 'fall', 'day', 'weekend', 'decade', 'season', 'minute', 'hour', 'quarter', 'morning', 'evening'])

// Plurals that stay plural before a noun ("sales figures", "arms exports").
const pluralModifiers = new Set(['sales', 'arms', 'news', 'goods', 'savings', 'earnings', 'clothes', 'customs', 'species', 'series', 'means', 'glass', 'gas', 'bus', 'press', 'business', 'mathematics', 'physics', 'economics', 'politics', 'services'])

/** Whether a day follows the verb at `verb`: “said Monday”, “said on Monday”, “added this Tuesday”. */
function dayFollows(words: readonly string[], verb: number): boolean {
  return isDay(words[verb + 1] ?? '') || ((words[verb + 1] === 'on' || words[verb + 1] === 'this') && weekdays.has(words[verb + 2] ?? ''))
}

// Bits of the word classes the main loop gates its rules on (see `wordGates`).
const kindFirst = 1
const perfectAdverb = 2
const determiner = 4
const postposing = 8
const participlePreposition = 16
const article = 32
const timeBetweenBit = 64
const perfectAuxiliary = 128
const targetVerb = 256
const nationalityRole = 512
const relationalAdjective = 1024
const bracketModal = 2048
const modalOrTo = 1 << 12
const timePhraseStart = 1 << 13
const victoryVerb = 1 << 14
const resultNoun = 1 << 15
const finishedTime = 1 << 16

// What may stand between a present verb and “since” (see verbBeforeComplement).
const complementPrepositions = new Set(['on', 'in', 'at', 'with', 'for', 'about', 'against', 'to', 'from'])
const complementOpeners = new Set([...complementPrepositions, 'the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'this', 'these'])
const complementStops = new Set(['most', 'least', 'first', 'last', 'only', 'since', 'and', 'or', 'but', 'that', 'which', 'who', 'whom', 'whose', 'what', 'when', 'where', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'not'])
// Adverbs German and the Romance languages put after a present-tense verb (“braucht jetzt eine”, “rechaza
// reiteradamente el”); English puts them before it. Not “only”, “exactly”, “once”, “again”: English
// puts those after the verb too (“it makes only a small contribution”, “felt again the ache”).
const presentAdverbs = new Set(['also', 'already', 'never', 'often', 'always', 'now', 'meanwhile', 'repeatedly', 'regularly', 'constantly', 'currently', 'usually', 'increasingly', 'still'])
const singularSubjects = new Set(['he', 'she', 'it'])
const relativeSubjects = new Set(['who', 'which', 'that'])
const finiteAfterNow = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'must', 'may', 'might', 'should', 'seems', 'looks'])

/** Whether a finite verb comes within a few words of `from`: the words after “now” are then a clause. */
function clauseFollows(words: readonly string[], from: number): boolean {
  for (let at = from; at < from + 4 && at < words.length; at++) {
    const word = words[at]!
    if (finiteAfterNow.has(word)) return true
    if (word === ',' || word === '.' || relativeSubjects.has(word)) return false
  }
  return false
}

/**
 * Whether the word at `index` is a present-tense verb right after its subject: “he needs”, “they need”,
 * “the government needs”, “the two sides need”, “Siemens needs”, “which needs”. The verb must have
 * verb forms in the dictionary (“needed”, “needing”), and agree: a noun in -s after a determiner is
 * a plural subject, not a verb.
 */
function presentVerbAfterSubject(tokens: readonly Token[], words: readonly string[], index: number): boolean {
  const lexicon = englishLexicon()
  const word = words[index]!
  const subject = words[index - 1]
  const subjectToken = tokens[index - 1]
  if (subject === undefined || subjectToken?.kind !== 'word') return false
  const singular = () => /[^su]s$/.test(word) && !notPluralNouns.has(word) && presentTenseBase(word) !== undefined
  const plain = () => !/s$/.test(word) && presentTenseBase(word) === word
  if (singularSubjects.has(subject)) return singular()
  // Not “have” (“they have now a majority” is formal English), and not after “I” or “we”: formal English
  // writes “I recommend also an enlargement”, “we consider now the graph”.
  if (subject === 'they') return word !== 'have' && plain()
  if (relativeSubjects.has(subject)) return word !== 'have' && (singular() || plain())
  // A noun after a determiner, perhaps with one word between: “the government”, “the German government”.
  // The noun in lower case: in “our Indian neighbors also a spirit” the capital is an adjective.
  const nounPhrase = startsLowerCase(subjectToken.value) && !determiners.has(subject) && !notInPhrase.has(subject) && (determiners.has(words[index - 2] ?? '') || (startsLowerCase(tokens[index - 2]?.value ?? '') && determiners.has(words[index - 3] ?? '')))
  // Not the object of a preposition (“discharged from the armed forces since May”), not a participle.
  const determinerAt = determiners.has(words[index - 2] ?? '') ? index - 2 : index - 3
  if (nounPhrase && (openingLinks.has(words[determinerAt - 1] ?? '') || /(?:ed|ing)$/.test(subject))) return false
  // Nor a verb's object (“reported its worst punctuality figures since 2003”): before the subject comes
  // the start, punctuation, a conjunction, a name or a time (“On Monday the government”, “last week the”).
  if (nounPhrase && determinerAt > 0) {
    const before = tokens[determinerAt - 1]!
    const word = words[determinerAt - 1]!
    // A name or a day only near the opening (“In Berlin the”), not after a verb (“reported on Monday its”).
    if (!(before.kind !== 'word' || (isCapitalized(before.value) && determinerAt <= 3) || clauseStarts.has(word) || clauseOpeners.has(word) || timeNouns.has(word) || word === 'and' || word === 'but' || word === 'or' || word === 'then' || word === 'now')) return false
  }
  if (nounPhrase) return /s$/.test(subject) && !/ss$/.test(subject) ? plain() : singular()
  // A name: “Siemens needs now”, standing alone (not “our Indian neighbors also”, “among Indian …”). First
  // in the sentence, only a word the dictionary does not have in lower case.
  const before = words[index - 2]
  if (isCapitalized(subjectToken.value) && !determiners.has(subject) && (index - 1 > 0 ? !determiners.has(before!) && !openingLinks.has(before!) : !lexicon.isCommonWord(subject))) return singular()
  return false
}

// Modals German leaves before a time phrase, with the verb at the end: “wird in den kommenden Jahren
// weiter steigen” → “will in the coming years rise further”.
const bracketModals = new Set(['will', 'would', 'can', 'could', 'should', 'must', 'shall', 'may', 'might'])
// Adverbs that may follow the final verb: “worsen further”, “rise again”.
const finalAdverbs = new Set(['further', 'again', 'sharply', 'significantly', 'slightly', 'strongly', 'considerably', 'substantially', 'markedly', 'noticeably'])

/** The end of a time phrase at `at` that German puts before its final verb: “in the coming years”, “next year”, “by 2030”. */
function bracketTime(words: readonly string[], at: number): number | undefined {
  const first = words[at]
  const second = words[at + 1] ?? ''
  const third = words[at + 2] ?? ''
  if ((first === 'next' || first === 'this') && second !== 'time' && timeNouns.has(second)) return at + 2
  if ((first === 'by' || first === 'until' || first === 'from' || first === 'in') && /^20\d\d$/.test(second)) return at + 2
  if (first === 'in' && second === 'future') return at + 2
  if (first === 'in' && second === 'the' && (third === 'future' || third === 'long' || third === 'medium' || third === 'short')) return third === 'future' ? at + 3 : words[at + 3] === 'term' ? at + 4 : undefined
  if (first === 'in' && second === 'the' && (third === 'coming' || third === 'next') && timeSpans.has(words[at + 3] ?? '')) return at + 4
  if (first === 'in' && second === 'the' && third === 'next' && (words[at + 3] === 'few' || countWords.has(words[at + 3] ?? '')) && timeSpans.has(words[at + 4] ?? '')) return at + 5
  return undefined
}

// How many of a time span: “for two years”, “since several months”.
const countWords = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twelve', 'several', 'many', 'some', 'few'])
// Plain verbs that are also a simple past: “For years they put money aside” may be past.
const pastAlike = new Set(['put', 'set', 'cut', 'hit', 'let', 'read', 'lay', 'spread', 'shut', 'quit', 'bet', 'hurt', 'split', 'beat', 'cast', 'burst', 'thrust', 'fit', 'rid', 'shed', 'slit', 'spit', 'upset', 'broadcast', 'forecast', 'bid'])
// Verbs that take no progressive (“have known”, not “have been knowing”): left alone.
// Stative verbs whose perfect is plain English with a duration: “the limit applies since March” → “has applied”
// (“has been applying” reads as an action).
const stativePerfects = new Map([['apply', 'applied'], ['exist', 'existed'], ['remain', 'remained'], ['last', 'lasted'], ['belong', 'belonged'], ['depend', 'depended'], ['own', 'owned'], ['lack', 'lacked'], ['contain', 'contained']])
const stativeVerbs = new Set(['apply', 'last', 'be', 'have', 'do', 'know', 'want', 'need', 'own', 'belong', 'seem', 'believe', 'like', 'love', 'hate', 'mean', 'exist', 'contain', 'consist', 'cost', 'depend', 'deserve', 'fit', 'include', 'involve', 'matter', 'remain', 'resemble', 'understand', 'prefer', 'possess', 'lack', 'owe', 'weigh', 'equal', 'appear', 'hear', 'see', 'recognize', 'recognise', 'realize', 'realise', 'suppose', 'doubt'])

/** Prepositions of place: a nationality and a name after them is a place (“on the Spanish Costa Brava”). */
const placePrepositions = new Set(['in', 'on', 'at', 'across', 'near', 'along', 'into', 'through', 'throughout', 'around', 'off', 'onto', 'toward', 'towards'])

/** A first name and a surname at `at`: two capitalised words that are no common words, and no third after them. */
function personNameAt(tokens: readonly Token[], at: number): boolean {
  const isName = (token: Token | undefined) => token?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(token.value) && !englishLexicon().isCommonWord(token.value) && !isCalendarWord(token.value)
  const after = tokens[at + 2]
  return isName(tokens[at]) && isName(tokens[at + 1]) && !(after?.kind === 'word' && /^\p{Lu}/u.test(after.value))
}

/** Nouns of a phrase of degree or manner (“in some degree”, “in large measure”, “in many ways”). */
const mannerPhraseNouns = new Set(['degree', 'measure', 'part', 'extent', 'respect', 'respects', 'way', 'ways', 'sense', 'manner', 'form', 'fashion'])
/** Words after a comma that open a phrase added to the clause before (“, above all in …”, “, especially for …”). */
const addedPhraseOpeners = new Set(['above', 'especially', 'mainly', 'particularly', 'notably', 'including', 'primarily', 'chiefly'])
/**
 * Where the clause with a German last verb ends: the sentence's closing mark (before any closing quotes),
 * or the comma before “, but …” or an added phrase (“, above all …”); undefined when neither closes it.
 */
function clauseEnd(tokens: readonly Token[], words: readonly string[], opening: number): number | undefined {
  let last = words.length - 1
  while (last > opening && closingQuotes.has(words[last]!)) last--
  for (let at = opening + 1; at < last; at++) {
    // “…, but”, or the comma that closes a quotation (“… approved be,” she said).
    // Or the comma before an added phrase: “… invest will, above all in the area of AI.”
    if (words[at] === ',' && (clauseJoiners.has(words[at + 1]!) || closingQuotes.has(words[at + 1]!) || (quoteClosingVerbs.has(words[at + 1]!) && at + 2 < last) || addedPhraseOpeners.has(words[at + 1]!))) {
      last = at
      break
    }
  }
  if ((tokens[last]?.value !== '.' && tokens[last]?.value !== ',') || last - 1 <= opening) return undefined
  return last
}

/**
 * Where the object starts in a German middle field that opens with a phrase (“until the end of the year | its
 * costs”, “in the coming days | an emergency aid”), or -1: English puts the object first and the phrase after.
 * The object starts at a determiner or a quantity that no preposition or “of” runs into.
 */
function objectAfterPhrase(middleWords: readonly string[], from: number, to: number): number {
  // “this year | around two billion euros”: a time of its own, then the object.
  if (timeNounPhrase(middleWords, from)) return from + 2 < to && (objectDeterminers.has(middleWords[from + 2]!) || quantityObjectAt(middleWords, from + 2)) ? from + 2 : -1
  if (!leadingPhrasePrepositions.has(middleWords[from]!) && !partOf(middleWords, from)) return -1
  for (let at = from + 2; at < to - 1; at++) {
    const previous = middleWords[at - 1]!
    if (middleStoppers.has(previous) || previous === 'of' || leadingPhrasePrepositions.has(previous) || objectDeterminers.has(previous) || innerPrepositions.has(previous)) continue
    // A verb of change's target (“to 2.4 percent”) goes first, like an object.
    if (objectDeterminers.has(middleWords[at]!) || quantityObjectAt(middleWords, at) || numberTargetAt(middleWords, at)) return at
  }
  return -1
}
/** “this year”, “next week”: a time without a preposition that may open a German middle field. */
function timeNounPhrase(words: readonly string[], at: number): boolean {
  return (words[at] === 'this' || words[at] === 'next' || words[at] === 'last') && timeUnits.has(words[at + 1] ?? '')
}
const timeUnits = new Set(['year', 'week', 'month', 'quarter', 'weekend', 'spring', 'summer', 'autumn', 'fall', 'winter'])
/**
 * A word in -ing or -ed that is a verb of its own in a German middle field: not a time (“the coming weeks”),
 * and not after an article, where it is a noun or an adjective (“as part of a restructuring”, “the planned cuts”).
 */
function verbFormAt(words: readonly string[], at: number): boolean {
  const value = words[at]!
  return /(?:ing|ed)$/.test(value) && !timeParticiples.has(value) && !articles.has(words[at - 1] ?? '')
}
/** “as part of”, a phrase opener (im Rahmen), where “as” would otherwise open a clause. */
function partOf(words: readonly string[], at: number): boolean {
  return words[at] === 'as' && words[at + 1] === 'part' && words[at + 2] === 'of'
}
/** Prepositions a determiner may follow inside a phrase (“around the two-percent mark”): no object starts there. */
const innerPrepositions = new Set(['up', 'around', 'about', 'over', 'under', 'above', 'below', 'near', 'against', 'between', 'through', 'across', 'into', 'onto', 'toward', 'towards', 'for', 'with', 'without', 'to', 'from', 'among', 'beyond', 'behind', 'via'])
/** Prepositions that open a time or place phrase before a German object. */
const leadingPhrasePrepositions = new Set(['until', 'by', 'in', 'within', 'during', 'before', 'after', 'over', 'from', 'on', 'at'])
/** Words that open a German subordinate clause, whose verb and auxiliary come last (dass, weil, ob, wenn …). */
const subordinators = new Set(['that', 'because', 'although', 'though', 'if', 'whether', 'when', 'while', 'since', 'after', 'before', 'until'])
/** Determiners that open the subject of such a clause. */
const subjectDeterminers = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'many', 'some', 'most'])
/** Reporting verbs after a comma that close the clause before them (“…, said a speaker.”). */
const quoteClosingVerbs = new Set(['said', 'says', 'told', 'added', 'explained', 'stressed', 'warned'])
/** Whether the word at `at` is a modal: “must”, “will” …, or the “to” of “had to”, “needs to”. */
function isModalAt(words: readonly string[], at: number): boolean {
  const word = words[at]!
  return bracketModals.has(word) || (word === 'to' && toModals.has(words[at - 1] ?? ''))
}
/** Verbs before “to” that make it a modal: “had to be evacuated”, “needs to be approved”. */
const toModals = new Set(['had', 'has', 'have', 'needs', 'need', 'needed', 'ought'])
/** What opens the phrase in a German passive before its participle (“by the Bundesrat”, “because of”). */
const passivePhraseOpeners = new Set([...middleOpeners, 'because', 'due', 'via', 'without', 'as', 'only', 'immediately', 'completely', 'fully', 'partly', 'temporarily'])
/** Words that open a two-word time phrase between a verb and its object (“on Thursday”, “last night”, “in July”). */
const timePhraseStarts = new Set(['on', 'last', 'in', 'this'])
/** Verbs that report but also take a plain object after a day: “reported on Thursday a net profit”, “maintained on Wednesday the rate”. */
const objectTakingReporters = new Set(['reported', 'maintained', 'announced', 'confirmed', 'revealed'])
/** Finite verbs that show a reported clause rather than an object (“reported on Friday the company had …”). */
const objectVerbs = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does', 'do', 'plans', 'wants', 'needs', 'expects'])
/** Prepositions that may close an object before a moved time phrase (“opened in July a procedure against France”). */
const objectClosingPrepositions = new Set(['against', 'over', 'during', 'through', 'across', 'under', 'about', 'between', 'without'])
/** Words that open a clause of their own, so a phrase after an object stops before them. */
const phraseClauseWords = new Set(['that', 'which', 'who', 'whom', 'whose', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'when', 'while', 'because', 'if', 'and', 'or', 'but', 'so', 'than', 'then', 'as', 'like', 'to'])
/** German participles with their own preposition (mit etwas rechnen, vor etwas warnen): the preposition as translated, and the English verb. */
const prepositionalParticiples = new Map<string, readonly [string, string]>([
  ['reckoned', ['with', 'expected']],
  ['calculated', ['with', 'expected']],
  ['counted', ['with', 'expected']],
  ['warned', ['before', 'warned of']]
])
/** A match's score: “3-1”, “2–0”. */
const scorePattern = /^\d{1,2}[-–]\d{1,2}$/
/** Results a score may follow in the pivots' order (“their victory 1-0”), and what stands before them. */
const resultNouns = new Set(['victory', 'win', 'defeat', 'loss', 'draw', 'triumph', 'success'])
const resultDeterminers = new Set(['a', 'the', 'their', 'its', 'his', 'her', 'our', 'this'])
/** Verbs of winning that take the beaten team as object (“defeated Barcelona 3-1”). */
const victoryVerbs = new Set(['defeated', 'defeats', 'defeat', 'defeating', 'beat', 'beats', 'beating', 'thrashed', 'thrashes', 'thrashing', 'crushed', 'crushes', 'crushing', 'routed', 'edged', 'overcame', 'eliminated', 'downed'])
/** Political leanings the pivots put between a party's kind and its name (“the party far-right Chega”). */
const politicalLeanings = new Set(['far-right', 'far-left', 'center-right', 'centre-right', 'center-left', 'centre-left', 'ultra-right', 'extreme-right', 'extreme-left', 'right-wing', 'left-wing', 'conservative', 'socialist', 'liberal', 'populist', 'nationalist', 'green', 'ultranationalist', 'centrist'])
/** Comparatives of manner that follow the participle in English (“be deported faster”). */
const mannerComparatives = new Set(['faster', 'sooner', 'quicker', 'earlier', 'later', 'better'])
/** Adverbs a German perfect puts between its object and participle (“hat den Leitzins erneut gesenkt”). */
const objectFirstAdverbs = new Set(['again', 'further', 'also', 'now', 'not', 'significantly', 'sharply', 'slightly', 'considerably', 'clearly', 'massively', 'markedly', 'substantially', 'drastically', 'noticeably', 'strongly', 'finally', 'temporarily', 'unexpectedly', 'surprisingly'])

/** “to 2.4 percent”, “to 10%”: a verb of change's target, where “to” is no infinitive. */
function numberTargetAt(words: readonly string[], at: number): boolean {
  return words[at] === 'to' && /^\d/.test(words[at + 1] ?? '')
}

/** Whether the token at `at` is the comma inside a number (“90,000” is three tokens). */
function thousandsComma(tokens: readonly Token[], at: number): boolean {
  return tokens[at]!.value === ',' && /^\d+$/.test(tokens[at - 1]?.value ?? '') && /^\d{3}$/.test(tokens[at + 1]?.value ?? '')
}

/** Whether the word at `at` is a verb (a finite auxiliary, a form in -ed, a present form), not a preposition or a determiner. */
function verbFollows(tokens: readonly Token[], words: readonly string[], at: number): boolean {
  const word = words[at] ?? ''
  const token = tokens[at]
  if (token?.kind !== 'word' || !startsLowerCase(token.value) || openingLinks.has(word) || objectDeterminers.has(word)) return false
  return secondVerbs.has(word) || perfectAuxiliaries.has(word) || /ed$/.test(word) || presentTenseBase(word) !== undefined
}


// Verbs that German puts second after “according to …” (“Laut … sind”, “Laut … soll”).
const secondVerbs = new Set([...beVerbs, ...bracketModals])
// Words that open a predicate after a subject (“the opposition Venezuelan has …”, “… denounces”).
const predicateOpeners = new Set([...perfectAuxiliaries, ...secondVerbs, 'says', 'said', 'wants', 'fears', 'denounces', 'accuses', 'calls', 'demands'])
// Prepositions of a place or time phrase that German puts before the object.
const adverbialPrepositions = new Set(['at', 'in', 'on', 'until', 'by', 'within'])
const phraseDeterminers = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'this', 'next', 'all'])
const objectPrepositions = new Set(['in', 'to', 'from', 'at', 'with', 'by'])
/** Whether an object that opens with a quantity starts at `at`: “another 1,500 jobs”, “more than 40 billion”, “2,000 jobs”. */
function quantityObjectAt(words: readonly string[], at: number): boolean {
  const word = words[at] ?? ''
  if (word === 'another' || word === 'further') return /^\d/.test(words[at + 1] ?? '')
  if (word === 'more' || word === 'fewer' || word === 'less') return words[at + 1] === 'than' && /^\d/.test(words[at + 2] ?? '')
  if (word === 'up') return words[at + 1] === 'to' && /^\d/.test(words[at + 2] ?? '')
  if (word === 'around' || word === 'about' || word === 'some' || word === 'nearly' || word === 'almost' || word === 'roughly' || word === 'over')
    return /^\d/.test(words[at + 1] ?? '') || (isCardinal(words[at + 1] ?? '') && largeUnits.has(words[at + 2] ?? ''))
  // A number in words before its unit: “ten billion euros”, “several million”.
  if (word === 'several' || (!/^\d/.test(word) && isCardinal(word))) return largeUnits.has(words[at + 1] ?? '')
  // A number, not a year (“in 2030”, “of 1891”) nor a day (“on 15 March”).
  return /^\d/.test(word) && !/^(?:1[5-9]|20)\d\d$/.test(word)
}
const largeUnits = new Set(['billion', 'million', 'thousand', 'hundred', 'trillion'])
// Words after which a number belongs to the phrase: “the next 50 years”, “the first 6 months”.
const countingWords = new Set(['next', 'last', 'first', 'past', 'coming', 'previous', 'following', 'final', 'top', 'other', 'remaining'])
// Words that open a quantity before a subject: “around 4,000 bridges”, “more than half”.
const quantityWords = new Set(['around', 'about', 'some', 'nearly', 'almost', 'roughly', 'over', 'more', 'fewer', 'less', 'several', 'many', 'most', 'all', 'both', 'only', 'up'])
// Bodies of a country that the pivot names before their nationality (“la oposición venezolana”).
const collectiveBodies = new Set(['opposition', 'government', 'army', 'navy', 'police', 'economy', 'press', 'justice', 'parliament', 'industry', 'diplomacy', 'presidency', 'judiciary',
  // A country's currency too: “The peso Chilean depreciated” (es: el peso chileno). Not “real”, an English adjective.
  'peso', 'dollar', 'yuan', 'rupee', 'lira', 'ruble', 'rouble', 'franc', 'rand', 'yen', 'won', 'currency'])
// Prepositions of a place or state between a passive participle and “since” (“is placed on red alert since”).
const passivePlacePrepositions = new Set(['on', 'in', 'at', 'under', 'behind', 'outside'])
// Words that open a quantity as a subject after a participle (“more than 500 officers”, “dozens of people”):
// not quantityWords' up/over/all/both/only/most, which there are the verb's particle or an adverb (“were set up”).
const openingQuantities = new Set(['around', 'about', 'some', 'nearly', 'almost', 'roughly', 'more', 'fewer', 'less', 'several', 'many', 'dozens', 'hundreds', 'thousands', 'tens', 'millions'])
/** A word that opens a quantity as a subject: a number in digits or words, or one of `openingQuantities`. */
function opensQuantity(word: string): boolean {
  return /^\d/.test(word) || openingQuantities.has(word) || isCardinal(word)
}
// And what links them to the number: “more than 200”, “at least 40”, “up to 500”.
const quantityLinks = new Set(['than', 'at', 'least', 'to'])
// The Romance passive after “where”, “for which” (see romancePassive).
const romanceAuxiliaries = new Set(['is', 'are', 'was', 'were'])
const relativePrepositions = new Set(['for', 'in', 'during', 'through', 'with', 'under', 'after', 'since', 'from', 'at', 'on'])
const trailingPrepositions = new Set(['in', 'on', 'at', 'during', 'last', 'this', 'yesterday', 'today'])
const romancePassiveStops = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'be', 'been', 'in', 'on', 'at', 'to', 'from', 'with', 'for', 'of', 'during', 'after', 'before', 'since', 'that', 'which', 'who', 'whom', 'because', 'while', 'when', 'if', 'as', 'there', 'it'])

/** Whether `phrase` occurs in `text` other than at `at`. */
function containsElsewhere(text: string, phrase: string, at: number): boolean {
  for (let found = text.indexOf(phrase); found !== -1; found = text.indexOf(phrase, found + 1)) if (found !== at) return true
  return false
}

/** One map from a word to the bits of every class it is in. */
function wordGates(classes: ReadonlyArray<readonly [number, Iterable<string>]>): Map<string, number> {
  const gates = new Map<string, number>()
  for (const [bit, words] of classes) for (const word of words) gates.set(word, (gates.get(word) ?? 0) | bit)
  return gates
}

export default function retextWordOrder(_options?: Options) {
  // Kinds by their first word: most words start none.
  const kindsByFirstWord = new Map<string, string[][]>()
  for (const kind of wordLists.kinds.map((kind) => kind.split(' '))) {
    const list = kindsByFirstWord.get(kind[0]!) ?? []
    list.push(kind)
    kindsByFirstWord.set(kind[0]!, list)
  }
  const noKinds: string[][] = []
  const reporting = new Set(wordLists.reportingVerbs)
  const heads = new Set(wordLists.headNouns)
  const mass = new Set(wordLists.massNouns)
  const compoundHeads = new Set(wordLists.compoundHeads)
  const announcingVerbs = new Set(wordLists.announcingVerbs)
  const speakerNouns = new Set(wordLists.speakerNouns)
  const modalFinalVerbs = new Set(wordLists.finalVerbs)
  const modalChangeVerbs = new Set(wordLists.finalChangeVerbs)
  const rolesBeforeNationality = new Set(wordLists.rolesBeforeNationality)
  const nationalityWords = new Set(nationalities.words)
  const postposedAdjectives = new Set(wordLists.postposedAdjectives)
  const stillKept = new Set(wordLists.stillVerbsKept)
  const nameHeads = new Set(wordLists.nameHeads)
  const owners = new Set(wordLists.genitiveOwners)
  const ownedHeads = new Set(wordLists.genitiveHeads)
  // The loop below asks a dozen word classes about every token: one look-up per token answers
  // them all, as bits, and most tokens belong to none.
  const gates = wordGates([
    [kindFirst, [...kindsByFirstWord.keys()]],
    [perfectAdverb, perfectAdverbs],
    [determiner, determiners],
    [postposing, postposingPrepositions],
    [participlePreposition, participlePrepositions],
    [article, articles],
    [timeBetweenBit, timeBetween],
    [perfectAuxiliary, perfectAuxiliaries],
    [targetVerb, targetVerbs],
    [nationalityRole, rolesBeforeNationality],
    [relationalAdjective, postposedAdjectives],
    [bracketModal, bracketModals],
    [modalOrTo, modalsAndTo],
    [timePhraseStart, timePhraseStarts],
    [victoryVerb, victoryVerbs],
    [resultNoun, resultNouns],
    [finishedTime, ['yesterday', 'ago', 'last', ...weekdays]]
  ])

  const gateOf = wordFact((word) => gates.get(word) ?? 0)
  let gateScratch = new Uint32Array(64)

  return function (tree: Root, file: VFile): undefined {
    const lexicon = englishLexicon()
    const profile = documentProfile(tree, file)
    const text = String(file.value)
    const report = (ruleId: string, start: number, end: number, expected: string, reason: string, confidence: number, note: string) =>
      reportArtifact(file, {reason, place: {start, end}, ruleId, source, category: 'word-order', confidence, expected: [expected], note, url})
    const capital = (token: Token | undefined) => token?.kind === 'word' && isCapitalized(token.value)
    const lower = (token: Token | undefined) => token?.kind === 'word' && startsLowerCase(token.value)
    /**
     * “In the supermarkets Brazilian, the package …”: a plural noun after “the”, then a nationality where a
     * phrase ends; not a list of names after a comma (“the languages Italian, French and German”).
     */
    const pluralBeforeNationality = (tokens: Token[], words: string[], index: number) =>
      words[index - 1] === 'the' &&
      /[^s]s$/.test(words[index]!) &&
      lexicon.isCommonWord(words[index]!) &&
      (/^[.;:]$/.test(words[index + 2] ?? '') || (words[index + 2] === ',' && !capital(tokens[index + 3])))

    /**
     * “That confirmed a company spokesman on Wednesday.”: German “Das bestätigte ein Sprecher” puts the
     * object first and the verb second; English “That confirmed …” makes “that” the subject, so the
     * subject after the verb must be someone who speaks (“That confirmed the rumours” never matches).
     */
    function objectFirst(tokens: Token[], words: string[], opening: number): void {
      const first = words[opening]
      if ((first !== 'that' && first !== 'this') || !objectFirstVerbs.has(words[opening + 1] ?? '')) return
      if (!articles.has(words[opening + 2] ?? '')) {
        // “This announced Chancellor Olaf Scholz on Wednesday.”: a title and a name, in capitals, for subject.
        let after = opening + 2
        while (after < opening + 8 && capital(tokens[after]) && !isDay(words[after]!) && !isCalendarWord(words[after] ?? '')) after++
        const titled = words.slice(opening + 2, after - 1).some((word) => speakerNouns.has(word))
        const next = tokens[after]
        if (after < opening + 4 || !titled || (next !== undefined && !(closers.has(words[after]!) || isDay(words[after]!) || /^[.,;:!?]$/.test(next.value)))) return
        const fixed = `${text.slice(tokens[opening + 2]!.start, tokens[after - 1]!.end)} ${tokens[opening + 1]!.value} ${tokens[opening]!.value.toLowerCase()}`
        report('verb-second', tokens[opening]!.start, tokens[after - 1]!.end, fixed, `Write \`${fixed}\``, 0.7, 'de: Das kündigte Bundeskanzler Olaf Scholz an: German puts the object first and the verb second; English puts the subject first.')
        return
      }
      // The subject: one to three plain lower-case words (“a company spokesman”) ending in a speaker, or
      // a title in capitals with what it is minister of (“the Federal Minister for Digital”).
      let after = opening + 3
      while (after < opening + 6 && lower(tokens[after]) && !notInPhrase.has(words[after]!) && !closers.has(words[after]!) && !phraseBreaks.has(words[after]!) && !determiners.has(words[after]!) && !isDay(words[after]!) && words[after] !== 'of') after++
      if (after === opening + 3 && words[opening + 2] === 'the') {
        while (after < opening + 6 && capital(tokens[after]) && !isDay(words[after]!)) after++
        if (after > opening + 3 && speakerNouns.has(words[after - 1]!) && (words[after] === 'for' || words[after] === 'of') && capital(tokens[after + 1])) {
          after += 2
          while (capital(tokens[after]) && !isDay(words[after]!)) after++
        } else if (!(after > opening + 3 && speakerNouns.has(words[after - 1]!))) return
      }
      const end = after - 1
      if (end < opening + 3 || !(speakerNouns.has(words[end]!) || capital(tokens[end]))) return
      // Then the clause goes on with a time or a preposition, or ends: not “of the group”, not a possessive.
      const next = tokens[after]
      if (next !== undefined && !(closers.has(words[after]!) || isDay(words[after]!) || /^[.,;:!?]$/.test(next.value))) return
      const article = tokens[opening + 2]!.value
      const subject = `${article.charAt(0).toUpperCase()}${article.slice(1)}${text.slice(tokens[opening + 2]!.end, tokens[end]!.end)}`
      const fixed = `${subject} ${tokens[opening + 1]!.value} this`
      report('verb-second', tokens[opening]!.start, tokens[end]!.end, fixed, `Write \`${fixed}\``, 0.7, 'de: Das bestätigte ein Sprecher: German puts the object first and the verb second; English puts the subject first.')
    }

    /**
     * “In the dispute over the budget has Finance Minister Christian Lindner (FDP) rejected …”: the same German
     * order with a name for subject, capitalised words (and a party in brackets) between the auxiliary and
     * the participle.
     */
    function namedSubjectAfterPerfect(tokens: Token[], words: string[], verb: number, past: boolean): void {
      const word = words[verb]!
      if (word !== 'has' && word !== 'have' && word !== 'had') return
      let end = verb + 1
      while (end < verb + 8) {
        if (capital(tokens[end]) && !isDay(words[end]!)) end++
        else if (words[end] === '(' && /^\p{Lu}{2,}$/u.test(tokens[end + 1]?.value ?? '') && words[end + 2] === ')') end += 3
        else break
      }
      // One name will do after “has/have” (“has Lufthansa cancelled”), which English inverts only in questions;
      // after “had” two words at least: “In that case had Smith known …” is a condition.
      if (end < verb + (word === 'had' ? 3 : 2) || !lower(tokens[end]) || !isParticiple(words[end]!)) return
      const participleToken = tokens[end]!
      const subject = text.slice(tokens[verb + 1]!.start, tokens[end - 1]!.end)
      const fixed = past && word !== 'had' ? `${subject} ${participleToken.value}` : `${subject} ${tokens[verb]!.value} ${participleToken.value}`
      report('verb-second', tokens[verb]!.start, participleToken.end, fixed, `Write \`${fixed}\``, 0.7, 'de: Im Streit um den Haushalt hat Finanzminister Lindner … abgelehnt: German puts the verb second after an opening phrase; English puts the subject first.')
    }

    /**
     * “For the rest of the year expects the management a stabilization.”: German puts the verb second after
     * any opening phrase (Für den Rest des Jahres erwartet das Management …); English puts the subject first
     * and a comma after the phrase. Only verbs of saying, planning and judging, which English never inverts
     * (“In the room sat the minister” is English and never matches), and a subject that speaks: “the” and a
     * speaker noun, or a name; an object must follow.
     */
    function verbSecondAfterPhrase(tokens: Token[], words: string[], opening: number): void {
      if (!capital(tokens[opening]) || !phraseOpeners.has(words[opening]!)) return
      let verb = opening + 1
      while (verb < opening + 10 && tokens[verb]?.kind === 'word' && !verbsNeverInverted.has(words[verb]!) && !phraseStoppers.has(words[verb]!)) verb++
      if (verb < opening + 2 || !verbsNeverInverted.has(words[verb] ?? '') || !lower(tokens[verb])) return
      let end = verb + 1
      if (words[end] === 'the') {
        end++
        while (end < verb + 5 && lower(tokens[end]) && !speakerNouns.has(words[end]!) && !notInPhrase.has(words[end]!) && !closers.has(words[end]!)) end++
        if (!speakerNouns.has(words[end] ?? '') || !lower(tokens[end])) return
        end++
      } else {
        // A name: capitalised words, with the particles of names between (“Alexander Van der Bellen”).
        while (end < verb + 7 && (capital(tokens[end]) || (nameParticles.has(words[end] ?? '') && capital(tokens[end + 1]))) && !isDay(words[end]!) && !isCalendarWord(words[end]!)) end++
        if (end === verb + 1) return
        if (tokens[end]?.value === '(' && tokens[end + 1]?.kind === 'word' && tokens[end + 2]?.value === ')') end += 3
      }
      // Then the object or the rest of the clause, never a verb: “With the deal reached the company can …” is English.
      const next = tokens[end]
      // “reacts … to”, “responds … to”: the preposition of the verb, not an infinitive.
      const reacting = words[verb] === 'reacts' || words[verb] === 'reacted' || words[verb] === 'responds'
      if (next === undefined || next.kind !== 'word' || words[end] === 'of' || beVerbs.has(words[end]!) || (modalsAndTo.has(words[end]!) && !(reacting && words[end] === 'to')) || perfectAuxiliaries.has(words[end]!) || /ed$/.test(words[end]!) || verbsNeverInverted.has(words[end]!)) return
      const phrase = text.slice(tokens[opening]!.start, tokens[verb - 1]!.end)
      const subject = text.slice(tokens[verb + 1]!.start, tokens[end - 1]!.end)
      const fixed = `${phrase}, ${subject} ${tokens[verb]!.value}`
      report('verb-second', tokens[opening]!.start, tokens[end - 1]!.end, fixed, `Write \`${fixed}\``, 0.65, 'de: Für den Rest des Jahres erwartet das Management eine Stabilisierung: German puts the verb second after an opening phrase; English puts the subject first.')
    }

    /**
     * “Bosch wants until the end of 2027 up to 3,500 positions in Germany cut.”, “We will this decision not
     * accept.”: German leaves the verb after a modal last (will … streichen); English puts it after the modal,
     * with “not” before it and “to” after “want”. Only a verb that ends the sentence, after at least two words
     * with a determiner or a number among them, none of them a verb or a clause word; not after an inversion
     * (“Only then will the company recover.”) nor where a wh-word or relative took the object (“what the court
     * may in the end decide”).
     */
    function modalVerbLast(tokens: Token[], words: string[], opening: number, last: number | undefined): void {
      if (last === undefined) return
      let verb = last - 1
      const lastVerb = verb
      const change = modalChangeVerbs.has(words[verb]!)
      if (!(modalFinalVerbs.has(words[verb]!) || change || adjectiveVerbs.has(words[verb]!)) || !lower(tokens[verb])) return
      // “around 8000 jobs cut or relocate”: two verbs joined close the clause together.
      if ((words[verb - 1] === 'or' || words[verb - 1] === 'and') && modalFinalVerbs.has(words[verb - 2] ?? '') && lower(tokens[verb - 2]) && !change) verb -= 2
      for (let modal = verb - 3; modal > opening && modal >= verb - 15; modal--) {
        const word = words[modal]!
        // “must”, “wants” …, or the “to” of “had to”, “needs to”.
        if (!isModalAt(words, modal) && !wantForms.has(word)) continue
        // “…, should the strife so demand”: a modal after punctuation opens a condition; “the wants of the country” is a noun.
        if (inversionTriggers.has(words[modal - 1] ?? '') || !lower(tokens[modal]) || tokens[modal - 1]?.kind !== 'word' || determiners.has(words[modal - 1]!)) return
        const middle = tokens.slice(modal + 1, verb)
        const middleWords = words.slice(modal + 1, verb)
        // Words, and the signs inside numbers (“3,500”, “5%”).
        if (!middle.every((token, at) => token.kind === 'word' || token.value === '%' || token.value === '-' || thousandsComma(tokens, modal + 1 + at))) return
        // “up to 3,500 positions” is a quantity, “the coming weeks” a time: neither is a clause of its own.
        // “should in the coming year to 2.4 percent decline”: a verb of change takes its target with “to”.
        const stops = (value: string, at: number) =>
          (middleStoppers.has(value) && !(value === 'to' && middleWords[at - 1] === 'up') && !partOf(middleWords, at) && !(change && numberTargetAt(middleWords, at))) ||
          verbFormAt(middleWords, at) ||
          bracketModals.has(value) ||
          beVerbs.has(value)
        if (middleWords.some(stops)) return
        if (!middleWords.some((value) => determiners.has(value) || /^\d/.test(value) || isCardinal(value) || isDay(value))) return
        if (words.slice(opening, modal).some((value) => whWords.has(value))) return
        // A verb of change has no object: a noun phrase of its own in the middle is its inverted subject (“shall also
        // the prices rise”), and a time that English would put first must be there (a number, a year, “the coming months”).
        if (change && (middleWords.some((value, at) => determiners.has(value) && !innerPrepositions.has(middleWords[at - 1] ?? '') && !leadingPhrasePrepositions.has(middleWords[at - 1] ?? '')) || !middleWords.some((value) => /^\d/.test(value) || timeParticiples.has(value) || value === 'next'))) return
        // A negation closes the German middle (“diese Entscheidung nicht akzeptieren”) and adverbs open it
        // (“auch ihren Beitrag leisten”): in English both stand before the verb.
        let from = 0
        let negated = false
        // “should not for the mistakes of the management pay”: a negation may open the middle too (not “not only”).
        if (middleWords[0] === 'not' && middleWords[1] !== 'only') {
          from = 1
          negated = true
        }
        while (from < middleWords.length && preVerbAdverbs.has(middleWords[from]!)) from++
        let to = middleWords.length
        if (middleWords[to - 1] === 'not' || middleWords[to - 1] === 'never') {
          to--
          negated = true
        } else if (middleWords[to - 2] === 'no' && middleWords[to - 1] === 'longer') {
          to -= 2
          negated = true
        } else if (middleWords[to - 1] === 'still') to--
        // “wieder”: after the verb (“should open again on Monday”).
        const again = to > from + 2 && middleWords[to - 1] === 'again'
        if (again) to--
        // “will in 2025 strongly rise”: an adverb of manner closing the middle goes right after the verb.
        const manner = !again && to > from + 2 && (/[a-z]ly$/.test(middleWords[to - 1]!) || mannerComparatives.has(middleWords[to - 1]!)) && !preVerbAdverbs.has(middleWords[to - 1]!)
        if (manner) to--
        if (to - from < 2) return
        // “can from their surplus supply not only the home demand, but …”: a negation inside is English word order.
        if (middleWords.slice(from, to).includes('not')) return
        // The German middle opens with a phrase or an object, never a verb: “will yield a certain return”,
        // “must command our hearty support”, “should not encourage their increase” are English as they stand.
        const first = middleWords[from]!
        if (!(determiners.has(first) || middleOpeners.has(first) || partOf(middleWords, from) || /^\d/.test(first) || isCardinal(first))) return
        // “should the strife so demand”, “We will act should the need arise”: “should” before a subject is a condition
        // after a clause of its own, and “so” closes an English idiom. After a bare subject (“Passengers should the
        // journeys postpone”) it is the German modal.
        const subjectOnly = modal - opening <= 4 && words.slice(opening, modal).every((value) => !bracketModals.has(value) && !beVerbs.has(value) && !perfectAuxiliaries.has(value) && !/ed$/.test(value) && value !== ',')
        if ((word === 'should' && determiners.has(first) && !subjectOnly) || middleWords[middleWords.length - 1] === 'so') return
        const before = [...middle.slice(0, from), ...middle.slice(again || manner ? to + 1 : to)].map((token) => ` ${token.value}`).join('')
        const split = objectAfterPhrase(middleWords, from, to)
        const object = split < 0 ? text.slice(middle[from]!.start, middle[to - 1]!.end) : `${text.slice(middle[split]!.start, middle[to - 1]!.end)} ${text.slice(middle[from]!.start, middle[split - 1]!.end)}`
        const verbs = text.slice(tokens[verb]!.start, tokens[lastVerb]!.end)
        // The adverb after an intransitive verb (“will rise strongly in 2025”), before one with an object (“must
        // urgently improve our competitiveness”).
        const mannerFirst = manner && determiners.has(first)
        const infinitive = manner ? (mannerFirst ? `${middle[to]!.value} ${verbs}` : `${verbs} ${middle[to]!.value}`) : verbs
        const wanting = wantForms.has(word)
        // “wants … not accept” needs “does not want to”: left alone.
        if (wanting && negated) return
        // “wants the factories open” is English: after “want” these are adjectives; after “will” they are verbs.
        if (wanting && adjectiveVerbs.has(words[verb]!)) return
        const fixed = `${tokens[modal]!.value}${before}${wanting ? ' to' : ''} ${infinitive}${again ? ' again' : ''} ${object}`
        report('verb-final', tokens[modal]!.start, tokens[lastVerb]!.end, fixed, `Write \`${fixed}\``, 0.65, 'de: Bosch will bis Ende 2027 bis zu 3.500 Stellen streichen: German puts the verb after a modal last; English puts it right after the modal.')
        return
      }
    }

    /**
     * “The law must still by the Bundesrat approved be.”, “The station had to because of a bomb threat evacuated
     * be.”: the German passive after a modal ends with the participle and “werden” (muss noch vom Bundesrat
     * gebilligt werden); English puts “be” and the participle right after the modal, the phrase after them. A
     * participle and “be” closing a clause is never English, so the pattern is its own evidence.
     */
    function passiveVerbLast(tokens: Token[], words: string[], opening: number, last: number | undefined): void {
      if (last === undefined) return
      const be = last - 1
      const participle = last - 2
      if (words[be] !== 'be' || participle <= opening || !lower(tokens[participle]) || !isParticiple(words[participle]!)) return
      for (let modal = participle - 1; modal > opening && modal >= participle - 14; modal--) {
        if (!isModalAt(words, modal)) continue
        if (!lower(tokens[modal]) || inversionTriggers.has(words[modal - 1] ?? '')) return
        const middle = tokens.slice(modal + 1, participle)
        const middleWords = words.slice(modal + 1, participle)
        if (!middle.every((token, at) => token.kind === 'word' || token.value === '%' || token.value === '-' || thousandsComma(tokens, modal + 1 + at))) return
        // “because of a bomb threat” is a phrase, “because it …” a clause.
        const stops = (value: string, index: number) =>
          (middleStoppers.has(value) && value !== 'to' && !(value === 'because' && middleWords[index + 1] === 'of')) || (/(?:ing|ed)$/.test(value) && !timeParticiples.has(value)) || bracketModals.has(value) || beVerbs.has(value)
        if (middleWords.some(stops)) return
        // Adverbs before the phrase and a negation or “still” after it stand before “be” in English.
        let from = 0
        while (from < middleWords.length && (preVerbAdverbs.has(middleWords[from]!) || middleWords[from] === 'not' || middleWords[from] === 'never')) from++
        let to = middleWords.length
        // “in future faster deported”: a comparative goes right after the participle (“deported faster in future”).
        const manner = to > from + 1 && mannerComparatives.has(middleWords[to - 1]!) ? ` ${middle[--to]!.value}` : ''
        while (to > from && (middleWords[to - 1] === 'not' || middleWords[to - 1] === 'never' || middleWords[to - 1] === 'still')) to--
        // The phrase opens with a preposition (“by the Bundesrat”, “because of a threat”): never a subject of its own.
        if (to > from && !passivePhraseOpeners.has(middleWords[from]!)) return
        const adverbs = [...middle.slice(0, from), ...middle.slice(to, manner ? -1 : undefined)].map((token) => ` ${token.value}`).join('')
        const phrase = to > from ? ` ${text.slice(middle[from]!.start, middle[to - 1]!.end)}` : ''
        if (adverbs === '' && phrase === '') return
        const fixed = `${tokens[modal]!.value}${adverbs} be ${tokens[participle]!.value}${manner}${phrase}`
        report('verb-final', tokens[modal]!.start, tokens[be]!.end, fixed, `Write \`${fixed}\``, 0.7, 'de: Das Gesetz muss noch vom Bundesrat gebilligt werden: the German passive ends with the participle and “werden”; English puts “be” and the participle after the modal.')
        return
      }
    }

    /**
     * “The restructuring should be at the end of the year largely concluded.”: the German state passive (soll …
     * abgeschlossen sein) keeps “be” after the modal and sends the participle last, a phrase between; English
     * puts the participle right after “be” and the phrase after it. The phrase must open with a preposition and
     * the participle, with perhaps an adverb before it, close the clause: “should be in the best of health” ends
     * in a noun.
     */
    function passiveParticipleLast(tokens: Token[], words: string[], opening: number, last: number | undefined): void {
      if (last === undefined) return
      const participle = last - 1
      if (participle <= opening + 3 || !lower(tokens[participle]) || !isParticiple(words[participle]!) || words[participle] === 'been') return
      const adverb = /[a-z]ly$/.test(words[participle - 1]!) && lower(tokens[participle - 1]) ? participle - 1 : participle
      for (let be = adverb - 3; be > opening && be >= adverb - 12; be--) {
        if (words[be] !== 'be') continue
        if (!isModalAt(words, be - 1) || !lower(tokens[be - 1]) || inversionTriggers.has(words[be - 2] ?? '')) return
        const middle = tokens.slice(be + 1, adverb)
        const middleWords = words.slice(be + 1, adverb)
        if (!leadingPhrasePrepositions.has(middleWords[0]!) || !middle.every((token) => token.kind === 'word')) return
        if (middleWords.some((value, at) => at > 0 && (middleStoppers.has(value) || bracketModals.has(value) || beVerbs.has(value) || verbFormAt(middleWords, at)))) return
        // “must be in the form prescribed”: a participle right after a common noun may be that noun's; an adverb
        // before it (“largely concluded”) or a name or number before it (“by Friday finished”) makes it the verb.
        const before = tokens[adverb - 1]!
        if (adverb === participle && !(capital(before) || /^\d/.test(before.value))) return
        // “can be in some degree adequately manned”: a phrase of degree or manner stands there in English too.
        if (middleWords.some((value) => mannerPhraseNouns.has(value))) return
        const phrase = text.slice(middle[0]!.start, middle[middle.length - 1]!.end)
        const verb = text.slice(tokens[adverb]!.start, tokens[participle]!.end)
        const fixed = `be ${verb} ${phrase}`
        report('verb-final', tokens[be]!.start, tokens[participle]!.end, fixed, `Write \`${fixed}\``, 0.65, 'de: Die Umstrukturierung soll bis Ende des Jahres weitgehend abgeschlossen sein: the participle comes last; English puts it right after “be”.')
        return
      }
    }

    /**
     * “Real Madrid defeated 3-1 to Barcelona”: Spanish marks a person or team as object with “a” (derrotó 3-1 al
     * Barcelona) and puts the score first; English writes “defeated Barcelona 3-1”.
     */
    function scoreBeforeOpponent(tokens: Token[], words: string[], gate: Uint32Array): void {
      for (let at = 0; at + 3 < words.length; at++) {
        if (!(gate[at]! & victoryVerb) || !scorePattern.test(words[at + 1]!) || !lower(tokens[at])) continue
        // Spanish marks the team with “a” (“derrotó 3-1 al Barcelona”); Italian and Portuguese do not (“battendo 2-1 il Milan”).
        let start = words[at + 2] === 'to' ? at + 3 : at + 2
        // The opponent: a name (“Barcelona”, “Atlético Madrid”, “the Barcelona”), particles inside (“Rayo de Vallecano”).
        if (words[start] === 'the' && capital(tokens[start + 1])) start++
        let end = start
        while (end < start + 5 && (capital(tokens[end]) || (nameParticles.has(words[end] ?? '') && capital(tokens[end + 1])))) end++
        if (end === start || isDay(words[end - 1]!)) continue
        const opponent = text.slice(tokens[start]!.start, tokens[end - 1]!.end)
        const fixed = `${tokens[at]!.value} ${opponent} ${tokens[at + 1]!.value}`
        report('score-before-opponent', tokens[at]!.start, tokens[end - 1]!.end, fixed, `Write \`${fixed}\``, 0.8, 'es: derrotó 3-1 al Barcelona: Spanish puts the score first and marks the team with “a”; English writes “defeated Barcelona 3-1”.')
      }
      // “after their victory 1-0 in London”: the pivots put the score after the result (leur victoire 1-0); English before it.
      for (let at = 1; at + 1 < words.length; at++) {
        if (!(gate[at]! & resultNoun) || !resultDeterminers.has(words[at - 1]!) || !scorePattern.test(words[at + 1]!) || !lower(tokens[at])) continue
        const fixed = `${tokens[at + 1]!.value} ${tokens[at]!.value}`
        report('score-after-result', tokens[at]!.start, tokens[at + 1]!.end, fixed, `Write \`${fixed}\``, 0.8, 'fr: leur victoire 1-0, es: su victoria 2-1, it: la vittoria per 2-1: English puts the score before the result (“their 1-0 victory”).')
      }
    }

    /**
     * “Analysts had on average with 1.9 billion euros reckoned.”: German “mit etwas rechnen” (Analysten hatten mit
     * 1,9 Milliarden gerechnet) puts its object between the auxiliary and the participle; English says “had expected
     * 1.9 billion euros on average”.
     */
    function reckonedWith(tokens: Token[], words: string[], opening: number, last: number | undefined): void {
      if (last === undefined) return
      const participle = last - 1
      const construction = prepositionalParticiples.get(words[participle]!)
      if (!construction || !lower(tokens[participle])) return
      const [preposition, english] = construction
      const withAt = words.lastIndexOf(preposition, participle - 1)
      if (withAt <= opening + 1 || participle - withAt < 2 || participle - withAt > 13) return
      for (let auxiliary = withAt - 1; auxiliary > opening && auxiliary >= withAt - 4; auxiliary--) {
        if (!perfectAuxiliaries.has(words[auxiliary]!)) continue
        // After a subject: a word, or the bracket closing its acronym (“The German Weather Service (DWD) had”).
        if (!lower(tokens[auxiliary]) || (tokens[auxiliary - 1]?.kind !== 'word' && tokens[auxiliary - 1]?.value !== ')')) return
        const between = tokens.slice(auxiliary + 1, withAt)
        const object = tokens.slice(withAt + 1, participle)
        if (!between.every((token) => lower(token) && !bracketStoppers.has(token.value.toLowerCase()))) return
        // Words, the signs inside numbers and compounds (“3,500”, “5%”, “hurricane-force”).
        const inside = (token: Token, index: number) => token.kind === 'word' || token.value === '%' || token.value === '-' || thousandsComma(tokens, withAt + 1 + index)
        // “up to”, and “to” before a number: “with an increase to 3.5 percent”.
        const stopper = (token: Token, index: number) => bracketStoppers.has(token.value.toLowerCase()) && !(token.value === 'to' && (object[index - 1]?.value === 'up' || /^\d/.test(object[index + 1]?.value ?? '')))
        if (!object.every(inside) || object.some(stopper)) return
        const first = words[withAt + 1]!
        // “vor Orkanböen warnen”: a warning's object may be a bare plural (“before hurricane-force gusts warned”).
        if (!(objectStarts.has(first) || /^\d/.test(first) || isCardinal(first) || quantityWords.has(first) || (preposition === 'before' && lower(tokens[withAt + 1])))) return
        // “only”, “already”: before the participle; a phrase (“on average”): after the object.
        const adverbs = between.filter((token) => preVerbAdverbs.has(token.value.toLowerCase()))
        const phrase = between.filter((token) => !adverbs.includes(token))
        const adverbial = phrase.length > 0 ? ` ${phrase.map((token) => token.value).join(' ')}` : ''
        const fixed = `${tokens[auxiliary]!.value}${adverbs.map((token) => ` ${token.value}`).join('')} ${english} ${text.slice(object[0]!.start, object[object.length - 1]!.end)}${adverbial}`
        report('verb-final', tokens[auxiliary]!.start, tokens[participle]!.end, fixed, `Write \`${fixed}\``, 0.7, 'de: Analysten hatten mit 1,9 Milliarden gerechnet, der Wetterdienst hatte vor Orkanböen gewarnt: “mit etwas rechnen” is “to expect something”, “vor etwas warnen” “to warn of something”, the participle last in German.')
        return
      }
    }

    /**
     * “Analysts expect that the ECB its rates in December lower will.”, “…, because the company 2,000 jobs cut
     * has.”: a German subordinate clause ends with the verb and its auxiliary (dass die EZB ihre Zinsen senken
     * wird); English puts the auxiliary and the verb after the subject. Only verbs of the data list before a
     * modal, or a participle before “has”, closing the clause.
     */
    function subordinateVerbLast(tokens: Token[], words: string[], opening: number, last: number | undefined): void {
      if (last === undefined) return
      const auxiliary = last - 1
      const verb = last - 2
      const auxiliaryWord = words[auxiliary]!
      if (verb <= opening || !lower(tokens[auxiliary]) || !lower(tokens[verb])) return
      const modal = bracketModals.has(auxiliaryWord)
      if (!(modal ? modalFinalVerbs.has(words[verb]!) : perfectAuxiliaries.has(auxiliaryWord) && isParticiple(words[verb]!) && words[verb] !== 'been')) return
      for (let conjunction = verb - 3; conjunction >= opening && conjunction >= verb - 16; conjunction--) {
        if (!subordinators.has(words[conjunction]!)) continue
        if (conjunction > opening && tokens[conjunction - 1]?.kind !== 'word' && words[conjunction - 1] !== ',') return
        // The subject: a pronoun, a name, or a determiner with up to three words before the next determiner or phrase.
        const start = conjunction + 1
        let end = start
        if (subjectPronouns.has(words[start]!) && lower(tokens[start])) end = start + 1
        else if (capital(tokens[start]) && !isDay(words[start]!) && !isCalendarWord(words[start]!)) {
          while (end < start + 4 && capital(tokens[end]) && !isDay(words[end]!) && !isCalendarWord(words[end]!)) end++
        } else if (subjectDeterminers.has(words[start]!)) {
          end = start + 1
          while (end < start + 4 && tokens[end]?.kind === 'word' && !objectDeterminers.has(words[end]!) && !middleOpeners.has(words[end]!) && !/^\d/.test(words[end]!) && !preVerbAdverbs.has(words[end]!) && !middleStoppers.has(words[end]!) && words[end] !== 'not' && !(lower(tokens[end]) && capital(tokens[end - 1]) && end > start + 1)) end++
          if (end === start + 1) return
        } else return
        const middle = tokens.slice(end, verb)
        const middleWords = words.slice(end, verb)
        if (!middle.every((token, at) => token.kind === 'word' || token.value === '%' || token.value === '-' || thousandsComma(tokens, end + at))) return
        const stops = (value: string, at: number) =>
          (middleStoppers.has(value) && !(value === 'to' && middleWords[at - 1] === 'up')) ||
          verbFormAt(middleWords, at) ||
          bracketModals.has(value) ||
          beVerbs.has(value) ||
          subjectPronouns.has(value)
        if (middleWords.some(stops)) return
        let from = 0
        while (from < middleWords.length && preVerbAdverbs.has(middleWords[from]!)) from++
        let to = middleWords.length
        // A negation or “still”, “also” closes the German middle; in English they stand before the verb.
        while (to > from && (middleWords[to - 1] === 'not' || middleWords[to - 1] === 'never' || middleWords[to - 1] === 'still' || middleWords[to - 1] === 'also')) to--
        const again = to > from + 2 && middleWords[to - 1] === 'again'
        if (again) to--
        if (to - from < 2 || middleWords.slice(from, to).includes('not')) return
        const first = middleWords[from]!
        if (!(objectDeterminers.has(first) || middleOpeners.has(first) || timeNounPhrase(middleWords, from) || /^\d/.test(first) || isCardinal(first))) return
        if (!middleWords.slice(from, to).some((value) => objectDeterminers.has(value) || /^\d/.test(value) || isCardinal(value))) return
        const adverbs = [...middle.slice(0, from), ...middle.slice(again ? to + 1 : to)].map((token) => ` ${token.value}`).join('')
        const subject = text.slice(tokens[start]!.start, tokens[end - 1]!.end)
        // A phrase first (“im Dezember ihre Zinsen”) goes after the object in English.
        const split = objectAfterPhrase(middleWords, from, to)
        const rest = split < 0 ? text.slice(middle[from]!.start, middle[to - 1]!.end) : `${text.slice(middle[split]!.start, middle[to - 1]!.end)} ${text.slice(middle[from]!.start, middle[split - 1]!.end)}`
        const fixed = `${subject} ${tokens[auxiliary]!.value}${adverbs} ${tokens[verb]!.value}${again ? ' again' : ''} ${rest}`
        report('verb-final', tokens[start]!.start, tokens[auxiliary]!.end, fixed, `Write \`${fixed}\``, 0.65, 'de: dass die EZB ihre Zinsen im Dezember senken wird: a German subordinate clause ends with its verb and auxiliary; English puts them after the subject.')
        return
      }
    }

    /**
     * “The central bank has the key rate again lowered.”, “Siemens has its forecast on Monday raised.”: German
     * puts the object between the auxiliary and the participle (hat den Leitzins erneut gesenkt), with an adverb
     * or a time before the participle; English puts the participle after the auxiliary. The adverb or time is
     * required: “She had her hair cut.” and “He has the car repaired every year.” are English causatives.
     */
    function perfectObjectFirst(tokens: Token[], words: string[], opening: number, last: number | undefined): void {
      if (last === undefined) return
      const participle = last - 1
      if (participle <= opening + 3 || !lower(tokens[participle]) || !isParticiple(words[participle]!) || words[participle] === 'been') return
      // The adverbials before the participle, from the right: adverbs (“again”, “once more”, “not”) and times
      // (“on Monday”, “in October”, “yesterday”, “last week”).
      const adverbs: Token[][] = []
      const times: Token[][] = []
      let past = false
      let at = participle
      for (;;) {
        const word = words[at - 1] ?? ''
        const before = words[at - 2] ?? ''
        if (word === 'more' || (word === 'again' && before === 'once')) {
          if (before !== 'once') break
          adverbs.unshift(tokens.slice(at - 2, at))
          at -= 2
        } else if (objectFirstAdverbs.has(word) && lower(tokens[at - 1])) {
          adverbs.unshift([tokens[at - 1]!])
          at--
        } else if (word === 'yesterday' || word === 'today') {
          times.unshift([tokens[at - 1]!])
          past ||= word === 'yesterday'
          at--
        } else if ((before === 'on' && weekdays.has(word)) || (before === 'in' && (isCalendarWord(word) || /^(19|20)\d\d$/.test(word))) || ((before === 'last' || before === 'this') && lastUnits.has(word))) {
          times.unshift(tokens.slice(at - 2, at))
          past ||= before === 'last' || before === 'on' || (before === 'in' && /^(19|20)\d\d$/.test(word))
          at -= 2
        } else break
      }
      if (adverbs.length + times.length === 0) return
      // The object runs back to the auxiliary: a determiner or a number first, one to seven words.
      for (let auxiliary = at - 2; auxiliary > opening && auxiliary >= at - 9; auxiliary--) {
        const word = words[auxiliary]!
        if (!perfectAuxiliaries.has(word)) continue
        // “has had a prosperity never exceeded”: “had” is the participle of a perfect itself.
        if (!lower(tokens[auxiliary]) || tokens[auxiliary - 1]?.kind !== 'word' || modalsAndTo.has(words[auxiliary - 1]!) || whWords.has(words[auxiliary - 1]!) || perfectAuxiliaries.has(words[auxiliary - 1]!)) return
        // “In China had the competition … strongly increased.”: after an opening phrase with no comma the
        // auxiliary is German verb-second, and what follows it is the subject, not an object.
        if ((phraseOpeners.has(words[opening]!) || timeOpening(tokens, words, opening) !== undefined) && !words.slice(opening, auxiliary).includes(',')) return
        const object = tokens.slice(auxiliary + 1, at)
        const objectWords = words.slice(auxiliary + 1, at)
        if (!(objectDeterminers.has(objectWords[0]!) || /^\d/.test(objectWords[0]!))) return
        if (!object.every((token, index) => token.kind === 'word' || token.value === '%' || thousandsComma(tokens, auxiliary + 1 + index))) return
        if (objectWords.some((value) => bracketStoppers.has(value) || weekdays.has(value))) return
        // The object ends in its noun (“has its forecast”), never in a determiner or an adverb.
        const head = objectWords[objectWords.length - 1]!
        if (objectStarts.has(head) || /ly$/.test(head)) return
        const objectText = text.slice(object[0]!.start, object[object.length - 1]!.end)
        const adverbText = adverbs.map((group) => ` ${group.map((token) => token.value).join(' ')}`).join('')
        const timeText = times.map((group) => ` ${group.map((token) => token.value).join(' ')}`).join('')
        const participleWord = tokens[participle]!.value
        const negated = adverbs.some((group) => group[0]!.value === 'not')
        // With a finished time the perfect is German (“hat am Montag … angehoben”): English writes the simple past.
        const verb = past && word !== 'had' && !negated ? `${adverbText.trimStart()}${adverbText ? ' ' : ''}${pastOfParticiple.get(participleWord) ?? participleWord}` : `${tokens[auxiliary]!.value}${adverbText} ${participleWord}`
        const fixed = `${verb} ${objectText}${timeText}`
        report('verb-final', tokens[auxiliary]!.start, tokens[participle]!.end, fixed, `Write \`${fixed}\``, 0.7, 'de: Die Notenbank hat den Leitzins erneut gesenkt: German puts the object before the participle; English puts the participle after the auxiliary.')
        return
      }
    }

    /**
     * “Yesterday presented the minister his plan.”, “On Monday has the chancellor presented his plan.”:
     * German keeps the verb second after a time phrase; English puts the subject first.
     */
    function verbSecondAfterTime(tokens: Token[], words: string[], opening: number): void {
      // After a prepositional opening only the perfect is taken: “With the deal came the jobs” is English.
      const timeEnd = timeOpening(tokens, words, opening)
      const phraseEnd = timeEnd === undefined ? phraseOpening(tokens, words, opening) : undefined
      const time = phraseEnd === undefined ? timeEnd : {end: phraseEnd, past: false}
      if (time === undefined) return
      let verb = time.end
      if (words[verb] === ',') verb++
      const verbToken = tokens[verb]
      if (verbToken === undefined || !lower(verbToken)) return
      if (!objectDeterminers.has(words[verb + 1] ?? '')) {
        namedSubjectAfterPerfect(tokens, words, verb, time.past)
        return
      }
      const word = words[verb]!
      if (word === 'has' || word === 'have' || word === 'had') {
        // The subject runs from the determiner to the participle (one to three words).
        let participle = verb + 2
        while (participle < verb + 5 && lower(tokens[participle]) && !isParticiple(words[participle]!) && !notInPhrase.has(words[participle]!) && !closers.has(words[participle]!) && !phraseBreaks.has(words[participle]!)) participle++
        const participleToken = tokens[participle]
        if (participle === verb + 2 || participleToken === undefined || !lower(participleToken) || !isParticiple(words[participle]!)) return
        if (!tokens.slice(verb + 2, participle).every((token) => token.kind === 'word' && lexicon.isCommonWord(token.value.toLowerCase()))) return
        const subject = text.slice(tokens[verb + 1]!.start, tokens[participle - 1]!.end)
        // A past time with the perfect is German (“Am Montag hat … vorgestellt”): English writes the simple past.
        const fixed = time.past && word !== 'had' ? `${subject} ${participleToken.value}` : `${subject} ${verbToken.value} ${participleToken.value}`
        report('verb-second', verbToken.start, participleToken.end, fixed, `Write \`${fixed}\``, 0.7, 'de: Am Montag hat der Kanzler seinen Plan vorgestellt: German puts the verb second after a time phrase; English puts the subject first.')
        return
      }
      if (!(commonPastVerbs.has(word) || (/ed$/.test(word) && !edNouns.has(word) && lexicon.isCommonWord(word)))) return
      // The subject: the determiner and one or two words; then the object must start, so that the
      // inversions of English (“Then came the war.”) never match.
      for (let end = verb + 3; end <= verb + 4; end++) {
        const subjectWords = tokens.slice(verb + 2, end)
        const plain = (token: Token) => {
          const key = token.value.toLowerCase()
          return lower(token) && lexicon.isCommonWord(key) && !/(ed|ly|ing)$/.test(key) && !notInPhrase.has(key) && !closers.has(key) && !phraseBreaks.has(key) && !objectDeterminers.has(key)
        }
        if (!subjectWords.every(plain)) return
        const next = tokens[end]
        if (next === undefined) return
        if (objectDeterminers.has(words[end]!) || words[end] === 'that' || (next.kind === 'word' && /^\d/.test(next.value))) {
          const subject = text.slice(tokens[verb + 1]!.start, tokens[end - 1]!.end)
          const fixed = `${subject} ${verbToken.value}`
          report('verb-second', verbToken.start, tokens[end - 1]!.end, fixed, `Write \`${fixed}\``, 0.7, 'de: Gestern stellte der Minister seinen Plan vor: German puts the verb second after a time phrase; English puts the subject first.')
          return
        }
      }
    }

    /**
     * “In several cities were cooling rooms set up.”, “In the Upper Rhine area could even 38 degrees be
     * reached.”: German keeps the verb second after an opening phrase in the passive too (“In mehreren Städten
     * wurden Kühlräume eingerichtet”); English puts the subject before “were” or the modal. Only where the
     * participle (and a particle) ends the sentence: “Among the victims were two children killed in the blast”
     * is English.
     */
    function passiveVerbSecond(tokens: Token[], words: string[], opening: number): void {
      const verb = phraseOpening(tokens, words, opening, passiveAuxiliaries)
      const passive = verb === undefined ? undefined : invertedPassive(tokens, words, verb, 4, false)
      if (verb === undefined || passive === undefined) {
        romancePassiveAfterOpening(tokens, words, opening, verb)
        return
      }
      // A particle may follow; then the sentence must end.
      const last = bracketParticles.has(words[passive.participle + 1] ?? '') ? passive.participle + 1 : passive.participle
      if (!/^[.!]$/.test(words[last + 1] ?? '') || last + 2 < words.length) return
      const fixed = `${passive.subject} ${text.slice(passive.predicateStart, tokens[last]!.end)}${passive.agent ? ` ${passive.agent}` : ''}`
      report('verb-second', tokens[verb]!.start, tokens[last]!.end, fixed, `Write \`${fixed}\``, 0.65, 'de: In mehreren Städten wurden Kühlräume eingerichtet: German puts the verb second after an opening phrase; English puts the subject first.')
    }

    /**
     * “In total were deployed more than 500 officers.”, “On Saturday were arrested 15 people.”: after an
     * opening phrase or time the Romance passive keeps its participle before the subject (es: En total fueron
     * desplegados más de 500 agentes, it: Sabato sono state arrestate 15 persone). Only a quantity or a bare
     * plural as subject: “On the altar were placed the relics” is English, if literary.
     */
    function romancePassiveAfterOpening(tokens: Token[], words: string[], opening: number, afterPhrase: number | undefined): void {
      // “Were served 45 search warrants.”: the sentence itself opens with the auxiliary (pt: Foram cumpridos
      // 45 mandados); a question would end with its mark.
      if (words[opening] !== undefined && romanceAuxiliaries.has(words[opening]!) && words[words.length - 1] !== '?') {
        const romance = romancePassive(tokens, words, opening, false, true)
        if (romance === undefined || !quantityOrBarePlural(words, opening, romance.end)) return
        const subject = `${romance.subject.charAt(0).toUpperCase()}${romance.subject.slice(1)}`
        const fixed = `${subject} ${words[opening]} ${tokens[opening + 1]!.value}`
        report('verb-second', tokens[opening]!.start, romance.stop, fixed, `Write \`${fixed}\``, 0.65, 'pt: Foram cumpridos 45 mandados, es: Fueron detenidas 15 personas: the Romance passive puts its subject after the participle; English puts it first.')
        return
      }
      let aux = afterPhrase
      if (aux === undefined) {
        const time = timeOpening(tokens, words, opening)
        if (time === undefined || words[words.length - 1] === '?') return
        aux = words[time.end] === ',' ? time.end + 1 : time.end
      }
      const romance = romancePassive(tokens, words, aux, false)
      if (romance !== undefined && quantityOrBarePlural(words, aux, romance.end)) reportRomancePassive(tokens, aux, romance, 'es: En total fueron desplegados más de 500 agentes')
    }

    /**
     * The subject of a Romance passive (after the auxiliary at `aux` and its participle, up to `end`) opens
     * with a quantity (“15 people”, “more than 500 officers”) or is a bare plural (“new jobs”); a particle is
     * the verb's (“were set up.”).
     */
    function quantityOrBarePlural(words: string[], aux: number, end: number): boolean {
      const first = words[aux + 2]!
      const subjectWords = words.slice(aux + 2, end)
      const quantity = opensQuantity(first)
      const barePlural = subjectWords.length <= 3 && /[^s]s$/.test(subjectWords[subjectWords.length - 1]!) && !subjectWords.some((word) => bracketParticles.has(word))
      return quantity || barePlural
    }

    /**
     * The passive after an inverted auxiliary at `verb`: was/were or a modal (an adverb such as “even” may
     * follow it), a subject of one to `maxSubject` plain words, then (“be” and) a participle. Gives the subject,
     * the auxiliary with its adverb, and where “be” or the participle starts.
     */
    function invertedPassive(tokens: Token[], words: string[], verb: number, maxSubject: number, quantities: boolean): {subject: string; participle: number; predicateStart: number; agent: string} | undefined {
      if (!passiveAuxiliaries.has(words[verb] ?? '') || !lower(tokens[verb])) return undefined
      const modal = bracketModals.has(words[verb]!)
      let subjectStart = verb + 1
      const adverb = modal && passiveAdverbs.has(words[subjectStart] ?? '') ? tokens[subjectStart++] : undefined
      // “were arrested eleven men aged 24 to 52”: a participle right after the auxiliary is the Romance order (see romancePassive).
      if (isParticiple(words[subjectStart] ?? '')) return undefined
      // “was a woman by a falling branch seriously injured”: the agent (von einem Ast) and an adverb may stand
      // between the subject and the participle; English puts the adverb before the participle and the agent after it.
      const byAt = modal ? -1 : words.indexOf('by', subjectStart + 1)
      const agentStart = byAt > subjectStart && byAt <= subjectStart + maxSubject ? byAt : -1
      let participle = subjectStart + 1
      const reach = subjectStart + maxSubject + (agentStart > 0 ? 6 : 0)
      while (participle <= reach && !(isParticiple(words[participle] ?? '') && (!modal || words[participle - 1] === 'be'))) participle++
      const adverbAt = !modal && participle - 1 > subjectStart && /^[a-z]+ly$/.test(tokens[participle - 1]?.value ?? '') ? participle - 1 : participle
      const beforeParticiple = modal ? participle - 1 : adverbAt
      const agentEnd = agentStart > 0 && agentStart < beforeParticiple ? beforeParticiple : -1
      const subjectEnd = agentEnd > 0 ? agentStart : beforeParticiple
      if (participle > reach || subjectEnd <= subjectStart || subjectEnd > subjectStart + maxSubject || !lower(tokens[participle])) return undefined
      if (agentEnd > 0 && (agentEnd - agentStart < 2 || !tokens.slice(agentStart + 1, agentEnd).every((token) => token.kind === 'word' || token.value === '-'))) return undefined
      const agent = agentEnd > 0 ? text.slice(tokens[agentStart]!.start, tokens[agentEnd - 1]!.end) : ''
      // A quantity may open the subject where the caller allows it: “around 40 routes”, “more than 200 people”.
      const plainWord = (token: Token) => {
        const key = token.value.toLowerCase()
        return token.kind === 'word' && !/ly$/.test(key) && ((quantities && (quantityWords.has(key) || quantityLinks.has(key))) || (!notInPhrase.has(key) && !closers.has(key) && !phraseBreaks.has(key)))
      }
      if (!tokens.slice(subjectStart, subjectEnd).every(plainWord)) return undefined
      const subject = `${text.slice(tokens[subjectStart]!.start, tokens[subjectEnd - 1]!.end)} ${tokens[verb]!.value}${adverb ? ` ${adverb.value}` : ''}`
      return {subject, participle, predicateStart: tokens[modal ? participle - 1 : adverbAt]!.start, agent}
    }

    /**
     * “As Deutsche Bahn announced on Thursday, will around 40 routes be renovated”: German keeps the verb
     * second after a clause with “wie” (“Wie die Bahn mitteilte, werden … saniert”); English puts the subject
     * first. Only after a clause of saying and its comma, and before a passive (“be” and a participle).
     */
    function passiveAfterAsClause(tokens: Token[], words: string[], opening: number): void {
      // “As the ministry said, were all the rules followed?”: a question inverts in English too.
      if (words[opening] !== 'as' || words[words.length - 1] === '?') return
      const comma = words.indexOf(',', opening + 2)
      if (comma === -1 || comma > opening + 14) return
      if (!words.slice(opening + 1, comma).some((word) => sayingVerbs.has(word) || word === 'said' || word === 'communicated' || word === 'wrote')) return
      const verb = comma + 1
      const passive = invertedPassive(tokens, words, verb, 5, true)
      if (passive === undefined) {
        // “As the institute communicated, were sold 90,000 devices.”: the Romance order, participle first.
        const romance = romancePassive(tokens, words, verb)
        if (romance !== undefined) reportRomancePassive(tokens, verb, romance, 'es: Según informó el instituto, se vendieron 90.000 aparatos')
        return
      }
      const end = tokens[passive.participle]!.end
      const fixed = `${passive.subject} ${text.slice(passive.predicateStart, end)}${passive.agent ? ` ${passive.agent}` : ''}`
      report('verb-second', tokens[verb]!.start, end, fixed, `Write \`${fixed}\``, 0.65, 'de: Wie die Bahn mitteilte, werden rund 40 Strecken saniert: German puts the verb second after the clause; English puts the subject first.')
    }

    /**
     * The Romance passive at `aux`: “were sold 90,000 devices”, “are expected heavy rains”: is/are/was/were,
     * a participle, then its subject up to the next punctuation (Italian “sono state raccolte 1,3 milioni di
     * firme”, Spanish “se esperan lluvias”). Gives the subject and where it ends.
     */
    function romancePassive(tokens: Token[], words: string[], aux: number, determined = true, initial = false): {subject: string; end: number; stop: number} | undefined {
      if (!romanceAuxiliaries.has(words[aux] ?? '') || !(initial ? capital(tokens[aux]) : lower(tokens[aux]))) return undefined
      const participle = aux + 1
      if (!isParticiple(words[participle] ?? '') || !lower(tokens[participle])) return undefined
      let end = participle + 1
      // Words, a per cent sign, and the commas inside a number (“90,000”).
      while (tokens[end] !== undefined && (tokens[end]!.kind === 'word' || tokens[end]!.value === '%' || thousandsComma(tokens, end)) && !(end > participle + 1 && trailingPrepositions.has(words[end]!))) end++
      // A subject of one to eight words, ending the clause or followed by a short time or place (“in May”,
      // which stays where it is); a preposition first is an adverbial (“were sent to the front”).
      let close = end
      if (trailingPrepositions.has(words[end] ?? '')) {
        close = end + 1
        // “in May”: a capitalised word is a name or a month, not the modal.
        while (tokens[close]?.kind === 'word' && !(lower(tokens[close]) && romancePassiveStops.has(words[close]!)) && close < end + 5) close++
      }
      // A number that ends the sentence holds its period (“aged 52.”): the subject stops before it.
      const heldStop = close === tokens.length && /^\d+\.$/.test(tokens[end - 1]?.value ?? '') ? 1 : 0
      if (end === participle + 1 || end - participle - 1 > 8 || (!heldStop && !/^[.,;:]$/.test(tokens[close]?.value ?? ''))) return undefined
      const first = words[participle + 1]!
      // A number or a lower-case word opens the subject; a stop word would open an adverbial (“were sent to”).
      if (romancePassiveStops.has(first) || !(/^\d/.test(first) || lower(tokens[participle + 1]))) return undefined
      // English inverts too, in a literary register: “on which was presented a drama”. Where the caller asks,
      // only a quantity or a bare plural opens the subject (“were collected 1.3 million signatures”).
      if (!determined && (determiners.has(first) || objectDeterminers.has(first) || first === 'a' || first === 'an')) return undefined
      if (words.slice(participle + 1, end).some((word) => romancePassiveStops.has(word) || word === 'by')) return undefined
      const stop = tokens[end - 1]!.end - heldStop
      return {subject: text.slice(tokens[participle + 1]!.start, stop), end, stop}
    }

    /** The subject found by `romancePassive` moved before its auxiliary and participle. */
    function reportRomancePassive(tokens: Token[], aux: number, passive: {subject: string; stop: number}, example: string): void {
      const fixed = `${passive.subject} ${tokens[aux]!.value} ${tokens[aux + 1]!.value}`
      report('verb-second', tokens[aux]!.start, passive.stop, fixed, `Write \`${fixed}\``, 0.65, `${example}: the Romance passive puts its subject after the participle; English puts it first.`)
    }

    /**
     * “where are expected heavy rains”, “for which were collected more than 1.3 million signatures”: Italian,
     * Spanish and Portuguese put the subject of a passive after the participle in a relative clause; English
     * puts it first (“where heavy rains are expected”).
     */
    function romanceRelativePassive(tokens: Token[], words: string[]): void {
      for (let at = 1; at < words.length - 3; at++) {
        const word = words[at]!
        if (word !== 'where' && !(word === 'which' && relativePrepositions.has(words[at - 1] ?? ''))) continue
        const passive = romancePassive(tokens, words, at + 1, false)
        if (passive !== undefined) reportRomancePassive(tokens, at + 1, passive, 'it: dove sono previste forti piogge, es: para el que se recogieron 1,3 millones de firmas')
      }
    }

    /**
     * “For Saxony-Anhalt is the decision a heavy setback.”, “For the industry is this a blow.”: German keeps
     * “ist” second after an opening phrase (“Für Sachsen-Anhalt ist die Entscheidung ein Rückschlag”); English
     * puts the subject first. Only with a definite subject and an indefinite complement after it: English
     * inverts after a place (“In the centre is a fountain”), never with two noun phrases.
     */
    function copulaVerbSecond(tokens: Token[], words: string[], opening: number): void {
      // “According to the union is the offer …” has its own rule, which adds the comma.
      if (words[words.length - 1] === '?' || words[opening] === 'according') return
      const verb = phraseOpening(tokens, words, opening, copulas, true)
      if (verb === undefined) return
      const first = words[verb + 1] ?? ''
      let end = verb + 2
      if (first === 'the') {
        while (end < verb + 5 && lower(tokens[end]) && !/ly$/.test(words[end]!) && !notInPhrase.has(words[end]!) && !closers.has(words[end]!) && !phraseBreaks.has(words[end]!) && words[end] !== 'a' && words[end] !== 'an') end++
        if (end === verb + 2) return
      } else if (first !== 'this' && first !== 'that') return
      if (words[end] !== 'a' && words[end] !== 'an') return
      const subject = text.slice(tokens[verb + 1]!.start, tokens[end - 1]!.end)
      const fixed = `${subject} ${tokens[verb]!.value}`
      report('verb-second', tokens[verb]!.start, tokens[end - 1]!.end, fixed, `Write \`${fixed}\``, 0.65, 'de: Für Sachsen-Anhalt ist die Entscheidung ein schwerer Rückschlag: German puts the verb second after an opening phrase; English puts the subject first.')
    }

    /**
     * “Also the federal government is alarmed.”, “Also the unions criticised the plan.”: German “Auch die
     * Bundesregierung ist alarmiert” puts “auch” first, before the subject; English puts “also” after the
     * subject, after an auxiliary or before the verb. Not “Also, the …”: with its comma it is English.
     */
    function alsoFirst(tokens: Token[], words: string[], opening: number): void {
      if (words[opening] !== 'also' || tokens[opening]!.value !== 'Also') return
      if (!objectDeterminers.has(words[opening + 1] ?? '')) {
        alsoBeforeNamedSubject(tokens, words, opening)
        return
      }
      // The subject: the determiner and one to three plain lower-case words.
      let verb = opening + 2
      while (verb < opening + 5 && lower(tokens[verb]) && !notInPhrase.has(words[verb]!) && !closers.has(words[verb]!) && !phraseBreaks.has(words[verb]!) && !/(?:ed|ing)$/.test(words[verb]!)) verb++
      if (verb === opening + 2 || !lower(tokens[verb])) return
      const word = words[verb]!
      let auxiliary = beVerbs.has(word) || perfectAuxiliaries.has(word) || bracketModals.has(word)
      // A main verb takes “also” before it: a past, or (below) a present in -s.
      let mainVerb = commonPastVerbs.has(word) || (/ed$/.test(word) && !edNouns.has(word) && lexicon.isCommonWord(word))
      if (!auxiliary && !mainVerb) {
        // A present verb in -s after a singular noun: “Also the forest fire danger increases”; or its base after
        // a plural in -s: “Also the freight companies fear losses”.
        verb = opening + 3
        const presentAfter = (at: number) => {
          const word = words[at] ?? ''
          const before = words[at - 1]!
          if (/[^s]s$/.test(word)) return presentTenseBase(word) !== undefined && !/s$/.test(before)
          return /[^s]s$/.test(before) && !/s$/.test(word) && presentTenseBase(word) === word && lexicon.isCommonWord(word) && !objectDeterminers.has(words[at + 1] ?? '') && /^\p{Ll}/u.test(words[at + 1] ?? '')
        }
        while (verb <= opening + 5 && !presentAfter(verb)) verb++
        if (verb > opening + 5 || !lower(tokens[verb]) || !words.slice(opening + 2, verb).every((word, offset) => lower(tokens[opening + 2 + offset]) && !notInPhrase.has(word) && !closers.has(word) && !phraseBreaks.has(word) && !objectDeterminers.has(word) && word !== 'of')) return
        auxiliary = false
        mainVerb = true
      }
      if (!mainVerb && !auxiliary) return
      const verbToken = tokens[verb]
      // “Also the following were present”: fine as it is turned (“The following were also present”); a participle
      // or predicate must follow the auxiliary, not the end of the sentence.
      if (auxiliary && (tokens[verb + 1] === undefined || tokens[verb + 1]!.kind !== 'word')) return
      const determiner = tokens[opening + 1]!.value
      const subject = `${determiner.charAt(0).toUpperCase()}${determiner.slice(1)}${text.slice(tokens[opening + 1]!.end, tokens[verb - 1]!.end)}`
      const fixed = auxiliary ? `${subject} ${verbToken!.value} also` : `${subject} also ${verbToken!.value}`
      report('adverb-after-verb', tokens[opening]!.start, verbToken!.end, fixed, `Write \`${fixed}\``, 0.65, 'de: Auch die Bundesregierung ist alarmiert: German puts “auch” before the subject; English puts “also” after the auxiliary or before the verb.')
    }

    /**
     * “Also Austria announced”, “Also Vaillant and Bosch reported”, “Also politicians reacted”: the same German
     * order with a subject that takes no determiner, a name (or two joined by “and”) or a bare plural, before a
     * verb in the past. Only the past: “Also Known As”, “Also Read” are titles.
     */
    function alsoBeforeNamedSubject(tokens: Token[], words: string[], opening: number): void {
      let verb = opening + 1
      const isName = (at: number) => capital(tokens[at]) && !isDay(words[at]!) && !isCalendarWord(words[at]!)
      if (isName(verb)) {
        while (verb < opening + 4 && isName(verb)) verb++
        if (words[verb] === 'and' && isName(verb + 1)) {
          verb++
          while (verb < opening + 8 && isName(verb)) verb++
        }
      } else if (lower(tokens[verb]) && /[^s]s$/.test(words[verb]!) && lexicon.isCommonWord(words[verb]!) && presentTenseBase(words[verb]!) === undefined && !closers.has(words[verb]!) && !notInPhrase.has(words[verb]!)) {
        verb++
      } else return
      const word = words[verb] ?? ''
      if (!lower(tokens[verb]) || !(commonPastVerbs.has(word) || (/ed$/.test(word) && !edNouns.has(word) && lexicon.isCommonWord(word)))) return
      const first = tokens[opening + 1]!.value
      const subject = `${first.charAt(0).toUpperCase()}${first.slice(1)}${text.slice(tokens[opening + 1]!.end, tokens[verb - 1]!.end)}`
      const fixed = `${subject} also ${tokens[verb]!.value}`
      report('adverb-after-verb', tokens[opening]!.start, tokens[verb]!.end, fixed, `Write \`${fixed}\``, 0.65, 'de: Auch Österreich kündigte an: German puts “auch” before the subject; English puts “also” before the verb.')
    }

    /** See the call: the verb at `verb`, a phrase after it, then an object that opens with a quantity. */
    function adverbialBeforeObject(tokens: Token[], words: string[], verb: number): void {
      const word = words[verb]!
      // After “to” or a modal: a plain verb with an -ing form (“cut”, “reduce”; not “to settlement in …”), not “be”/“have”.
      if (/(?:ing|ed)$/.test(word) || notInPhrase.has(word) || word === 'be' || word === 'have' || gerundOf(word) === undefined) return
      // The phrase: a year, or a determiner and one to three words.
      const preposition = verb + 1
      let end = preposition + 1
      if (/^(?:19|20)\d\d$/.test(words[end] ?? '')) end++
      else if (phraseDeterminers.has(words[end] ?? '')) {
        end++
        while (end < preposition + 5 && tokens[end]?.kind === 'word' && !quantityObjectAt(words, end) && !notInPhrase.has(words[end]!) && !phraseBreaks.has(words[end]!) && !closers.has(words[end]!) && words[end] !== 'of') end++
        // Not a phrase the number completes: “at the rate of 30%”, “in the next 50 years”, “in the first 6 months”.
        if (end === preposition + 2 || words[end] === 'of' || countingWords.has(words[end - 1]!)) return
      } else return
      if (!quantityObjectAt(words, end)) return
      // The object runs to the clause's end, with no verb, relative or conjunction in it (a comma between digits is a number's).
      let last = end
      while (last < end + 10 && tokens[last + 1] !== undefined) {
        const next = words[last + 1]!
        if (next === ',' && /^\d+$/.test(words[last] ?? '') && /^\d{3}$/.test(words[last + 2] ?? '') && tokens[last]!.end === tokens[last + 1]!.start) {
          last += 2
          continue
        }
        if (/^[.,;:!?”"]$/.test(next)) break
        if (tokens[last + 1]!.kind !== 'word' && next !== '%') return
        // Prepositions may go on the object (“40 billion euros in the network”); verbs and clauses may not.
        if (notInPhrase.has(next) && !objectPrepositions.has(next)) return
        if (clauseStarts.has(next) || (phraseBreaks.has(next) && next !== 'than')) return
        last++
      }
      const close = tokens[last + 1]
      if (close === undefined || !/^[.,;:!?”"]$/.test(close.value)) return
      const phrase = text.slice(tokens[preposition]!.start, tokens[end - 1]!.end)
      const object = text.slice(tokens[end]!.start, tokens[last]!.end)
      const fixed = `${tokens[verb]!.value} ${object} ${phrase}`
      report('adverbial-before-object', tokens[verb]!.start, tokens[last]!.end, fixed, `Put \`${phrase}\` after \`${object}\``, 0.65, 'de: will in der Verwaltung weitere 1.500 Stellen abbauen, bis 2030 mehr als 40 Milliarden investieren: German puts a place or time phrase before the object; English puts it after.')
    }

    /**
     * “For months the two sides negotiate without result.”, “Since years they demand higher wages.”:
     * French, Spanish, German and Italian use the present with a duration (depuis des mois, desde hace
     * meses, seit Monaten); English the present perfect progressive: “have been negotiating”.
     */
    function presentWithDuration(tokens: Token[], words: string[], opening: number): void {
      if (words[opening] !== 'for' && words[opening] !== 'since') return
      let at = opening + 1
      if (countWords.has(words[at] ?? '') || /^\d+$/.test(words[at] ?? '')) at++
      if (!timeSpans.has(words[at] ?? '')) return
      at++
      if (words[at] === 'now') at++
      if (words[at] === ',') at++
      // A habit is English: “For weeks at a time they live on …”, “For months each year the birds stay”.
      if (words.some((word, index) => index > opening && (word === 'each' || word === 'every' || (word === 'come' && words[index - 1] === 'to') || (word === 'time' && words[index - 1] === 'a')))) return
      const subject = words[at] ?? ''
      let verb = -1
      let singular = false
      if (singularSubjects.has(subject) || subject === 'they' || subject === 'we') {
        verb = at + 1
        singular = subject !== 'they' && subject !== 'we'
      } else if (objectDeterminers.has(subject) || capital(tokens[at])) {
        // The subject's words, then the first word that agrees with them as a verb.
        for (let end = at + 1; end <= at + 3 && end < tokens.length; end++) {
          const head = words[end - 1]!
          // A number or a determiner is followed by its noun: “the two sides”, “these firms”.
          if (countWords.has(head) || objectDeterminers.has(head) || /^\d/.test(head)) continue
          const plural = (/[^s]s$/.test(head) && !notPluralNouns.has(head)) || words.slice(at, end).some((word) => countWords.has(word) || /^\d/.test(word))
          const word = words[end]!
          if (!lower(tokens[end]) && !capital(tokens[end])) return
          if (lower(tokens[end]) && (plural ? presentTenseBase(word) !== undefined && !/s$/.test(word) : /[^s]s$/.test(word) && presentTenseBase(word) !== undefined) && end > at + (capital(tokens[at]) ? 0 : 1)) {
            verb = end
            singular = !plural
            break
          }
          if (notInPhrase.has(word) || closers.has(word) || phraseBreaks.has(word) || clauseStarts.has(word)) return
        }
      }
      const verbToken = tokens[verb]
      if (verb < 0 || !lower(verbToken)) return
      // “For two years, the company plans to invest …”: a plan for a time ahead is English.
      if (words[verb + 1] === 'to' || words.includes('will') || words.includes('would')) return
      // “For years the unemployment figures show …”: a verb after it makes the word a noun.
      if (verbFollows(tokens, words, verb + 1)) return
      // With “he”, only a form in -s is present (“For months, he lay in a coma” is past); without -s,
      // not a form that is also a past (“they put”, “they read”, “they lay”).
      const word = words[verb]!
      const base = singular ? (/s$/.test(word) ? presentTenseBase(word) : undefined) : /s$/.test(word) || pastAlike.has(word) ? undefined : presentTenseBase(word)
      if (base === undefined) return
      const gerund = stativeVerbs.has(base) ? undefined : gerundOf(base)
      const participle = stativePerfects.get(base)
      if (gerund === undefined && participle === undefined) return
      const fixed = `${singular ? 'has' : 'have'} ${participle ?? `been ${gerund}`}`
      report('present-with-duration', verbToken!.start, verbToken!.end, fixed, `Write \`${fixed}\``, 0.65, 'fr: depuis des mois ils négocient, es: desde hace meses negocian, de: seit Monaten verhandeln sie: the pivot uses the present with a duration; English the present perfect progressive.')
    }

    /**
     * “Otherwise the situation will in the coming years worsen further.”: German puts the time phrase
     * inside the verb bracket and the verb last; English puts the verb after the modal and the time
     * after it: “will worsen further in the coming years”. Only where the verb (and one adverb) closes
     * the clause, so that no object has to move.
     */
    function modalBracket(tokens: Token[], words: string[], gate: Uint32Array): void {
      for (let modal = 1; modal < words.length - 3; modal++) {
        if (!(gate[modal]! & bracketModal)) continue
        // “should this time come, …”, “and should next year bring …”: a modal that opens its clause inverts a condition.
        if (tokens[modal - 1]?.kind !== 'word' || clauseOpeners.has(words[modal - 1]!) || words[modal - 1] === 'and' || words[modal - 1] === 'or') continue
        const timeEnd = bracketTime(words, modal + 1)
        if (timeEnd === undefined) continue
        const verb = tokens[timeEnd]
        const word = words[timeEnd] ?? ''
        if (!lower(verb) || word === 'be' || word === 'have' || presentTenseBase(word) !== word || /(?:ed|ing)$/.test(word)) continue
        let last = timeEnd
        if (finalAdverbs.has(words[last + 1] ?? '')) last++
        const close = tokens[last + 1]
        if (close !== undefined && !/^[.,;!?”"]$/.test(close.value)) continue
        const time = text.slice(tokens[modal + 1]!.start, tokens[timeEnd - 1]!.end)
        const fixed = `${text.slice(verb!.start, tokens[last]!.end)} ${time}`
        report('verb-final', tokens[modal + 1]!.start, tokens[last]!.end, fixed, `Write \`${tokens[modal]!.value} ${fixed}\``, 0.65, 'de: wird sich in den kommenden Jahren weiter verschärfen: German puts the verb last, after the time; English puts the verb after the modal.')
      }
    }

    /**
     * The verb before “since” at `at`: the word right before it, or the word before a short object or
     * prepositional phrase (“work on the project since”, “cultivates the vine since”, “negotiate with
     * Verdi since”): a preposition or determiner, then one or two words, none of them a link that could
     * open another clause.
     */
    function verbBeforeComplement(tokens: Token[], words: string[], at: number): number {
      for (let verb = at - 2; verb >= at - 5 && verb > 0; verb--) {
        const first = words[verb + 1]!
        if (!complementOpeners.has(first) || complementOpeners.has(words[verb]!) || presentTenseBase(words[verb]!) === undefined) continue
        let fits = true
        for (let index = verb + 1; index < at; index++) {
          // “employs the most workers since 2010”: a superlative before “since” is English as it stands.
          if (tokens[index]!.kind !== 'word' || complementStops.has(words[index]!) || /est$/.test(words[index]!)) fits = false
        }
        // Preposition, then at most a determiner and two words; a determiner, then at most two words.
        const rest = at - verb - 2 - (complementPrepositions.has(first) && determiners.has(words[verb + 2] ?? '') ? 1 : 0)
        if (fits && rest >= 1 && rest <= 2) return verb
      }
      return at - 1
    }

    /**
     * The participle of an “is/are” passive before the “since” at `at`, right before it or before a
     * prepositional phrase of at most three words (“is placed on red alert since”), or `undefined`.
     */
    function passiveBeforeSince(tokens: Token[], words: string[], at: number): number | undefined {
      for (let participle = at - 1; participle >= at - 4 && participle > 1; participle--) {
        if (tokens[participle]!.kind !== 'word') return undefined
        const auxiliary = words[participle - 1]
        if (auxiliary !== 'is' && auxiliary !== 'are') continue
        if (!lower(tokens[participle - 1]) || !lower(tokens[participle]) || !isParticiple(words[participle]!)) return undefined
        return participle === at - 1 || passivePlacePrepositions.has(words[participle + 1]!) ? participle : undefined
      }
      return undefined
    }

    /**
     * “They negotiate since months”, “He works since 2019 at the bank”: the same tense after a verb and its
     * subject, where “since” leaves no doubt (function-words makes “since months” “for months”).
     */
    function presentBeforeSince(tokens: Token[], words: string[]): void {
      // Most sentences have no “since”: look for it first.
      const first = words.indexOf('since', 2)
      if (first === -1 || words.includes('will') || words.includes('would')) return
      for (let at = first; at < words.length - 1; at++) {
        if (words[at] !== 'since') continue
        const next = words[at + 1]!
        const duration = timeSpans.has(next) || ((countWords.has(next) || /^\d+$/.test(next)) && timeSpans.has(words[at + 2] ?? '')) || /^(?:19|20)\d\d$/.test(next) || isCalendarWord(next)
        if (!duration) continue
        // “The department is placed on red alert since Sunday”: the present passive takes “has been”.
        const passive = passiveBeforeSince(tokens, words, at)
        if (passive !== undefined) {
          const fixed = `${words[passive - 1] === 'is' ? 'has' : 'have'} been ${tokens[passive]!.value}`
          report('present-with-duration', tokens[passive - 1]!.start, tokens[passive]!.end, fixed, `Write \`${fixed}\``, 0.65, 'fr: le département est placé en vigilance rouge depuis dimanche, es: está cerrado desde el lunes: the pivot uses the present with a duration; English the present perfect.')
          continue
        }
        const verb = verbBeforeComplement(tokens, words, at)
        const word = words[verb]!
        if (!lower(tokens[verb]) || pastAlike.has(word) || !presentVerbAfterSubject(tokens, words, verb)) continue
        // “The unemployment figures since 2019 show …”: a verb after the time phrase makes the word before it a noun.
        const after = timeSpans.has(words[at + 2] ?? '') ? at + 3 : at + 2
        if (verbFollows(tokens, words, after)) continue
        const base = presentTenseBase(word)
        if (base === undefined) continue
        const gerund = stativeVerbs.has(base) ? undefined : gerundOf(base)
        const participle = stativePerfects.get(base)
        if (gerund === undefined && participle === undefined) continue
        const fixed = `${base === word ? 'have' : 'has'} ${participle ?? `been ${gerund}`}`
        report('present-with-duration', tokens[verb]!.start, tokens[verb]!.end, fixed, `Write \`${fixed}\``, 0.65, 'fr: ils négocient depuis des mois, de: sie verhandeln seit Monaten: the pivot uses the present with a duration; English the present perfect progressive.')
      }
    }

    /**
     * “The data have been presented yesterday”, “The minister has approved last week the plan”: the Romance
     * and German perfect (passé composé, passato prossimo, Perfekt) tells a finished event; English takes the
     * simple past with a finished time (“yesterday”, “last week”, “two days ago”). Only that time right after
     * the participle, not after a preposition (“since yesterday”, “than last year”) nor a modal's perfect.
     */
    function perfectWithPastTime(tokens: Token[], words: string[]): void {
      // Most sentences have no finished time: look for it first.
      let time = words.indexOf('yesterday')
      if (time === -1) time = words.indexOf('ago')
      if (time === -1) {
        time = words.indexOf('last')
        while (time !== -1 && !lastUnits.has(words[time + 1] ?? '')) time = words.indexOf('last', time + 1)
      }
      // “has announced Thursday”, “has presented on Monday”: a weekday, in the singular (“has opened Sundays”
      // is a habit), is a finished time too.
      if (time === -1) time = words.findIndex((word, at) => weekdays.has(word) && !(weekdayRangeLinks.has(words[at + 1] ?? '') && weekdays.has(words[at + 2] ?? '')))
      if (time < 3) return
      // “two days ago”: the time phrase starts at its count.
      let timeStart = time
      if (words[time] === 'ago') {
        if (!/^(?:days|weeks|months|years|hours)$/.test(words[time - 1] ?? '')) return
        timeStart = time - 2
      } else if (weekdays.has(words[time]!) && words[time - 1] === 'on') timeStart = time - 1
      // The German order puts the time between the auxiliary and the participle (“hat am Dienstag angekündigt”):
      // “has on Tuesday announced that …” → “announced on Tuesday that …”.
      const timeEnd = words[time] === 'last' ? time + 1 : time
      const auxiliary = timeStart - 1
      if ((words[auxiliary] === 'has' || words[auxiliary] === 'have') && lower(tokens[auxiliary]) && words[time] !== 'ago') {
        const participleAt = timeEnd + 1
        const after = words[participleAt + 1] ?? ''
        const participleWord = words[participleAt] ?? ''
        if (
          lower(tokens[participleAt]) &&
          isParticiple(participleWord) &&
          participleWord !== 'been' &&
          (after === 'that' || after === '.' || after === ',' || determiners.has(after)) &&
          !bracketModals.has(words[auxiliary - 1] ?? '') &&
          !bracketModals.has(words[auxiliary - 2] ?? '')
        ) {
          const past = pastOfParticiple.get(participleWord) ?? tokens[participleAt]!.value
          const fixed = `${past} ${text.slice(tokens[timeStart]!.start, tokens[timeEnd]!.end)}`
          report('perfect-with-past-time', tokens[auxiliary]!.start, tokens[participleAt]!.end, fixed, `Write \`${fixed}\`: a finished time takes the simple past`, 0.65, 'de: hat am Dienstag angekündigt: German puts the time between the auxiliary and the participle; English uses the simple past with a finished time, the time after the verb.')
          return
        }
      }
      // The Romance order puts the time right after the participle (“ha presentato ieri”); with words between,
      // the time may be another verb's (“have lost eight men last year”, “the concession made many years ago”)
      // or a preposition's (“since yesterday”, “than last year”), which the perfect takes.
      const participle = timeStart - 1
      const verb = words[participle] ?? ''
      if (!lower(tokens[participle]) || !isParticiple(verb) || verb === 'used' || verb === 'supposed') return
      let at = participle - 1
      const passive = words[at] === 'been'
      if (passive) at--
      const adverb = words[at] === 'also' || words[at] === 'already' ? ` ${tokens[at]!.value}` : ''
      if (adverb) at--
      const word = words[at]
      if ((word !== 'has' && word !== 'have') || !lower(tokens[at])) return
      // “would have seemed unimaginable 7 years ago”, “should before this have availed”: a modal's perfect is no event.
      if (bracketModals.has(words[at - 1] ?? '') || bracketModals.has(words[at - 2] ?? '') || bracketModals.has(words[at - 3] ?? '')) return
      const past = passive ? `${word === 'have' ? 'were' : 'was'}${adverb} ${tokens[participle]!.value}` : `${adverb.trim()}${adverb ? ' ' : ''}${pastOfParticiple.get(verb) ?? tokens[participle]!.value}`
      report('perfect-with-past-time', tokens[at]!.start, tokens[participle]!.end, past, `Write \`${past}\`: a finished time takes the simple past`, 0.65, 'fr: a présenté hier, it: ha presentato ieri, de: hat gestern vorgestellt: the pivot’s perfect tells a finished event; English uses the simple past with a finished time.')
    }

    /**
     * “According to the ministry are around 4,000 bridges in need of repair.”, “According to the plan
     * should the trains run again on Monday.”: German keeps the verb second after “Nach Angaben des
     * Ministeriums”; English puts the subject first, after a comma. Only “be” and the modals: with them
     * what follows the subject shows where it ends (a complement, a participle, an infinitive).
     */
    function verbSecondAfterAccording(tokens: Token[], words: string[], opening: number): void {
      if (words[opening] !== 'according' || words[opening + 1] !== 'to' || words[words.length - 1] === '?') return
      // “According to the police, were arrested two men”: the Romance passive after the source and its comma.
      const comma = words.indexOf(',', opening + 2)
      const romance = comma !== -1 && comma <= opening + 8 ? romancePassive(tokens, words, comma + 1) : undefined
      if (romance !== undefined) {
        reportRomancePassive(tokens, comma + 1, romance, 'es: Según la policía, fueron detenidos dos hombres')
        return
      }
      // The comma that ends the source, not one inside a number (“4,000”).
      if (comma !== -1 && comma <= opening + 8 && !/^\d+$/.test(words[comma - 1] ?? '')) {
        activeAfterSource(tokens, words, comma + 1)
        return
      }
      // The source: one to five plain words, up to the verb.
      let verb = opening + 2
      let limit = opening + 8
      for (;;) {
        // An acronym in brackets after the source's name: “the German Weather Service (DWD)”.
        if (words[verb] === '(' && /^\p{Lu}{2,}$/u.test(tokens[verb + 1]?.value ?? '') && words[verb + 2] === ')') {
          verb += 3
          limit += 3
          continue
        }
        if (!(verb < limit && tokens[verb]?.kind === 'word' && !secondVerbs.has(words[verb]!))) break
        if (clauseStarts.has(words[verb]!) || subjectPronouns.has(words[verb]!) || words[verb] === 'there') return
        verb++
      }
      const verbToken = tokens[verb]
      if (verb === opening + 2 || verbToken === undefined || !lower(verbToken) || !secondVerbs.has(words[verb]!)) return
      // The subject: a determiner, a quantity or a number, then plain words; it ends where its
      // complement starts.
      const first = verb + 1
      if (!(objectDeterminers.has(words[first] ?? '') || quantityWords.has(words[first] ?? '') || /^\d/.test(words[first] ?? ''))) return
      // “more than 300 flights”, “up to 500 jobs”: the quantity's second word.
      let end = (words[first + 1] === 'than' && /^(?:more|fewer|less)$/.test(words[first]!)) || (words[first] === 'up' && words[first + 1] === 'to') ? first + 2 : first + 1
      const inSubject = (at: number) => {
        const token = tokens[at]
        if (token === undefined) return false
        const word = words[at]!
        // “4,000” is three tokens.
        if (word === ',' || word === '.') return /^\d+$/.test(words[at - 1] ?? '') && /^\d+$/.test(words[at + 1] ?? '') && tokens[at - 1]!.end === token.start && token.end === tokens[at + 1]!.start
        if (/^\d/.test(word)) return /^[\d,.]/.test(words[at - 1] ?? '') || quantityWords.has(words[at - 1] ?? '') || objectDeterminers.has(words[at - 1] ?? '') || words[at - 1] === 'than' || words[at - 1] === 'to'
        // Any lower-case word but the grammar's (“motorway” is not in the American dictionary).
        return lower(token) && !isParticiple(word) && !/(ly|ing)$/.test(word) && !objectDeterminers.has(word) && !notInPhrase.has(word) && !closers.has(word) && !phraseBreaks.has(word) && !clauseStarts.has(word) && !secondVerbs.has(word) && word !== 'of' && word !== 'than'
      }
      const start = end
      // After a modal the subject's verb comes next (“should the trains run”): the shortest subject
      // followed by a plain verb. After “be”, the complement: the longest subject it can follow.
      const modal = !beVerbs.has(words[verb]!)
      const plainVerb = (at: number) => {
        const word = words[at] ?? ''
        return lower(tokens[at]) && !/(s|ed|ing)$/.test(word) && !objectDeterminers.has(word) && !closers.has(word) && !phraseBreaks.has(word) && (lexicon.isEntry(`${word}ing`) || lexicon.isEntry(`${word.replace(/e$/, '')}ing`) || lexicon.isEntry(`${word}${word.slice(-1)}ing`))
      }
      if (modal) {
        // Not after an adjective: “will the economic output … grow” has its subject's noun, not its verb, in “output”.
        while (end < first + 6 && !(end > start && plainVerb(end) && !/(?:ic|ical|ive|ous|ful|less|ary|ern)$/.test(words[end - 1]!)) && inSubject(end)) end++
        if (end === start || !plainVerb(end)) return
      } else {
        while (end < first + 6 && inSubject(end)) end++
        const next = tokens[end]
        if (next === undefined || next.kind !== 'word' || end === start) return
        const nextWord = words[end]!
        if (!(objectDeterminers.has(nextWord) || isParticiple(nextWord) || afterPerfectPrepositions.has(nextWord) || nextWord === 'in' || nextWord === 'under' || /^\d/.test(nextWord))) return
      }
      const source = tokens[verb - 1]!
      const subject = text.slice(tokens[first]!.start, tokens[end - 1]!.end)
      const fixed = `${source.value}, ${subject} ${verbToken.value}`
      report('verb-second', source.start, tokens[end - 1]!.end, fixed, `Write \`${fixed}\``, 0.65, 'de: Nach Angaben des Ministeriums sind rund 4.000 Brücken sanierungsbedürftig: German puts the verb second after the source; English puts the subject first.')
    }

    /**
     * “According to the police, participated in the march around 100,000 people.”: Spanish and Italian put
     * the subject after the verb and its place (participaron en la marcha unas 100.000 personas); English
     * has no subject-less verb after the source's comma. Only a past verb, one prepositional phrase, then a
     * quantity that ends the sentence.
     */
    function activeAfterSource(tokens: Token[], words: string[], verb: number): void {
      const word = words[verb] ?? ''
      if (!lower(tokens[verb]) || !(commonPastVerbs.has(word) || (/ed$/.test(word) && !edNouns.has(word) && lexicon.isCommonWord(word)))) return
      if (!afterPerfectPrepositions.has(words[verb + 1] ?? '') && words[verb + 1] !== 'in') return
      // The subject: from the first quantity to the end of the sentence.
      let first = verb + 2
      // The place between: plain words, no verb (“arrested in the raid were 12 men” is English).
      while (first < verb + 7 && tokens[first]?.kind === 'word' && !opensQuantity(words[first]!)) {
        if (romancePassiveStops.has(words[first]!) || isParticiple(words[first]!)) return
        first++
      }
      if (!opensQuantity(words[first] ?? '')) return
      let end = first + 1
      while (end < first + 7 && tokens[end] !== undefined && ((tokens[end]!.kind === 'word' && lower(tokens[end]) && !romancePassiveStops.has(words[end]!) && !isParticiple(words[end]!)) || /^\d/.test(words[end]!) || thousandsComma(tokens, end))) end++
      if (!/^[.!]$/.test(words[end] ?? '') || end + 1 < words.length) return
      const subject = text.slice(tokens[first]!.start, tokens[end - 1]!.end)
      const predicate = text.slice(tokens[verb]!.start, tokens[first - 1]!.end)
      const fixed = `${subject} ${predicate}`
      report('verb-second', tokens[verb]!.start, tokens[end - 1]!.end, fixed, `Write \`${fixed}\``, 0.65, 'es: Según la policía, participaron en la marcha unas 100.000 personas: the verb before its subject; English puts the subject first.')
    }

    /**
     * “…,” declared to the press the secretary general of the CFDT, Laurent Berger, …”, “…, said to
     * journalists in Brussels the EU trade spokeswoman Anna Körner.”: a reporting verb, whom it was said
     * to, then its subject (fr: a déclaré à la presse le secrétaire général); English puts the subject
     * first. The subject must be one who speaks, and the sentence must end or go on after it.
     */
    function invertedWithAudience(tokens: Token[], words: string[], verb: number): void {
      const verbWord = words[verb] ?? ''
      if (!(reporting.has(verbWord) || announcingVerbs.has(verbWord) || invertingVerbs.has(verbWord))) return
      // Whom it was said to: “to the press”, “to journalists”, “to the media”, “reporters” after “told”.
      let at = verb + 1
      if (words[at] === 'to') {
        at++
        if (words[at] === 'the') at++
      } else if (verbWord !== 'told') return
      if (!audienceNouns.has(words[at] ?? '')) return
      at++
      // Where: “in Brussels”, “in Paris”.
      if ((words[at] === 'in' || words[at] === 'at') && capital(tokens[at + 1])) {
        at += 2
        while (capital(tokens[at])) at++
      }
      const audienceEnd = at - 1
      if (words[at] !== 'the') {
        invertedNameWithAudience(tokens, words, verb, audienceEnd)
        return
      }
      const subjectStart = at
      // The subject: up to five words with a speaker among them (“the EU trade spokeswoman”), perhaps
      // “of (the) Name” (“of the CFDT”), a name (“Anna Körner”), an apposition between commas.
      let end = at + 1
      let speaks = false
      while (end < at + 6 && tokens[end]?.kind === 'word' && !notInPhrase.has(words[end]!) && !closers.has(words[end]!) && !phraseBreaks.has(words[end]!) && !determiners.has(words[end]!) && words[end] !== 'of') {
        if (speakerNouns.has(words[end]!)) speaks = true
        end++
      }
      if (!speaks) return
      if (words[end] === 'of') {
        // “of the CFDT”, “of finance”: a name, or one or two lower-case words.
        let next = words[end + 1] === 'the' ? end + 2 : end + 1
        const start = next
        if (capital(tokens[next])) while (capital(tokens[next])) next++
        else while (next < start + 2 && lower(tokens[next]) && !notInPhrase.has(words[next]!) && !closers.has(words[next]!) && !phraseBreaks.has(words[next]!)) next++
        if (next === start) return
        end = next
      }
      let apposition = false
      if (words[end] === ',' && capital(tokens[end + 1])) {
        // “, Laurent Berger,”: a name in apposition, closed by a comma.
        let next = end + 1
        while (capital(tokens[next])) next++
        if (next - end < 3 || (words[next] !== ',' && words[next] !== '.')) return
        end = next
        apposition = true
      }
      const close = tokens[end]
      if (close === undefined || !(close.value === '.' || close.value === ',') || relativePronouns.has(words[end + 1] ?? '')) return
      // “the EU trade spokeswoman Anna Körner”: a title before a full name takes no article once the
      // name opens the clause (the English false title).
      const named = !apposition && end - subjectStart >= 4 && capital(tokens[end - 1]) && capital(tokens[end - 2]) && speakerNouns.has(words[end - 3]!)
      const subject = text.slice(tokens[named ? subjectStart + 1 : subjectStart]!.start, tokens[end - 1]!.end) + (apposition ? ',' : '')
      const said = text.slice(tokens[verb]!.start, tokens[audienceEnd]!.end)
      const fixed = `${subject} ${said}`
      report('inverted-reporting-verb', tokens[verb]!.start, tokens[end - 1]!.end, fixed, `Write \`${fixed}\``, 0.65, 'fr: a déclaré à la presse le secrétaire général, es: dijo a los periodistas la portavoz: the reporting verb and whom it was said to before the subject; English puts the subject first.')
    }

    /**
     * “…,” told reporters Jean-Marc Duval.: the same inversion with a name for its subject (fr: a déclaré aux
     * journalistes Jean-Marc Duval), perhaps with an apposition that ends the sentence (“…, a grain farmer.”).
     * A relative clause or a verb after the name leaves it alone.
     */
    function invertedNameWithAudience(tokens: Token[], words: string[], verb: number, audienceEnd: number): void {
      const nameStart = audienceEnd + 1
      let nameEnd = nameStart
      while (nameEnd < nameStart + 5 && capital(tokens[nameEnd]) && !isCalendarWord(tokens[nameEnd]!.value)) nameEnd++
      if (nameEnd - nameStart < 2) return
      // The subject ends the sentence, or an apposition of plain words does (“, a grain farmer from Beauce.”).
      let end = nameEnd
      if (words[nameEnd] === ',' && (words[nameEnd + 1] === 'a' || words[nameEnd + 1] === 'an' || words[nameEnd + 1] === 'the')) {
        end = nameEnd + 2
        while (end < nameEnd + 14 && tokens[end]?.kind === 'word' && !relativePronouns.has(words[end]!) && !beVerbs.has(words[end]!) && !perfectAuxiliaries.has(words[end]!) && !modalsAndTo.has(words[end]!)) end++
        if (end - nameEnd < 3) return
      }
      if (words[end] !== '.' || end + 1 !== words.length) return
      const name = text.slice(tokens[nameStart]!.start, tokens[nameEnd - 1]!.end)
      const subject = end === nameEnd ? name : `${name}, ${text.slice(tokens[nameEnd + 1]!.start, tokens[end - 1]!.end)},`
      const fixed = `${subject} ${text.slice(tokens[verb]!.start, tokens[audienceEnd]!.end)}`
      report('inverted-reporting-verb', tokens[verb]!.start, tokens[end - 1]!.end, fixed, `Write \`${fixed}\``, 0.65, 'fr: a déclaré aux journalistes Jean-Marc Duval, es: dijo a los periodistas Ana Pérez: the reporting verb and whom it was said to before the subject; English puts the subject first.')
    }

    for (const {significant: tokens, keys: words} of sentenceViews(tree, file)) {
      // The gates of each token, with room after the last: rules look up to three tokens ahead.
      // One array for all sentences (a typed array costs more to make than to fill).
      if (gateScratch.length < words.length + 3) gateScratch = new Uint32Array((words.length + 3) * 2)
      const gate = gateScratch
      // And all the sentence's gates together: rules whose words it lacks are not run.
      let sentenceGates = 0
      for (let index = 0; index < words.length; index++) sentenceGates |= gate[index] = gateOf(tokens[index]!.number)
      gate[words.length] = gate[words.length + 1] = gate[words.length + 2] = 0
      // Where the sentence's words start, after any opening quotes or brackets.
      let opening = 0
      while (tokens[opening]?.kind === 'punctuation') opening++
      // A dateline (“BERLIN —”, “MADRID (Reuters) —”) is not the sentence's opening: that comes after its dash.
      const dash = datelineEnd(tokens, opening)
      if (dash >= 0) opening = dash + 1
      objectFirst(tokens, words, opening)
      verbSecondAfterTime(tokens, words, opening)
      verbSecondAfterPhrase(tokens, words, opening)
      // Where a clause with a German last verb would end: found once for the rules that read back from it.
      const clauseClose = clauseEnd(tokens, words, opening)
      modalVerbLast(tokens, words, opening, clauseClose)
      passiveVerbLast(tokens, words, opening, clauseClose)
      passiveParticipleLast(tokens, words, opening, clauseClose)
      perfectObjectFirst(tokens, words, opening, clauseClose)
      subordinateVerbLast(tokens, words, opening, clauseClose)
      reckonedWith(tokens, words, opening, clauseClose)
      if (sentenceGates & (victoryVerb | resultNoun)) scoreBeforeOpponent(tokens, words, gate)
      passiveVerbSecond(tokens, words, opening)
      copulaVerbSecond(tokens, words, opening)
      passiveAfterAsClause(tokens, words, opening)
      verbSecondAfterAccording(tokens, words, opening)
      alsoFirst(tokens, words, opening)
      presentWithDuration(tokens, words, opening)
      presentBeforeSince(tokens, words)
      romanceRelativePassive(tokens, words)
      if (sentenceGates & finishedTime) perfectWithPastTime(tokens, words)
      modalBracket(tokens, words, gate)
      for (let index = 0; index < tokens.length; index++) {
        // “the party Liberal Reform”: kind, then a capitalised name (with “and”/“of” inside).
        if (gate[index]! & kindFirst) for (const kind of kindsByFirstWord.get(words[index]!) ?? noKinds) {
          if (!kind.every((word, offset) => words[index + offset] === word)) continue
          // A capitalised kind inside a sentence begins a name itself: “the Alliance Furniture Mart”.
          if (index > opening && capital(tokens[index])) continue
          // “the party far-right Chega”: a political leaning between the kind and its name goes before the name.
          const leaning = politicalLeanings.has(words[index + kind.length] ?? '') && lower(tokens[index + kind.length]) && capital(tokens[index + kind.length + 1]) ? tokens[index + kind.length] : undefined
          const nameStart = index + kind.length + (leaning ? 1 : 0)
          // A determiner before the kind, perhaps with an adjective between: “the center-right party”.
          // Not for “union” with a word between: “the education union GEW” is “the GEW education union”, a noun
          // that the name goes before, not an adjective it follows (“the center-right Liberal Reform party”).
          const determined = determiners.has(words[index - 1] ?? '') || (kind[0] !== 'union' && lower(tokens[index - 1]) && determiners.has(words[index - 2] ?? ''))
          // Not a day (“a cocktail party Tuesday”) nor the capitalised common word of a body (“a coalition Government”).
          if (!capital(tokens[nameStart]) || !determined || isCalendarWord(tokens[nameStart]!.value) || notNames.has(words[nameStart]!)) continue
          let nameEnd = nameStart
          while (capital(tokens[nameEnd + 1]) || ((words[nameEnd + 1] === 'and' || words[nameEnd + 1] === 'of') && capital(tokens[nameEnd + 2]))) {
            nameEnd += capital(tokens[nameEnd + 1]) ? 1 : 2
          }
          // A person after a role is not a name of a kind: “the union leader Petra Vogel” never gets here, but “the group Anna” might.
          const after = tokens[nameEnd + 1]
          if (after?.kind === 'word' && /^\p{Lu}/u.test(after.value)) continue
          // A name with a short word of its own language inside goes on: “the movement Porta a Porta”, “the party Fratelli d’Italia”.
          if (lower(after) && foreignNameLinks.has(after!.value) && capital(tokens[nameEnd + 2])) continue
          // “the party Trump leads”: a person the article names in full, before a verb, is the subject of a
          // relative clause, not the name of the party.
          if (nameEnd === nameStart && lower(after) && fullNames(profile).has(tokens[nameStart]!.value)) continue
          // After a leaning the name must be one the article uses again (“a party conservative Republicans loved” is English).
          if (leaning && (profile.names.get(text.slice(tokens[nameStart]!.start, tokens[nameEnd]!.end)) ?? 0) < 2) continue
          const start = tokens[index]!.start
          const end = tokens[nameEnd]!.end
          const kindText = text.slice(start, tokens[index + kind.length - 1]!.end)
          const name = `${leaning ? `${leaning.value} ` : ''}${text.slice(tokens[nameStart]!.start, end)}`
          report('name-after-kind', start, end, `${name} ${kindText.toLowerCase()}`, `Put the name before its kind: \`${name} ${kindText.toLowerCase()}\``, 0.7, 'Romance languages write “el partido X”, “l’alliance X”; English writes “the X party”.')
        }

        // “the cyclist Slovenian Tadej Pogacar”: Romance languages put the nationality after the role
        // (“le cycliste slovène”); English puts it before. Only after an article (“told manager Dutch
        // Meyer” is a nickname) and before a name that is no common word (“gave the striker English lessons”).
        // A role of two words takes the nationality before both: “the tennis player Spanish Carlos Alcaraz”.
        const compoundRole = index > 1 && lower(tokens[index - 1]) && gate[index - 2]! & article
        if (
          gate[index]! & nationalityRole &&
          index > 0 &&
          (gate[index - 1]! & article || compoundRole) &&
          lower(tokens[index]) &&
          capital(tokens[index + 1]) &&
          nationalityWords.has(words[index + 1]!) &&
          capital(tokens[index + 2]) &&
          !lexicon.isCommonWord(tokens[index + 2]!.value)
        ) {
          const start = tokens[compoundRole && !(gate[index - 1]! & article) ? index - 1 : index]!.start
          const role = text.slice(start, tokens[index]!.end)
          const nationality = tokens[index + 1]!
          // Surer than the article before a role and a name (“The tennis player Spanish Carlos”), which would keep the order.
          report('nationality-after-role', start, nationality.end, `${nationality.value} ${role}`, `Put \`${nationality.value}\` before \`${role}\``, 0.8, 'fr: le cycliste slovène, es: el defensa inglés, it: l’attrice francese: the nationality follows the role; English puts it before.')
        }

        // “The Slovenian Tadej Pogacar won …”, “ahead of the Danish Jonas Vingegaard”: Romance languages put an
        // article before a nationality and a name (le Slovène Tadej Pogacar, el brasileño Vinícius Júnior); English
        // writes “Slovenian Tadej Pogacar”. Only before a full name the article uses again (a person it follows: “the
        // Spanish Costa Brava” is a place, and places come after “on”, “in”, “along” …).
        if (
          words[index] === 'the' &&
          capital(tokens[index + 1]) &&
          nationalityWords.has(words[index + 1]!) &&
          !placePrepositions.has(words[index - 1] ?? '') &&
          personNameAt(tokens, index + 2) &&
          // Mentioned again: counted in the document's words, where a sentence's first word counts too.
          ((profile.words.get(words[index + 2]!) ?? 0) >= 2 || (profile.words.get(words[index + 3]!) ?? 0) >= 2)
        ) {
          const nationality = tokens[index + 1]!
          reportArtifact(file, {
            reason: `Drop the article before \`${nationality.value} ${tokens[index + 2]!.value} ${tokens[index + 3]!.value}\``,
            place: {start: tokens[index]!.start, end: nationality.end},
            ruleId: 'article-before-nationality',
            source,
            category: 'function-word',
            confidence: 0.7,
            expected: [nationality.value],
            note: 'fr: le Slovène Tadej Pogacar, es: el brasileño Vinícius Júnior, it: il danese Vingegaard: English puts no article before a nationality and a name.',
            url
          })
        }

        // “The opposition Venezuelan denounced …”, “The president of the jury, an actress French, declared …”:
        // a body of the country or a person's role with its nationality after it and no name (es: la oposición
        // venezolana, it: un’attrice francese); English puts the nationality first. Only where punctuation or a
        // verb follows, so that the nationality cannot start a name or a people (“the team Italian fans love”);
        // after “a/an” the article agrees with the nationality (“a French actress”).
        // Any plural noun after “the” will do where a phrase ends there (`pluralBeforeNationality`).
        if (
          index > 0 &&
          gate[index - 1]! & article &&
          lower(tokens[index]) &&
          capital(tokens[index + 1]) &&
          nationalityWords.has(words[index + 1]!) &&
          (((gate[index]! & nationalityRole || collectiveBodies.has(words[index]!)) &&
            (/^[.,;:]$/.test(words[index + 2] ?? '') || (lower(tokens[index + 2]) && (/ed$/.test(words[index + 2]!) || predicateOpeners.has(words[index + 2]!))))) ||
            pluralBeforeNationality(tokens, words, index))
        ) {
          const nationality = tokens[index + 1]!
          const noun = tokens[index]!
          const written = tokens[index - 1]!.value
          const agreeing = words[index - 1] === 'the' ? undefined : indefiniteArticle(nationality.value)
          const opening = agreeing && /^\p{Lu}/u.test(written) ? `${agreeing.charAt(0).toUpperCase()}${agreeing.slice(1)}` : agreeing
          const start = opening ? tokens[index - 1]!.start : noun.start
          const fixed = `${opening ? `${opening} ` : ''}${nationality.value} ${noun.value}`
          report('nationality-after-role', start, nationality.end, fixed, `Write \`${fixed}\``, 0.75, 'es: la oposición venezolana, it: un’attrice francese, fr: l’armée française: the nationality follows the noun; English puts it before.')
        }

        // “the reform judicial”, “a thriller political”, “the crisis political and economic”: Romance languages
        // put a relational adjective after its noun; English never does. Not a complement (“made the process
        // political”), not after a word that is itself a modifier (“the most political”).
        if (
          gate[index + 2]! & relationalAdjective &&
          // After “of” too, with no article: “after months of tension political”, “speaks of blockade naval”.
          (postposingDeterminers.has(words[index]!) || words[index] === 'of') &&
          lower(tokens[index + 1]) &&
          !determiners.has(words[index + 1]!) &&
          lower(tokens[index + 2]) &&
          !notNounsBeforeAdjective.has(words[index + 1]!) &&
          !notInPhrase.has(words[index + 1]!) &&
          !/(al|ic|ive|ous|ful|less|ly|ing|ed)$/.test(words[index + 1]!) &&
          lexicon.isCommonWord(words[index + 1]!) &&
          // An adjective before the adjective (“a strong military”, “the different municipal”) has an -ly adverb.
          !lexicon.isEntry(`${words[index + 1]!}ly`) &&
          !complementVerbs.has(words[index - 1] ?? '') &&
          !complementVerbs.has(words[index - 2] ?? '')
        ) {
          let last = index + 2
          if (words[last + 1] === 'and' && gate[last + 2]! & relationalAdjective && lower(tokens[last + 2])) last += 2
          const next = words[last + 1]
          // A list of adjectives before their noun (“the political, economic and social ties”) is English.
          const listGoesOn = next === ',' && (postposedAdjectives.has(words[last + 2] ?? '') || /(al|ic)$/.test(words[last + 2] ?? ''))
          // Then the phrase ends: punctuation, a preposition, a relative, an auxiliary (“the reform judicial will”) or a participle (“the reform judicial promoted by”).
          if (!listGoesOn && (next === undefined || closers.has(next) || (phraseBreaks.has(next) && next !== 'and' && next !== 'or') || (next === 'and' && andGoesOn.has(words[last + 2] ?? '')) || relativePronouns.has(next) || (notInPhrase.has(next) && lower(tokens[last + 1])) || next === ')' || next === '"' || next === '”' || next === ':' || (isParticiple(next) && !/eed$/.test(next) && lower(tokens[last + 1])))) {
            const noun = tokens[index + 1]!
            const adjectives = text.slice(tokens[index + 2]!.start, tokens[last]!.end)
            const determinerToken = tokens[index]!
            const needed = words[index] === 'a' || words[index] === 'an' ? indefiniteArticle(adjectives) : undefined
            // “a economic crisis” would need “an”: the article is taken into the fix.
            const agreed = needed && needed !== words[index] ? (determinerToken.value.charAt(0) === 'A' ? needed.charAt(0).toUpperCase() + needed.slice(1) : needed) : undefined
            const start = agreed ? determinerToken.start : noun.start
            const fixed = `${agreed ? `${agreed} ` : ''}${adjectives} ${noun.value}`
            report('adjective-after-noun', start, tokens[last]!.end, fixed, `Put \`${adjectives}\` before \`${noun.value}\``, 0.7, 'es: la reforma judicial, fr: un thriller politique, it: la crisi politica ed economica: the pivot puts a relational adjective after its noun; English puts it before.')
          }
        }

        // “have called already for a strike”, “has taken already the decision”: after a perfect,
        // the pivots' adverb follows the participle (ont déjà appelé); English puts it before.
        if (
          gate[index + 1]! & perfectAdverb &&
          perfectAuxiliaries.has(words[index - 1] ?? '') &&
          lower(tokens[index]) &&
          isParticiple(words[index]!) &&
          lower(tokens[index + 2]) &&
          (determiners.has(words[index + 2]!) || afterPerfectPrepositions.has(words[index + 2]!)) &&
          words[index + 2] !== 'that' &&
          // “have undertaken never to use war”: “never” belongs to the infinitive.
          !(words[index + 2] === 'to' && words[index + 1] !== 'already')
        ) {
          const participle = tokens[index]!
          const adverb = tokens[index + 1]!
          report('adverb-after-verb', participle.start, adverb.end, `${adverb.value} ${participle.value}`, `Put \`${adverb.value}\` before \`${participle.value}\``, 0.7, 'fr: ils ont déjà appelé à, it: hanno già chiesto, de: haben bereits … aufgerufen: the adverb follows the participle; English puts it before.')
        }

        // “won narrowly the”: verb, adverb in -ly, then the object's determiner.
        // The rare conditions first (a determiner two words on, an adverb between): this runs for every token.
        const adverb = tokens[index + 1]
        if (
          gate[index + 2]! & determiner &&
          adverb?.kind === 'word' &&
          ((/^[a-z]+ly$/.test(adverb.value) && lexicon.isCommonWord(adverb.value)) || plainAdverbs.has(adverb.value)) &&
          lower(tokens[index]) &&
          (commonPastVerbs.has(words[index]!) || (/ed$/.test(words[index]!) && lexicon.isCommonWord(words[index]!))) &&
          // “concluded unequivocally that …”: “that” opens a clause, the adverb is in place.
          words[index + 2] !== 'that' &&
          !lyAdjectives.has(adverb.value) &&
          // “took exactly the opposite course”: a focus or degree adverb belongs to the object.
          !objectAdverbs.has(adverb.value) &&
          // “made substantially the same division”: the adverb qualifies “the same”.
          words[index + 3] !== 'same' &&
          // A long object may come after the adverb in English too: “demonstrated conclusively the power of art”,
          // “recalled sympathetically the Duke's complaint”.
          (plainAdverbs.has(adverb.value) || (words[index + 4] !== 'of' && !/['’]s$/.test(words[index + 3] ?? '')))
        ) {
          const verb = tokens[index]!
          report('adverb-after-verb', verb.start, adverb.end, `${adverb.value} ${verb.value}`, `Put \`${adverb.value}\` before \`${verb.value}\``, 0.7, 'Romance languages put the adverb after the verb (“ganó por poco las”); English puts it before.')
        }

        // “The government needs now a solution”, “They refuse repeatedly the offer”: the same in the present,
        // with the adverbs a translation leaves behind the verb (jetzt, ahora, maintenant, wiederholt). The
        // subject must be in sight, so that a noun in -s is not taken for a verb.
        if (
          gate[index + 2]! & determiner &&
          adverb?.kind === 'word' &&
          presentAdverbs.has(adverb.value) &&
          words[index + 2] !== 'that' &&
          lower(tokens[index]) &&
          // “It remains still the largest”: verbs of staying keep the adverb, as above.
          !stillKept.has(words[index]!) &&
          !stillKept.has(words[index]!.replace(/s$/, '')) &&
          presentVerbAfterSubject(tokens, words, index) &&
          // “prices rise now the subsidies have ended”: “now” may open a clause (“now that”).
          !(adverb.value === 'now' && clauseFollows(words, index + 3))
        ) {
          const verb = tokens[index]!
          report('adverb-after-verb', verb.start, adverb.end, `${adverb.value} ${verb.value}`, `Put \`${adverb.value}\` before \`${verb.value}\``, 0.65, 'de: Die Regierung braucht jetzt eine Lösung, es: necesita ahora un acuerdo: the adverb follows the verb; English puts it before.')
        }

        // “a parliament deeply fragmented.”, “a threshold very low to”: modifier after an indefinite noun.
        if ((words[index] === 'a' || words[index] === 'an') && lower(tokens[index + 1]) && tokens[index + 2]?.kind === 'word') {
          const noun = tokens[index + 1]!
          const degree = tokens[index + 2]!
          const adjective = tokens[index + 3]
          const end = tokens[index + 4]
          // Not “a very early date”, “a very costly war”: there the adverb already stands before its adjective.
          // Not a time adverb before a participle: “a report recently received” is English.
          const isDegree =
            (degree.value === 'very' || (/^[a-z]+ly$/.test(degree.value) && lexicon.isCommonWord(degree.value) && !lyAdjectives.has(degree.value) && !timeAdverbs.has(degree.value))) &&
            !degreeWords.has(noun.value)
          // Closed by punctuation or by an infinitive (“very low to enter”), not by “to the”.
          const afterTo = tokens[index + 5]
          // Not an adjective with its own complement: “a man very dear to me”, “a key totally unrelated to what …”.
          const closes =
            !end ||
            end.kind === 'punctuation' ||
            // A relative clause on the noun (“a parliament very fragmented where …”); not “that”, which may be the adjective's (“very proud that”).
            end.value === 'where' || end.value === 'which' || end.value === 'whose' ||
            (end.value === 'to' && lower(afterTo) && !determiners.has(afterTo!.value.toLowerCase()) && !complementStarts.has(afterTo!.value.toLowerCase()) && !/ing$/.test(afterTo!.value))
          // “In Hamburg was a woman seriously injured.”: after “was” a participle is the German passive's (verb-second).
          const passiveParticiple = /ed$/.test(adjective?.value ?? '') && beVerbs.has(words[index - 1] ?? '')
          if (isDegree && !passiveParticiple && lower(adjective) && !adverbsNotAdjectives.has(adjective!.value) && closes && lexicon.isCommonWord(noun.value) && !/ly$/.test(noun.value) && !/(ing|ly)$/.test(adjective!.value)) {
            const article = /^[aeiou]/i.test(degree.value) ? 'an' : 'a'
            const fixed = `${tokens[index]!.value === 'A' || tokens[index]!.value === 'An' ? article.charAt(0).toUpperCase() + article.slice(1) : article} ${degree.value} ${adjective!.value} ${noun.value}`
            report('modifier-after-noun', tokens[index]!.start, adjective!.end, fixed, `Put \`${degree.value} ${adjective!.value}\` before \`${noun.value}\``, 0.65, 'Romance languages put adjectives after the noun (“un umbral muy bajo”); English puts them before.')
          }
        }

        // “on American states politically sensitive.”: after a preposition, a plural noun (with one modifier
        // at most) and then an -ly adverb with its adjective closing the clause; English puts them first.
        if (gate[index]! & postposing && tokens[index + 1]?.kind === 'word') {
          const nounEnd = lower(tokens[index + 2]) && /s$/.test(words[index + 2]!) && !/ly$/.test(words[index + 2]!) ? index + 2 : index + 1
          const noun = tokens[nounEnd]!
          const degree = tokens[nounEnd + 1]
          const adjective = tokens[nounEnd + 2]
          const close = tokens[nounEnd + 3]
          if (
            lower(noun) &&
            /s$/.test(noun.value) &&
            // “the danger to us is seemingly remote”: a pronoun or a verb, not a plural noun.
            noun.value.length > 3 &&
            !notPluralNouns.has(noun.value) &&
            lexicon.isCommonWord(noun.value) &&
            tokens.slice(index + 1, nounEnd).every((token) => token.kind === 'word' && !determiners.has(token.value.toLowerCase()) && !/ly$/.test(token.value)) &&
            degree?.kind === 'word' &&
            /^[a-z]+ly$/.test(degree.value) &&
            lexicon.isCommonWord(degree.value) &&
            lower(adjective) &&
            !/(ing|ly|ed)$/.test(adjective!.value) &&
            lexicon.isCommonWord(adjective!.value) &&
            close !== undefined &&
            /^[.,;]$/.test(close.value)
          ) {
            const phrase = text.slice(tokens[index + 1]!.start, noun.end)
            const fixed = `${degree.value} ${adjective!.value} ${phrase}`
            report('modifier-after-noun', tokens[index + 1]!.start, adjective!.end, fixed, `Put \`${degree.value} ${adjective!.value}\` before \`${phrase}\``, 0.65, 'Romance languages put adjectives after the noun (des États politiquement sensibles); English puts them before.')
          }
        }

        // “tariffs on cars and car parts imported.”: a trade participle after the noun phrase it
        // describes, closing the clause; English puts it first (“on imported cars and car parts”).
        if (gate[index]! & participlePreposition) {
          const first = determiners.has(words[index + 1] ?? '') ? index + 2 : index + 1
          let end = first
          while (end < first + 6 && (lower(tokens[end]) || words[end] === 'and') && !postposedParticiples.has(words[end]!)) end++
          const participle = tokens[end]
          const close = tokens[end + 1]
          if (
            end > first &&
            participle !== undefined &&
            postposedParticiples.has(words[end]!) &&
            words[end - 1] !== 'and' &&
            words[first] !== 'and' &&
            tokens.slice(first, end).every((token) => token.kind === 'word' && !determiners.has(token.value.toLowerCase()) && !notInPhrase.has(token.value.toLowerCase()) && !/ly$/.test(token.value)) &&
            close !== undefined &&
            /^[.,;]$/.test(close.value)
          ) {
            const phrase = text.slice(tokens[first]!.start, tokens[end - 1]!.end)
            const fixed = `${participle.value} ${phrase}`
            report('participle-after-noun', tokens[first]!.start, participle.end, fixed, `Put \`${participle.value}\` before \`${phrase}\``, 0.65, 'fr: les voitures et pièces importées, es: los coches importados: the participle follows the noun; English puts it before.')
          }
        }

        // “Also is the share price reaction exaggerated.”: German “Also ist …”: “also” means “so”, and the
        // verb comes second; English writes “So the share price reaction is exaggerated.”
        if (index === opening && tokens[index]!.value === 'Also' && beVerbs.has(words[index + 1] ?? '') && words[index + 2] === 'the') {
          let last = index + 3
          while (last < index + 8 && lower(tokens[last + 1]) && !notInPhrase.has(words[last + 1]!)) last++
          const close = tokens[last + 1]
          if (last > index + 3 && lower(tokens[last]) && close !== undefined && /^[.,;”"]$/.test(close.value) && !notInPhrase.has(words[last]!)) {
            const subject = text.slice(tokens[index + 2]!.start, tokens[last - 1]!.end)
            const fixed = `So ${subject} ${tokens[index + 1]!.value} ${tokens[last]!.value}`
            report('verb-second', tokens[index]!.start, tokens[last]!.end, fixed, `Write \`${fixed}\``, 0.7, 'de: Also ist die Reaktion übertrieben: “also” is “so”, and German puts the verb second; English puts the subject first.')
          }
        }

        // “…, announced Thursday the prefecture, which …”: a reporting verb before its subject, with a day
        // between (fr: a annoncé jeudi la préfecture); English puts the subject first: “the prefecture announced Thursday”.
        // English inverts “said”, “added”, “warned” (“…, said the minister.”), not “announced” or “indicated”; any of them with a day between.
        // After a closing quote too: “…,” reported on Wednesday the institute.
        const afterComma = words[index] === ',' && closingQuotes.has(words[index + 1] ?? '') ? index + 2 : index + 1
        // “…, has communicated the INGV.”, “…, has announced Premier Giorgia Meloni …”: Italian and Portuguese put
        // their perfect there (ha comunicato, ha annunciato); English never inverts a perfect, so the auxiliary
        // goes and the verb takes the subject's place after it, in the simple past.
        const perfect =
          words[index] === ',' &&
          (words[afterComma] === 'has' || words[afterComma] === 'have') &&
          lower(tokens[afterComma]) &&
          (announcingVerbs.has(words[afterComma + 1] ?? '') || reporting.has(words[afterComma + 1] ?? '') || invertingVerbs.has(words[afterComma + 1] ?? '')) &&
          /(?:ed|said)$/.test(words[afterComma + 1]!)
        const verbAt = perfect ? afterComma + 1 : afterComma
        if (words[index] === ',') invertedWithAudience(tokens, words, verbAt)
        if (words[index] === ',' && (perfect || announcingVerbs.has(words[verbAt] ?? '') || ((reporting.has(words[verbAt] ?? '') || invertingVerbs.has(words[verbAt] ?? '')) && dayFollows(words, verbAt)))) {
          let at = verbAt + 1
          let day = ''
          if (isDay(words[at] ?? '')) {
            day = tokens[at]!.value
            at++
          } else if ((words[at] === 'on' || words[at] === 'this') && weekdays.has(words[at + 1] ?? '')) {
            day = text.slice(tokens[at]!.start, tokens[at + 1]!.end)
            at += 2
          }
          // English never puts these verbs before their subject: a named body may follow them without a day between.
          const foreignOnly = perfect || foreignInvertingVerbs.has(words[verbAt] ?? '')
          const named = words[at] === 'the' ? capital(tokens[at + 1]) : foreignOnly && capital(tokens[at]) && !isDay(words[at]!)
          if (named && (day !== '' || foreignOnly)) {
            // “…, reported on Wednesday the National Institute of Statistics (Indec),”: a body's name,
            // with “of”/“and”/“for” inside and perhaps its acronym in brackets; only with a day between,
            // since English may write “…, reported the Associated Press.”; “…, communicated Deutsche Bahn on
            // Sunday.”: a verb English never inverts, the day after the name.
            let end = words[at] === 'the' ? at + 1 : at
            while (capital(tokens[end]) || (nameConnectors.has(words[end] ?? '') && capital(tokens[end + 1]))) end++
            if (tokens[end]?.value === '(' && tokens[end + 1]?.kind === 'word' && tokens[end + 2]?.value === ')') end += 3
            // “the Civil Defense of the state”: a body of a place named before.
            if (words[end] === 'of' && words[end + 1] === 'the' && placeNouns.has(words[end + 2] ?? '')) end += 3
            const nameEnd = end
            // Without a day before the name, only a whole sentence's end: “…,” affirmed Germán Bahamón, manager
            // of the Federation.’ keeps the apposition with its name (English writes “said Germán Bahamón, …”).
            const sentenceEndOnly = day === ''
            if (day === '' && words[end] === 'on' && weekdays.has(words[end + 1] ?? '')) {
              day = text.slice(tokens[end]!.start, tokens[end + 1]!.end)
              end += 2
            }
            // After a perfect, a short phrase of time or place may close the sentence and stays with the verb:
            // “…, has announced Premier Giorgia Meloni at the end of the meeting.”
            let where = ''
            if (perfect && day === '' && perfectClosingPrepositions.has(words[end] ?? '')) {
              let last = end + 1
              while (last < end + 8 && lower(tokens[last]) && !notInPhrase.has(words[last]!)) last++
              if (last > end + 1 && words[last] === '.') {
                where = text.slice(tokens[end]!.start, tokens[last - 1]!.end)
                end = last
              }
            }
            const close = tokens[end]
            // Not in a list of verbs sharing a subject: “They met, informed Parliament on Monday, and left.”
            const listGoesOn = close?.value === ',' && listJoiners.has(words[end + 1] ?? '')
            if (nameEnd > (words[at] === 'the' ? at + 1 : at) && close !== undefined && (close.value === '.' || (close.value === ',' && !sentenceEndOnly)) && !listGoesOn) {
              const subject = text.slice(tokens[at]!.start, tokens[nameEnd - 1]!.end)
              // “communicated” is no English reporting verb: the institute “said”.
              const verb = pivotReportingVerbs.get(words[verbAt]!) ?? tokens[verbAt]!.value
              const fixed = `${subject} ${verb}${day ? ` ${day}` : ''}${where ? ` ${where}` : ''}`
              report('inverted-reporting-verb', tokens[afterComma]!.start, tokens[end - 1]!.end, fixed, `Write \`${fixed}\``, 0.65, 'es: informó este miércoles el Instituto Nacional de Estadística: the reporting verb before its subject; English puts the subject first.')
            }
          } else if (words[at] === 'the') {
            // The subject: “the” and one to three lower-case words, perhaps “of the” and a name, then a comma or a period.
            let end = at + 1
            // A title in capitals counts when “of” follows: “…, announced the Minister of Culture.”
            const titleWord = (at: number) => capital(tokens[at]) && speakerNouns.has(words[at]!) && words[at + 1] === 'of'
            while (end < at + 4 && (lower(tokens[end]) || titleWord(end)) && !notInPhrase.has(words[end]!) && words[end] !== 'of' && !closers.has(words[end]!)) end++
            // The subject must be one who speaks: “noted the defection of the Marylanders” is an object.
            const head = words[end - 1]!
            if (!speakerNouns.has(head)) end = at + 1
            if (end > at + 1 && words[end] === 'of') {
              // “of the Gironde”, “of the Commission”, “of finance”: a name, or one or two lower-case words.
              let next = words[end + 1] === 'the' ? end + 2 : end + 1
              if (capital(tokens[next])) {
                while (capital(tokens[next])) next++
              } else {
                const start = next
                while (next < start + 2 && lower(tokens[next]) && !notInPhrase.has(words[next]!) && !closers.has(words[next]!) && words[next] !== 'of') next++
                if (next === start) next = end
              }
              end = next
            }
            // “…, announced the club Monday in a statement.”: the day may follow the subject.
            let last = end
            let dayAfter = ''
            if (end > at + 1 && day === '') {
              if (isDay(words[end] ?? '')) {
                dayAfter = tokens[end]!.value
                last = end + 1
              } else if (words[end] === 'on' && weekdays.has(words[end + 1] ?? '')) {
                dayAfter = text.slice(tokens[end]!.start, tokens[end + 1]!.end)
                last = end + 2
              }
            }
            // “…, informed the delegations in a joint statement.”: where it was said may close the clause.
            const statementAt = last
            if (end > at + 1 && words[last] === 'in' && (words[last + 1] === 'a' || words[last + 1] === 'an')) {
              const noun = statementModifiers.has(words[last + 2] ?? '') ? last + 3 : last + 2
              if (statementNouns.has(words[noun] ?? '')) last = noun + 1
            }
            const close = tokens[last]
            const after = tokens[last + 1]
            // Not before an apposition (“the prefect, Etienne Guyot,”): the subject would be cut in two.
            // Nor, without a day between, before a relative clause (“…,” declared the premier, who has announced …): it belongs to the subject.
            // “who” and “that” always do (“announced on Wednesday the company, that is being privatised”); “which” may take the whole clause.
            const relative = words[last + 1] ?? ''
            // Nor in a list of verbs sharing a subject: “She resigned, criticised the party leader, and left.”
            const listGoesOn = listJoiners.has(relative)
            if (end > at + 1 && close !== undefined && (close.value === '.' || (close.value === ',' && !capital(after) && !listGoesOn && relative !== 'who' && relative !== 'that' && (day !== '' || !relativePronouns.has(relative))))) {
              const subject = text.slice(tokens[at]!.start, tokens[end - 1]!.end)
              const verb = pivotReportingVerbs.get(words[verbAt]!) ?? tokens[verbAt]!.value
              const where = last > statementAt ? ` ${text.slice(tokens[statementAt]!.start, tokens[last - 1]!.end)}` : ''
              const when = day || dayAfter
              const fixed = `${subject} ${verb}${when ? ` ${when}` : ''}${where}`
              report('inverted-reporting-verb', tokens[afterComma]!.start, tokens[last - 1]!.end, fixed, `Write \`${fixed}\``, 0.65, 'fr: a annoncé jeudi la préfecture, es: anunció el jueves la prefectura: the reporting verb before its subject; English puts the subject first.')
            }
          }
        }

        // “…, warned the analysts.”: an inverted reporting verb and a plural subject close the sentence.
        if (words[index] === ',' && reporting.has(words[index + 1] ?? '') && words[index + 2] === 'the' && lower(tokens[index + 3]) && /s$/.test(words[index + 3]!) && tokens[index + 4]?.value === '.' && index + 5 >= tokens.length) {
          const verb = tokens[index + 1]!
          const noun = tokens[index + 3]!
          report('inverted-reporting-verb', verb.start, noun.end, `${noun.value} ${verb.value}`, `Write \`${noun.value} ${verb.value}\``, 0.65, 'Spanish and French invert the reporting verb (“advirtieron los analistas”); English puts the subject first, with no article for a group in general.')
        }

        // “a plan of housing”, “a public company of housing”: a head English puts after a bare mass noun
        // (es: un plan de vivienda, una empresa pública de vivienda); “the price of gold” is English and never matches.
        if (gate[index]! & article) {
          // One plain adjective may stand between the article and the head: “a public company of housing”.
          const headAt = compoundHeads.has(words[index + 1] ?? '') ? index + 1 : lower(tokens[index + 1]) && compoundHeads.has(words[index + 2] ?? '') && /(al|ic|ive|ous|ian|ean|ish|ese|ary|ed)$/.test(words[index + 1]!) ? index + 2 : -1
          if (headAt > 0 && !capital(tokens[headAt]) && words[headAt + 1] === 'of' && mass.has(words[headAt + 2] ?? '') && !institutionWords.has(words[headAt + 2]!) && lower(tokens[headAt + 2])) {
            const next = tokens[headAt + 3]
            // Not a list (“the programs of health, education, and social security”).
            const listed = (words[headAt + 3] === ',' || words[headAt + 3] === 'and' || words[headAt + 3] === 'or') && mass.has(words[headAt + 4] ?? '')
            const ends = !listed && (!next || next.kind !== 'word' || /^(and|or|in|on|at|for|to|with|of|worth|is|was|are|were|has|had|will|would|could|that|which)$/.test(next.value))
            if (ends) {
              const massWord = tokens[headAt + 2]!.value
              const between = headAt > index + 1 ? `${tokens[index + 1]!.value} ` : ''
              const first = between || massWord
              const written = tokens[index]!.value
              // “a energy plan” would be wrong: the article agrees with the word that now follows it.
              const article = written.toLowerCase() === 'the' ? written : matchArticle(written, indefiniteArticle(first) ?? written.toLowerCase())
              const fixed = `${article} ${between}${massWord} ${tokens[headAt]!.value}`
              report('romance-genitive', tokens[index]!.start, tokens[headAt + 2]!.end, fixed, `Write \`${fixed}\``, 0.65, 'es: un plan de vivienda, una empresa pública de vivienda, fr: un plan de logement: English puts the mass noun first.')
            }
          }
        }

        // “the crisis of the housing”: a head noun with a Romance genitive of a mass noun.
        // A capitalised head is a formal name (“the Ministry of the Interior”), English too.
        if (words[index] === 'the' && heads.has(words[index + 1] ?? '') && !capital(tokens[index + 1]) && words[index + 2] === 'of' && words[index + 3] === 'the' && mass.has(words[index + 4] ?? '')) {
          // The genitive ends the noun phrase: “the crisis of the housing and…”, not “…of the housing market”.
          const next = tokens[index + 5]
          const ends =
            !next ||
            next.kind !== 'word' ||
            /^(and|or|in|on|at|for|to|with|is|was|are|were|has|had|will|would|could|that|which|rose|fell|grew|rise|rises|fall|falls|remain|remains|continue|continues|also|said|says|met)$/.test(next.value) ||
            /ed$/.test(next.value)
          // “the prices of the food and of the energy”: a second genitive joins the first (“food and energy prices”);
          // “and of” before anything else leaves the phrase alone, since moving one half would strand the other.
          const joined = words[index + 5] === 'and' && words[index + 6] === 'of' && words[index + 7] === 'the' && mass.has(words[index + 8] ?? '') && tokens[index + 9]?.kind !== 'word'
          if (ends && (joined || !(words[index + 5] === 'and' && words[index + 6] === 'of'))) {
            const start = tokens[index]!.start
            const end = tokens[joined ? index + 8 : index + 4]!.end
            // A plural head in general takes no article: "the prices of the food rose" → "food prices rose".
            const plural = /s$/.test(words[index + 1]!) && words[index + 1] !== 'crisis'
            // A noun used as a modifier is singular: "the prices of the fertilizers" → "fertilizer prices".
            const singularOf = (modifier: string) => {
              const singular = modifier.replace(/s$/, '')
              return modifier !== singular && !pluralModifiers.has(modifier.toLowerCase()) && lexicon.isCommonWord(singular) ? singular : modifier
            }
            const mass = joined ? `${singularOf(tokens[index + 4]!.value)} and ${singularOf(tokens[index + 8]!.value)}` : singularOf(tokens[index + 4]!.value)
            const head = tokens[index + 1]!.value
            const capital = /^\p{Lu}/u.test(tokens[index]!.value)
            const fixed = plural ? `${capital ? mass.charAt(0).toUpperCase() + mass.slice(1) : mass} ${head}` : `${tokens[index]!.value} ${mass} ${head}`
            report('romance-genitive', start, end, fixed, `Write \`${fixed}\``, 0.7, 'fr: la crise du logement, es: la crisis de la vivienda: English puts the mass noun first.')
          }
        }

        // “Trump Last known conversation”: a name, then a capitalised ordinary word and lower-case words:
        // a possessive was probably lost, but the repair is not certain, so it is flagged for the reviewer.
        if (
          // The cheap tests first: most words are no capitalised name of this article.
          capital(tokens[index]) &&
          (profile.names.get(tokens[index]!.value) ?? 0) > 1 &&
          !isCalendarWord(tokens[index]!.value) &&
          (index === 0 || capital(tokens[index - 1]) === false) &&
          /^\p{Lu}\p{Ll}+$/u.test(tokens[index]?.value ?? '') &&
          (lexicon.isListedName(tokens[index]!.value) || !lexicon.isCommonWord(tokens[index]!.value)) &&
          // Proper adjectives ("European Commission", "French Open") are not people.
          !/(an|ese|ish|ch|i)$/.test(tokens[index]!.value) &&
          !nameHeads.has(words[index + 1] ?? '') &&
          /^\p{Lu}\p{Ll}+$/u.test(tokens[index + 1]?.value ?? '') &&
          // A pair the article repeats is a name of its own ("Liberal Reform").
          text.split(`${tokens[index]!.value} ${tokens[index + 1]!.value}`).length === 2 &&
          lexicon.isCommonWord(words[index + 1]!) &&
          !lexicon.isListedName(tokens[index + 1]!.value) &&
          lower(tokens[index + 2]) &&
          lower(tokens[index + 3])
        ) {
          const name = tokens[index]!
          const next = tokens[index + 1]!
          // “Trump Last known conversation”: an ordinal or “latest” after the name only fits as its possessive;
          // “Trump Last year said” is a time phrase that lost its lower case, left to the casing rules.
          // “Trump First met Xi”: an adverb before a verb lost its lower case; no possession either.
          const verbAfter = /ed$/.test(words[index + 2]!) || commonPastVerbs.has(words[index + 2]!) || pastVerbs.has(words[index + 2]!)
          const certain = possessiveAdjectives.has(words[index + 1]!) && !timeNouns.has(words[index + 2]!) && !verbAfter
          reportArtifact(file, {
            reason: `\`${name.value} ${next.value}\` may have lost a possessive (\`${name.value}'s ${next.value.toLowerCase()}\`?)`,
            place: {start: name.start, end: next.end},
            ruleId: 'lost-possessive',
            source,
            category: 'word-order',
            confidence: certain ? 0.65 : 0.4,
            ...(certain ? {expected: [`${name.value}${/s$/.test(name.value) ? "'" : "'s"} ${next.value.toLowerCase()}`]} : {}),
            note: 'A genitive of the pivot language (la dernière conversation de Trump) can come out as a name followed by a capitalised noun phrase; check the sentence.',
            url
          })
        }

        // “The monthly inflation of Argentina slowed”: a subject in the Romance genitive order, at the
        // start of a sentence, with a head a country owns; English news writes “Argentina's monthly inflation”.
        // At the start of a sentence or after a dateline (“BUENOS AIRES (AP) — The …”).
        if (index === opening || tokens[index - 1]?.value === '—') {
          // With its article (“The monthly inflation of”) or without, once another rule took it (“Monthly inflation of”).
          const first = words[index] === 'the' ? index + 1 : index
          const of = words[first + 1] === 'of' ? first + 1 : words[first + 2] === 'of' ? first + 2 : -1
          const owner = tokens[of + 1]
          const after = tokens[of + 2]
          if (
            of > 0 &&
            ownedHeads.has(words[of - 1]!) &&
            tokens.slice(first, of).every((token, offset) => (offset === 0 && first === index ? token.kind === 'word' : lower(token)) && /^\p{L}\p{Ll}*(-\p{Ll}+)?$/u.test(token.value)) &&
            capital(owner) &&
            owners.has(words[of + 1]!) &&
            (after?.value === ',' || (lower(after) && !/^(and|or|nor|but|of)$/.test(words[of + 2]!)))
          ) {
            const owned = text.slice(tokens[first]!.start, tokens[of - 1]!.end)
            // A capital that opens the sentence hides a name: “Bank of Mexico cuts rates” over a story
            // that writes “the Bank of Mexico” elsewhere.
            const named = first === index && isCapitalized(owned) && containsElsewhere(text, `${owned} of ${owner!.value}`, tokens[first]!.start)
            const fixed = `${owner!.value}'s ${owned.charAt(0).toLowerCase()}${owned.slice(1)}`
            if (!named) {
              report('country-genitive', tokens[index]!.start, owner!.end, fixed, `Write \`${fixed}\``, 0.65, 'fr: l’inflation mensuelle de l’Argentine, es: la inflación mensual de Argentina: English news puts the country first, as a possessive.')
            }
          }
        }

        // “the Liberal Reform of Kramer.”, “the government of Meloni,”: a person's party or government in the
        // Romance genitive order; English news writes “Kramer's Liberal Reform”. The owner is a person the
        // article names in full (“Ruud Kramer”), the owned a political body or a name the article repeats.
        if (words[index] === 'the' && (index === 0 || words[index - 1] !== 'of')) {
          let of = index + 1
          while (of < index + 5 && words[of] !== 'of' && tokens[of]?.kind === 'word') of++
          const owner = tokens[of + 1]
          const after = tokens[of + 2]
          // The cheap tests first: most “the” start no “the X of Surname”.
          if (words[of] === 'of' && of > index + 1 && capital(owner) && /^\p{Lu}\p{Ll}+$/u.test(owner!.value) && !owners.has(words[of + 1]!)) {
            const ownedTokens = tokens.slice(index + 1, of)
            const ownedText = text.slice(ownedTokens[0]!.start, ownedTokens[ownedTokens.length - 1]!.end)
            const ownedIsBody = ownedTokens.length === 1 && personOwned.has(words[index + 1]!)
            // A name of the article's own: two words or more (“Liberal Reform”), or one that is no ordinary word (“Podemos”), not “the Department”.
            const ownedIsName =
              ownedTokens.every((token) => capital(token)) && (ownedTokens.length > 1 || !lexicon.isCommonWord(ownedText)) && (profile.names.get(ownedText) ?? 0) > 1
            const closes = after === undefined || /^[.,;:)]$/.test(after.value) || (lower(after) && !/^(and|or|nor|but|of|who|whom|whose)$/.test(words[of + 2]!))
            if ((ownedIsBody || ownedIsName) && closes && fullNames(profile).has(owner!.value)) {
              const fixed = `${owner!.value}'s ${ownedIsName ? ownedText : ownedText.toLowerCase()}`
              report('person-genitive', tokens[index]!.start, owner!.end, fixed, `Write \`${fixed}\``, 0.7, 'es: la Reforma Liberal de Kramer, fr: le gouvernement de Meloni: English news puts the person first, as a possessive.')
            }
          }
        }

        // “We need every year billions for the renovation”: after a pronoun and its verb, the time
        // phrase goes after the object (one to three words up to a preposition or punctuation).
        if (words[index] === 'every' && everyUnits.has(words[index + 1] ?? '') && subjectPronouns.has(words[index - 2] ?? '') && lower(tokens[index - 1]) && !clauseVerbs.has(words[index - 1]!)) {
          let end = index + 2
          while (end < index + 5 && lower(tokens[end]) && !closers.has(words[end]!) && !phraseBreaks.has(words[end]!)) end++
          const closer = words[end]
          if (end > index + 2 && closer !== undefined && closers.has(closer) && tokens.slice(index + 2, end).every((token) => token.kind === 'word')) {
            const time = text.slice(tokens[index]!.start, tokens[index + 1]!.end)
            const object = text.slice(tokens[index + 2]!.start, tokens[end - 1]!.end)
            report('time-before-object', tokens[index]!.start, tokens[end - 1]!.end, `${object} ${time}`, `Put \`${time}\` after \`${object}\``, 0.65, 'German and French put a time phrase between the verb and its object (wir brauchen jedes Jahr Milliarden); English puts it after the object.')
          }
        }

        // “visited yesterday the new plant”, “raised again its key rate”: a time adverb between a
        // verb and its object (fr: a visité hier l’usine, es: subió de nuevo su tasa) goes after the object.
        if (
          gate[index + 1]! & timeBetweenBit &&
          objectDeterminers.has(words[index + 2] ?? '') &&
          // “soared again the next year”: a time phrase, not an object.
          !timeNouns.has(words[index + 3] ?? '') &&
          !sequenceWords.has(words[index + 3] ?? '') &&
          lower(tokens[index]) &&
          !clauseVerbs.has(words[index]!) &&
          !reporting.has(words[index]!) &&
          !sayingVerbs.has(words[index]!) &&
          (commonPastVerbs.has(words[index]!) ||
            (/ed$/.test(words[index]!) && !edNouns.has(words[index]!) && lexicon.isCommonWord(words[index]!)) ||
            // “to read again the debates” is also older English: after “to” or a modal, only the days.
            (words[index + 1] !== 'again' && modalsAndTo.has(words[index - 1] ?? '') && lexicon.isCommonWord(words[index]!)))
        ) {
          // The object: the determiner and one to three words, up to a preposition or punctuation.
          let end = index + 3
          while (end < index + 6 && lower(tokens[end]) && !closers.has(words[end]!) && !phraseBreaks.has(words[end]!) && words[end] !== 'of') end++
          const closer = words[end]
          // “denied again the accusations and said …”: “and” before a second verb closes the object too.
          const andVerb = closer === 'and' && lower(tokens[end + 1]) && (/ed$/.test(words[end + 1]!) || commonPastVerbs.has(words[end + 1]!) || words[end + 1] === 'said')
          if (end > index + 3 && (closer === undefined || closers.has(closer) || andVerb) && tokens.slice(index + 3, end).every((token) => token.kind === 'word')) {
            const verb = tokens[index]!
            const time = tokens[index + 1]!
            const object = text.slice(tokens[index + 2]!.start, tokens[end - 1]!.end)
            report('time-before-object', verb.start, tokens[end - 1]!.end, `${verb.value} ${object} ${time.value}`, `Put \`${time.value}\` after \`${object}\``, 0.65, 'French, Spanish and Italian put a time adverb between the verb and its object (a visité hier l’usine); English puts it after the object.')
          }
        }

        // “cut on Thursday its key rate by a quarter point”, “approved last night the budget law”: a time
        // phrase of two words (a day, “last night”, a month) between the verb and its object goes after the object.
        // A verb that may also report (“maintained that …”, “reported on Friday the company had …”) takes
        // part only with a plain object, no verb in it (checked below), and not after a comma or a
        // quotation: “…, announced on Monday the minister” is the inverted report.
        const timeNext = (gate[index + 1]! & timePhraseStart) !== 0
        const reportsToo = timeNext && objectTakingReporters.has(words[index] ?? '') && words[index - 1] !== ',' && !closingQuotes.has(words[index - 1] ?? '')
        if (timeNext && lower(tokens[index]) && !clauseVerbs.has(words[index]!) && ((!reporting.has(words[index]!) && !sayingVerbs.has(words[index]!)) || reportsToo)) {
          const second = words[index + 2] ?? ''
          const first = words[index + 1]!
          let objectStart = -1
          if ((first === 'on' && weekdays.has(second)) || (first === 'last' && lastUnits.has(second)) || (first === 'this' && (weekdays.has(second) || partsOfDay.has(second)))) objectStart = index + 3
          else if (first === 'in' && isCalendarWord(second) && !weekdays.has(second) && capital(tokens[index + 2])) objectStart = /^(?:19|20)\d\d$/.test(words[index + 3] ?? '') ? index + 4 : index + 3
          // “received in the afternoon the representatives”: a part of the day, with its article.
          else if (first === 'in' && second === 'the' && partsOfDay.has(words[index + 3] ?? '') && words[index + 3] !== 'night') objectStart = index + 4
          if (partsOfDay.has(words[objectStart] ?? '')) objectStart++
          const verbWord = words[index]!
          // A past verb (a common irregular one, or a known word in -ed): what takes a moved object.
          const pastVerb = commonPastVerbs.has(verbWord) || (/ed$/.test(verbWord) && !edNouns.has(verbWord) && lexicon.isCommonWord(verbWord))
          // A count opens an object too (“opened on Wednesday two centers in Albania”).
          const count = /^\d/.test(words[objectStart] ?? '') || (isCardinal(words[objectStart] ?? '') && words[objectStart] !== 'one')
          // “dismissed on Wednesday evening Finance Minister Christian Lindner, after …”: a person with a title for
          // object, closing the clause.
          if (objectStart > 0 && !reportsToo && capital(tokens[objectStart])) {
            let nameEnd = objectStart
            while (nameEnd < objectStart + 6 && capital(tokens[nameEnd]) && !isDay(words[nameEnd]!)) nameEnd++
            const titled = nameEnd - objectStart >= 3 && words.slice(objectStart, nameEnd - 1).some((word) => speakerNouns.has(word))
            if (titled && pastVerb && (words[nameEnd] === ',' || words[nameEnd] === '.' || words[nameEnd] === undefined)) {
              const time = text.slice(tokens[index + 1]!.start, tokens[objectStart - 1]!.end)
              const object = text.slice(tokens[objectStart]!.start, tokens[nameEnd - 1]!.end)
              report('time-before-object', tokens[index]!.start, tokens[nameEnd - 1]!.end, `${tokens[index]!.value} ${object} ${time}`, `Put \`${time}\` after \`${object}\``, 0.65, 'fr: a limogé mercredi le ministre des Finances, de: entließ am Mittwochabend Finanzminister Lindner: the day comes between the verb and its object; English puts it after the object.')
            }
          }
          if (
            objectStart > 0 &&
            (objectDeterminers.has(words[objectStart] ?? '') || count) &&
            !timeNouns.has(words[objectStart + 1] ?? '') &&
            !sequenceWords.has(words[objectStart + 1] ?? '') &&
            (pastVerb || (modalsAndTo.has(words[index - 1] ?? '') && lexicon.isCommonWord(verbWord)))
          ) {
            let end = objectStart + 1
            // An ordinal belongs to the object: “its 20th title”.
            while (end < objectStart + 5 && (lower(tokens[end]) || /^\d+(?:st|nd|rd|th)$/.test(words[end] ?? '')) && !closers.has(words[end]!) && !phraseBreaks.has(words[end]!) && words[end] !== 'of') end++
            // “received in the afternoon the representatives of the staff.”: an “of” phrase that ends the
            // sentence belongs to the object.
            if (words[end] === 'of' && end > objectStart + 1 && !reportsToo) {
              let ofEnd = objectDeterminers.has(words[end + 1] ?? '') ? end + 2 : end + 1
              const from = ofEnd
              while (ofEnd < from + 3 && lower(tokens[ofEnd]) && !closers.has(words[ofEnd]!) && !phraseBreaks.has(words[ofEnd]!) && words[ofEnd] !== 'of') ofEnd++
              if (ofEnd > from && /^[.;!?]$/.test(words[ofEnd] ?? '')) end = ofEnd
            }
            const closer = words[end]
            const plain = !reportsToo || words.slice(objectStart, end).every((word) => !objectVerbs.has(word) && !/ed$/.test(word) && !clauseVerbs.has(word))
            if (plain && end > objectStart + 1 && (closer === undefined || closers.has(closer) || objectClosingPrepositions.has(closer)) && tokens.slice(objectStart + 1, end).every((token) => token.kind === 'word')) {
              // A short phrase after the object (“the budget law for 2025”, “a procedure against France”) stays
              // with it: the time goes to the end of the clause when that comes within six words.
              let clauseLast = end
              // “to 10 percent” is the object's target, not an infinitive.
              while (clauseLast < end + 6 && tokens[clauseLast] !== undefined && (tokens[clauseLast]!.kind === 'word' || tokens[clauseLast]!.value === '%' || thousandsComma(tokens, clauseLast)) && (!phraseClauseWords.has(words[clauseLast]!) || numberTargetAt(words, clauseLast))) clauseLast++
              const closesClause = (at: number) => at >= words.length || (/^[.,;:!?]$/.test(words[at]!) && !closers.has(words[at - 1]!))
              // A phrase running on into a clause (“a law approved by Congress that …”) leaves no safe place for the time.
              // “raised on Wednesday the basic interest rate, the Selic, by …”: an apposition naming the object
              // belongs to it, so no comma there closes the clause.
              const apposition = words[end] === ',' && (capital(tokens[end + 1]) || (words[end + 1] === 'the' && capital(tokens[end + 2])))
              // A phrase with its own year (“reported a profit in 2022”) keeps the day before it.
              const ownYear = closer === 'in' && /^(?:19|20)\d\d$/.test(words[end + 1] ?? '')
              // “launched on Tuesday a strike to denounce the lack of staff”: an infinitive with its own object
              // follows the object; the time goes before it.
              const infinitive = closer === 'to' && lower(tokens[end + 1]) && !objectDeterminers.has(words[end + 1]!) && objectDeterminers.has(words[end + 2] ?? '')
              const last = apposition ? -1 : closesClause(end) || ownYear || infinitive ? end - 1 : closesClause(clauseLast) ? clauseLast - 1 : -1
              const time = text.slice(tokens[index + 1]!.start, tokens[objectStart - 1]!.end)
              const object = last < 0 ? '' : text.slice(tokens[objectStart]!.start, tokens[last]!.end)
              // After a reporting verb, a comma may open an apposition to the object (“a plan, dubbed …”): stay.
              if (last >= 0 && !(reportsToo && words[last + 1] === ',')) report('time-before-object', tokens[index]!.start, tokens[last]!.end, `${tokens[index]!.value} ${object} ${time}`, `Put \`${time}\` after \`${object}\``, 0.65, 'fr: a approuvé lundi le budget, es: recortó este jueves su tasa: French, Spanish and Italian put the day between the verb and its object; English puts it after the object.')
            }
          }
        }

        // “The company has in the last year more than 2,000 employees laid off.”: the German verb bracket
        // (hat … entlassen) leaves the participle at the end; English puts it after the auxiliary.
        if (gate[index]! & perfectAuxiliary && lower(tokens[index]) && words[index + 1] !== undefined) {
          const bracket = verbBracket(tokens, words, index + 1)
          if (bracket) {
            const {adverbialEnd, participle, last, past} = bracket
            const adverbial = text.slice(tokens[index + 1]!.start, tokens[adverbialEnd - 1]!.end)
            const object = text.slice(tokens[adverbialEnd]!.start, tokens[participle - 1]!.end)
            const particle = last > participle ? text.slice(tokens[participle]!.end, tokens[last]!.end) : ''
            const participleWord = tokens[participle]!.value
            // With a finished time the perfect is German (“hat gestern … erhöht”): English writes the simple past.
            const verb = past && words[index] !== 'had' ? `${pastOfParticiple.get(participleWord) ?? participleWord}${particle}` : `${tokens[index]!.value} ${participleWord}${particle}`
            const front = frontAdverbs.has(words[index + 1]!)
            let fixed = `${verb} ${object} ${adverbial}`
            if (front && adverbialEnd === index + 2) fixed = `${tokens[index]!.value} ${adverbial} ${participleWord}${particle} ${object}`
            else if (front) {
              // “has already in 2022 … decided”: the adverb goes before the participle, the time after the
              // object; with a finished time the perfect becomes the simple past (“already decided … in 2022”).
              const time = text.slice(tokens[index + 2]!.start, tokens[adverbialEnd - 1]!.end)
              const adverb = tokens[index + 1]!.value
              const head = past && words[index] !== 'had' ? `${adverb} ${pastOfParticiple.get(participleWord) ?? participleWord}` : `${tokens[index]!.value} ${adverb} ${participleWord}`
              fixed = `${head}${particle} ${object} ${time}`
            }
            report('verb-final', tokens[index]!.start, tokens[last]!.end, fixed, `Write \`${fixed}\``, 0.7, 'de: Das Unternehmen hat im letzten Jahr 2.000 Mitarbeiter entlassen: German puts the participle last; English puts it after the auxiliary, the object after it and the time last.')
          }
        }

        // “…, as the company on Thursday in Hamburg announced.”: German ends the clause with its verb
        // (wie das Unternehmen am Donnerstag in Hamburg mitteilte); English puts the verb after the subject.
        // “wie” also comes out as “like” (“…, like the Federal Office on Monday communicated.”): the fix says “as”.
        if (words[index] === ',' && (words[index + 1] === 'as' || words[index + 1] === 'like') && (words[index + 2] === 'the' || words[index + 2] === 'both' || capital(tokens[index + 2]))) {
          // The subject: one to four words, up to the time.
          let time = index + 3
          while (time < index + 7 && tokens[time]?.kind === 'word' && !(words[time] === 'on' && weekdays.has(words[time + 1] ?? '')) && words[time] !== 'yesterday' && words[time] !== 'today') time++
          let end = words[time] === 'on' ? time + 2 : time + 1
          if (partsOfDay.has(words[end] ?? '')) end++
          // A place may follow the time: “in Hamburg”, “in Berlin”.
          if ((words[end] === 'in' || words[end] === 'at') && capital(tokens[end + 1])) {
            end += 2
            while (capital(tokens[end])) end++
          }
          const verb = tokens[end]
          const close = tokens[end + 1]
          if (
            time > index + 2 &&
            time < index + 7 &&
            ((words[time] === 'on' && weekdays.has(words[time + 1] ?? '')) || words[time] === 'yesterday' || words[time] === 'today') &&
            tokens.slice(index + 2, time).every((token) => token.kind === 'word') &&
            lower(verb) &&
            (/ed$/.test(verb!.value) || finalVerbs.has(verb!.value)) &&
            (close === undefined || /^[.,;:!?”"]$/.test(close.value))
          ) {
            const subject = text.slice(tokens[index + 2]!.start, tokens[time - 1]!.end)
            const circumstances = text.slice(tokens[time]!.start, tokens[end - 1]!.end)
            const fixed = `as ${subject} ${verb!.value} ${circumstances}`
            report('verb-final', tokens[index + 1]!.start, verb!.end, fixed, `Write \`${fixed}\``, 0.7, 'de: wie das Unternehmen am Donnerstag mitteilte: a German clause ends with its verb; English puts the verb after the subject.')
          }
        }

        // “to lower to zero its 10% tariff on cars”: es/fr/it put the target before the object (reducir a cero
        // sus aranceles); English puts it after: “to lower its 10% tariff on cars to zero”.
        if (gate[index]! & targetVerb && words[index + 1] === 'to' && lower(tokens[index])) {
          let objectStart = index + 3
          let target = text.slice(tokens[index + 2]?.start ?? 0, tokens[index + 2]?.end ?? 0)
          if (words[index + 2] === 'zero') target = 'zero'
          else if (/^\d[\d.,]*$/.test(words[index + 2] ?? '') && (words[index + 3] === '%' || words[index + 3] === 'percent')) {
            objectStart = index + 4
            target = text.slice(tokens[index + 2]!.start, tokens[index + 3]!.end)
          } else objectStart = -1
          if (objectStart > 0 && objectDeterminers.has(words[objectStart] ?? '')) {
            // The object runs to the end of the clause: punctuation, or a word that opens another one.
            let end = objectStart + 1
            // “on Monday”, “on 3 March” is a time, not part of the object (“its tariff on American cars” is).
            const timeAfter = (at: number) => words[at] === 'on' && (weekdays.has(words[at + 1] ?? '') || /^\d/.test(words[at + 1] ?? '') || isCalendarWord(words[at + 1] ?? ''))
            while (end < objectStart + 9 && tokens[end] !== undefined && !(tokens[end]!.kind === 'punctuation' && tokens[end]!.value !== '%') && !clauseOpeners.has(words[end]!) && !timeAfter(end)) end++
            const close = tokens[end]
            if (end > objectStart + 1 && end < objectStart + 9 && (close === undefined || /^[.,;:]$/.test(close.value) || clauseOpeners.has(words[end]!) || timeAfter(end))) {
              const object = text.slice(tokens[objectStart]!.start, tokens[end - 1]!.end)
              const fixed = `${tokens[index]!.value} ${object} to ${target}`
              report('target-before-object', tokens[index]!.start, tokens[end - 1]!.end, fixed, `Write \`${fixed}\``, 0.65, 'es: reducir a cero sus aranceles, fr: ramener à zéro ses droits, it: portare a zero: English puts the object first, the target last.')
            }
          }
        }

        // “wants to reduce at its administration another 1,500 jobs”, “to invest by 2030 more than 40 billion
        // euros in the network”: German puts a place or time phrase before the object (“will in der Verwaltung
        // weitere 1.500 Stellen abbauen”); English puts the object first and the phrase after the clause.
        if (gate[index]! & modalOrTo && lower(tokens[index + 1]) && adverbialPrepositions.has(words[index + 2] ?? '')) {
          adverbialBeforeObject(tokens, words, index + 1)
        }

        // “faced still high costs”: “still” belongs before the verb.
        if (words[index + 1] === 'still' && lower(tokens[index]) && /ed$/.test(words[index]!) && !determiners.has(words[index - 1] ?? '') && !edNouns.has(words[index]!) && !stillKept.has(words[index]!) && lower(tokens[index + 2]) && !afterStill.has(words[index + 2]!) && !/ing$/.test(words[index + 2]!)) {
          const verb = tokens[index]!
          const still = tokens[index + 1]!
          // “has not clarified still where”: after a negation “noch”/“todavía” is “yet”: “has not yet clarified”.
          const negation = words[index - 1] === 'not' ? tokens[index - 1]! : undefined
          if (negation) report('still-after-verb', negation.start, still.end, `${negation.value} yet ${verb.value}`, `Write \`${negation.value} yet ${verb.value}\``, 0.65, 'es: no ha aclarado todavía, de: hat noch nicht geklärt: after a negation English writes “not yet clarified”.')
          else report('still-after-verb', verb.start, still.end, `still ${verb.value}`, `Put \`still\` before \`${verb.value}\``, 0.65, 'German puts “noch” after the verb (“sah sich noch hohen Kosten gegenüber”); English writes “still faced”.')
        }
      }
    }
  }
}
