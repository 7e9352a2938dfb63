/**
 * retext plugin that finds capitals leaking from title case into running text
 * ("held Bilateral Talks", "never made Most of"), acronyms broken by casing rules
 * ("Sino-Us"), and days or months written in lower case ("on thursday").
 */
import {
  capitalize,
  honorifics,
  englishLexicon,
  examplesSchema,
  isAllCaps,
  isCapitalized,
  isTitleCase,
  startsLowerCase,
  loadData,
  normalizeWord,
  documentFact,
  sentenceViews,
  reportArtifact,
  type EnglishLexicon,
  type Examples,
  type Schema,
  wordFact,
  wordOfNumber,
  type Token
} from '@mt-cleanup/core'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'

export interface Options {
  /** Extra words that keep their capital (names of bodies, parties, products your newsroom uses), lower case. */
  keep?: readonly string[] | undefined
}

const source = 'retext-casing'
const url = 'https://github.com/mt-cleanup/mt-cleanup/tree/main/packages/retext-casing#messages'

const wordList: Schema = {type: 'array', items: {type: 'string', pattern: /^[a-z]+$/}}
const dataUrl = (name: string) => new URL(`../data/${name}`, import.meta.url)

export const functionWords = loadData<{words: string[]; examples: Examples}>(dataUrl('function-words.json'), {
  type: 'object',
  required: ['words'],
  properties: {words: wordList, examples: examplesSchema}
})
export const acronyms = loadData<{acronyms: string[]; prefixes: string[]; examples: Examples}>(dataUrl('acronyms.json'), {
  type: 'object',
  required: ['acronyms', 'prefixes'],
  properties: {
    acronyms: {type: 'array', items: {type: 'string', pattern: /^[A-Z]+$/}},
    prefixes: {type: 'array', items: {type: 'string', pattern: /^[A-Z][a-z]+$/}},
    examples: examplesSchema
  }
})
export const calendar = loadData<{words: Array<{word: string; ambiguous?: boolean}>; examples: Examples}>(dataUrl('calendar.json'), {
  type: 'object',
  required: ['words'],
  properties: {
    words: {
      type: 'array',
      items: {type: 'object', required: ['word'], properties: {word: {type: 'string', pattern: /^[a-z]+$/}, ambiguous: {type: 'boolean'}}}
    },
    examples: examplesSchema
  }
})
export const nationalities = loadData<{words: string[]; exceptions: string[]; examples: Examples}>(dataUrl('nationalities.json'), {
  type: 'object',
  required: ['words', 'exceptions'],
  properties: {words: wordList, exceptions: {type: 'array', items: {type: 'string', pattern: /^[a-z]+( [a-z]+)?$/}}, examples: examplesSchema}
})
const nationalityWords = new Set(nationalities.words)
const nationalityExceptions = new Set(nationalities.exceptions)

export const keptCapitals = loadData<{words: string[]; nameHeads: string[]; phrases: string[]; examples: Examples}>(dataUrl('kept-capitals.json'), {
  type: 'object',
  required: ['words', 'nameHeads', 'phrases'],
  properties: {
    words: wordList,
    nameHeads: wordList,
    phrases: {type: 'array', items: {type: 'string', pattern: /^[a-z]+( [a-z]+)+$/}},
    examples: examplesSchema
  }
})
const nameHeads = new Set(keptCapitals.nameHeads)
// Spaced on both sides, to be found as whole words inside a spaced run (every kept phrase has two words or more).
const spacedKeptPhrases = keptCapitals.phrases.map((phrase) => ` ${phrase} `)

const closedClass = new Set(functionWords.words)
// Prepositions left out of the closed class (a capital on them is too often a title's), but a name follows them all the same.
const shortPrepositions = new Set(['in', 'on', 'to', 'at', 'by'])
const acronymByWord = new Map(acronyms.acronyms.map((acronym) => [acronym.toLowerCase(), acronym]))
const compoundPrefixes = new Set(acronyms.prefixes.map((prefix) => prefix.toLowerCase()))
const calendarWords = new Map(calendar.words.map((entry) => [entry.word, entry.ambiguous === true]))

// Formal titles that take a capital right before a full name (“Transport Minister Volker Wissing”).
const titles = new Set(['minister', 'president', 'chancellor', 'secretary', 'governor', 'mayor', 'senator', 'premier', 'commissioner'])

// The lower-case words some per-token check starts from, with a bit per check.
const calendarGate = 1
const nationalityGate = 2
const titleGate = 4
const lowerGates = new Map<string, number>()
for (const [bit, words] of [[calendarGate, calendarWords.keys()], [nationalityGate, nationalityWords], [titleGate, titles]] as const) {
  for (const word of words) lowerGates.set(word, (lowerGates.get(word) ?? 0) | bit)
}

// Read by word number: one array read per token instead of a Map look-up.
const lowerGate = wordFact((word) => lowerGates.get(word) ?? 0)

/** What the whole article says about a word's casing, gathered once per file. */
interface DocumentCasing {
  /** Lower-cased words seen in lower case anywhere in the text. */
  lowerWords: Set<string>
  /** Exact capitalised forms seen inside sentences (not first word), with counts. */
  midCapitals: Map<string, number>
  /** Phrases already looked up in the text, with the answer. */
  phrases: Map<string, boolean>
  /** Exact capitalised forms seen anywhere, with counts. */
  capitals: Map<string, number>
  /** The text names God: “His” and “Him” may be capitalised for God there. */
  namesGod: boolean
  /** The text the survey was made on, where phrases are looked up. */
  evidence: string
  /** The text being checked (the same, or a later pass's). */
  text: string
}

/** Report a casing artifact with its fix: every rule of this plugin speaks through here. */
function fix(file: VFile, ruleId: string, start: number, end: number, expected: string, confidence: number, reason: string, note: string): void {
  reportArtifact(file, {reason, place: {start, end}, ruleId, source, category: 'casing', confidence, expected: [expected], note, url})
}

/** Whether a token is glued to a URL, an e-mail address or a handle ("example.com/monday", "french@example.com"). */
function glued(token: Token, previous: Token | undefined, next: Token | undefined, text: string): boolean {
  if (previous && previous.end === token.start && /^[./@_#:]$/.test(previous.value)) return true
  return Boolean(next && next.start === token.end && (/^[/@_]$/.test(next.value) || (next.value === '.' && /\p{L}/u.test(text.charAt(next.end)))))
}

export default function retextCasing(options: Options = {}) {
  const kept = new Set([...keptCapitals.words, ...(options.keep ?? []).map((word) => normalizeWord(word))])

  return function (tree: Root, file: VFile): undefined {
    const lexicon = englishLexicon()
    // Tokenise each sentence once; every check below reads these.
    const blocks: Token[][][] = []
    for (const view of sentenceViews(tree, file)) (blocks[view.paragraph] ??= []).push(view.significant)
    // How the whole article writes each word; re-check passes see part of the tree and reuse it.
    const casing = {...documentFact(file, 'retext-casing:survey', () => survey(blocks, String(file.value))), text: String(file.value)}
    for (const block of blocks) {
      if (isHeadline(block)) continue
      for (const sentence of block) checkSentence(sentence, file, lexicon, casing)
    }
  }

  /** Check the tokens of one sentence, whitespace left out. */
  function checkSentence(all: Token[], file: VFile, lexicon: EnglishLexicon, casing: DocumentCasing): void {
    const firstWord = all.findIndex((item) => item.kind === 'word')
    for (let index = 0; index < all.length; index++) {
      const token = all[index]!
      if (token.kind !== 'word') continue
      const previous = all[index - 1]
      const next = all[index + 1]
      // After an abbreviation with a period ("at 4 p.m. The", "etc. In") a new sentence may start unnoticed.
      const afterLowerWord = previous?.kind === 'word' && startsLowerCase(previous.value) && !previous.value.endsWith('.')
      // The first word of a sentence or quote is capitalised anyway: a run right after it needs more evidence.
      const afterOpening = previous?.kind === 'word' && firstWord === index - 1 && lexicon.isCommonWord(previous.value) && !lexicon.isListedName(previous.value)

      // Most words are none of these: one look-up tells which of the four checks apply.
      const gate = startsLowerCase(token.value) && token.value === wordOfNumber(token.number) ? lowerGate(token.number) : undefined
      if (token.value.includes('-')) compoundAcronym(token, file)
      if (gate !== undefined) {
        if (gate & calendarGate) calendarWord(token, previous, next, file)
        if (gate & nationalityGate) nationality(token, previous, next, file)
        if (gate & titleGate) titleBeforeName(all, index, file)
      }

      if (afterOpening && isTitleCase(token.value) && !closedClass.has(normalizeWord(token.value))) {
        openingRun(all, index, file, lexicon, casing)
        continue
      }
      if (!afterLowerWord || !isTitleCase(token.value)) continue
      const normal = normalizeWord(token.value)

      // "never made Most of": a capitalised closed-class word right after a lower-case word.
      if (partOfName(token, next, casing)) continue
      if (closedClass.has(normal)) {
        fix(file, 'capitalized-function-word', token.start, token.end, normal, 0.85, `Unexpected capital in \`${token.value}\` inside a sentence`, 'Prepositions, conjunctions and determiners are never capitalised inside running text; title case leaked in.')
        continue
      }

      // "House of Representatives", "Institute for International Economics": the rest of a name.
      const beforePrevious = all[index - 2]
      if (connectors.has(normalizeWord(previous!.value)) && beforePrevious?.kind === 'word' && /^\p{Lu}/u.test(beforePrevious.value)) continue
      // “Race to the Top”, “Bank of the West”: the same, with “the” after the connector.
      const third = all[index - 3]
      if (normalizeWord(previous!.value) === 'the' && /^(of|to|for|and)$/.test(normalizeWord(beforePrevious?.value ?? '')) && third?.kind === 'word' && /^\p{Lu}/u.test(third.value)) continue
      // An epithet after a name: “Alexander the Great”, “Jack the Courtier”.
      if (normalizeWord(previous!.value) === 'the' && beforePrevious?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(beforePrevious.value) && (index - 2 > firstWord || !lexicon.isCommonWord(beforePrevious.value))) continue
      // After a hyphenated prefix of a name: “the pre-Civil War years”.
      if (previous!.end === token.start - 1 && /-\p{Lu}/u.test(previous!.value)) continue

      // A run of capitalised common words: "held Bilateral Talks in", "high Energy Costs at".
      let end = index
      while (all[end + 1]?.kind === 'word' && isTitleCase(all[end + 1]!.value) && !closedClass.has(normalizeWord(all[end + 1]!.value))) end++
      const run = all.slice(index, end + 1)
      const after = all[end + 1]
      index = end
      // The start of a longer name: “the Voice of America”, “the Food and Drug Administration”, “Race to the Top”.
      if (continuesName(all, end + 1)) continue
      if (ordinalBeforeName(run, previous!, after, file, lexicon, casing)) continue
      // Months, days and nationalities take capitals: "in May", "the French government" are
      // never leaks, whatever the article writes elsewhere (its lower case may be the artifact).
      if (run.every((token) => calendarWords.has(normalizeWord(token.value)) || nationalityWords.has(normalizeWord(token.value)))) continue
      let confidence = runConfidence(run, previous!, after, lexicon, casing)
      let leaked = run
      if (confidence === undefined) {
        // "the First Trump Trade War": the name stays, the words after it that the article writes in lower case do not.
        const tail = tailAfterName(run, after, lexicon, casing)
        if (!tail) continue
        leaked = tail
        confidence = 0.75
        // “the First Trump Trade War”: with its tail lowered, the ordinal before the name is a leak too.
        const names = run.slice(1, run.length - tail.length)
        const first = run[0]!
        if (names.length > 0 && ordinals.has(normalizeWord(first.value)) && normalizeWord(previous!.value) === 'the' && !ordinalNameHeads.has(normalizeWord(names[0]!.value)) && names.every((token) => isArticleName(token, lexicon, casing))) {
          fix(file, 'capitalized-ordinal', first.start, first.end, normalizeWord(first.value), 0.7, `Unexpected capital in \`${first.value}\` before a name`, 'An ordinal before a name used as a modifier (“the first Trump administration”) takes no capital.')
        }
      }
      const start = leaked[0]!.start
      const stop = leaked[leaked.length - 1]!.end
      const actual = casing.text.slice(start, stop)
      fix(file, 'title-case-leak', start, stop, actual.toLowerCase(), confidence, `Unexpected capitals in \`${actual}\`: ordinary words inside a sentence`, 'Common words capitalised as in a headline or a German noun; the article itself writes them in lower case.')
    }
  }

  /**
   * A capitalised small word that belongs to a name or a form of address: “the Near East”,
   * “Under Secretary”, “His Holiness”, and a pronoun for God in a text that names God.
   */
  function partOfName(token: Token, next: Token | undefined, casing: DocumentCasing): boolean {
    const following = next?.kind === 'word' ? next.value : ''
    if (smallNameStarts.has(token.value) && namesWithSmallWords.has(`${token.value} ${following}`)) return true
    // Streets named in Italian, Spanish or French: “the Via Arenula”, “the Calle Mayor”.
    if (streetWords.has(token.value) && /^\p{Lu}/u.test(following)) return true
    if (/^(His|Her|Their|Your|Its)$/.test(token.value) && honorifics.has(following)) return true
    if (/^(He|His|Him|Himself)$/.test(token.value)) return casing.namesGod
    return false
  }

  /** Whether a name goes on at `at`: a connector (“of”, “and”, “to the”) and then a capitalised word. */
  function continuesName(all: Token[], at: number): boolean {
    const connector = all[at]
    if (connector?.kind !== 'word') return false
    let next = at + 1
    // “to the”, not “to”: “Race to the Top”, but “held Talks to end the war” and “Talks in Geneva” are no names.
    if (connector.value === 'to' && all[next]?.value === 'the') next++
    else if (!nameConnectors.has(connector.value)) return false
    else if (all[next]?.value === 'the') next++
    const word = all[next]
    // A year or number after “of” goes on with the name too: “the War of 1812”, “the Class of 2020”.
    return word?.kind === 'word' && (/^\p{Lu}/u.test(word.value) || (connector.value === 'of' && /^\d/.test(word.value)))
  }

  /** "“High Interest Rates punish…”": capitalised common words after the first word, every one written in lower case elsewhere. */
  function openingRun(all: Token[], index: number, file: VFile, lexicon: EnglishLexicon, casing: DocumentCasing): void {
    let end = index
    while (all[end + 1]?.kind === 'word' && isTitleCase(all[end + 1]!.value)) end++
    if (continuesName(all, end + 1)) return
    const run = all.slice(index, end + 1)
    const after = all[end + 1]
    if (!(after?.kind === 'word' && /^\p{Ll}/u.test(after.value))) return
    const ordinary = run.every(
      (token) =>
        lexicon.isCommonWord(token.value) &&
        !lexicon.isListedName(token.value) &&
        !kept.has(normalizeWord(token.value)) &&
        casing.lowerWords.has(normalizeWord(token.value)) &&
        (casing.midCapitals.get(token.value) ?? 0) <= 1
    )
    if (!ordinary) return
    const start = run[0]!.start
    const stop = run[run.length - 1]!.end
    const actual = casing.text.slice(start, stop)
    fix(file, 'title-case-leak', start, stop, actual.toLowerCase(), 0.7, `Unexpected capitals in \`${actual}\`: ordinary words inside a sentence`, 'Common words capitalised as in a headline or a German noun; the article itself writes them in lower case.')
  }

  /** A name of this article: capitalised again and again, never written in lower case. */
  function isArticleName(token: Token, lexicon: EnglishLexicon, casing: DocumentCasing): boolean {
    if (!lexicon.isListedName(token.value) && lexicon.isCommonWord(token.value)) return false
    return (casing.capitals.get(token.value) ?? 0) > 1 && !casing.lowerWords.has(normalizeWord(token.value))
  }

  /** Words of a capitalised run after its last name, when the article writes them in lower case elsewhere. */
  function tailAfterName(run: Token[], after: Token | undefined, lexicon: EnglishLexicon, casing: DocumentCasing): Token[] | undefined {
    if (after?.kind === 'word' && /^\p{Lu}/u.test(after.value)) return undefined
    if (namedByContext(run, after)) return undefined
    let last = -1
    run.forEach((token, index) => {
      if (isArticleName(token, lexicon, casing)) last = index
    })
    const tail = run.slice(last + 1)
    if (last < 0 || tail.length < 2) return undefined
    if (tail.some((token) => !lexicon.isCommonWord(token.value) || lexicon.isListedName(token.value) || kept.has(normalizeWord(token.value)))) return undefined
    return inText(casing, tail.map((token) => token.value).join(' ').toLowerCase()) ? tail : undefined
  }

  /**
   * What around a capitalised run shows it is a name: a number after it (“Flight 54”, “Route 2”,
   * “World War 2”), a closing quote (the end of a title: “Meet the Artist”), or, for two words or
   * more, a last word that heads names of programmes, bodies and places (“our Armed Forces”, “Stamford
   * High School”, “the Flaming Foliage Festival”).
   */
  function namedByContext(run: Token[], after: Token | undefined): boolean {
    if (after?.kind === 'word' && /^\d/.test(after.value)) return true
    // A publication: “Time magazine”, “a Messenger editorial”.
    if (after?.kind === 'word' && publicationWords.has(after.value)) return true
    // A capitalised article opening a run inside a sentence starts a title: “in The First Five Minutes”.
    if (run.length > 1 && /^(The|A|An)$/.test(run[0]!.value)) return true
    if (after && /^[”"’]$/.test(after.value) && after.start === run[run.length - 1]!.end) return true
    return run.length > 1 && nameHeads.has(normalizeWord(run[run.length - 1]!.value))
  }

  /** "the First Trump administration": an ordinal before a name used as a modifier of a common noun. */
  function ordinalBeforeName(run: Token[], previous: Token, after: Token | undefined, file: VFile, lexicon: EnglishLexicon, casing: DocumentCasing): boolean {
    const [first, ...names] = run
    if (!first || names.length === 0 || !ordinals.has(normalizeWord(first.value)) || normalizeWord(previous.value) !== 'the') return false
    if (!(after?.kind === 'word' && /^\p{Ll}/u.test(after.value))) return false
    // Every other word of the run is a name the article uses again and again, and not one that makes a
    // name with the ordinal: “the First Lady”, “the First Amendment”, “the Second World War”.
    if (ordinalNameHeads.has(normalizeWord(names[0]!.value)) || !names.every((token) => isArticleName(token, lexicon, casing))) return false
    fix(file, 'capitalized-ordinal', first.start, first.end, normalizeWord(first.value), 0.7, `Unexpected capital in \`${first.value}\` before a name`, 'An ordinal before a name used as a modifier (“the first Trump administration”) takes no capital.')
    return true
  }

  /**
   * How sure we are that a capitalised run is ordinary words, or undefined when it
   * may be a name. The article's own usage is the main evidence.
   */
  function runConfidence(run: Token[], previous: Token, after: Token | undefined, lexicon: EnglishLexicon, casing: DocumentCasing): number | undefined {
    // A run right before another capitalised word or an acronym is part of a name ("Prime Minister Ruud").
    if (after?.kind === 'word' && /^\p{Lu}/u.test(after.value)) return undefined
    if (run.some((token) => /[\d]/.test(token.value) || isAllCaps(token.value))) return undefined
    // A possessive marks an owner, most often a name ("using Node's own APIs").
    if (/['’]s$/.test(run[run.length - 1]!.value)) return undefined
    // The same in the plural: “the Presidents' Summit”, where the apostrophe is a token of its own.
    if (after?.kind !== 'word' && /^['’]$/.test(after?.value ?? '') && after!.start === run[run.length - 1]!.end && /s$/.test(run[run.length - 1]!.value)) return undefined
    if (namedByContext(run, after)) return undefined
    const phrase = run.map((token) => token.value).join(' ')
    const lower = phrase.toLowerCase()
    if (run.length > 1) {
      const spaced = ` ${lower} `
      if (spacedKeptPhrases.some((kept) => spaced.includes(kept))) return undefined
    }
    // The article writes the same words in lower case elsewhere: "Member States" next to "member states".
    const lowerElsewhere = inText(casing, lower)
    const names = run.some((token) => lexicon.isListedName(token.value) || kept.has(normalizeWord(token.value)))
    const common = run.every((token) => lexicon.isCommonWord(token.value))
    if (!common) return undefined
    // A lone word the dictionary lists as a name (“a Conservative think tank”, “the Labour MP”) stays,
    // even where the article also uses the ordinary word in lower case.
    if (names && (!lowerElsewhere || run.length === 1)) return undefined
    // Used with capitals more than once inside sentences: the article treats it as a name.
    if (run.some((token) => (casing.midCapitals.get(token.value) ?? 0) > 1) && !lowerElsewhere) return undefined
    // Capitalised inside sentences again and again, it is the article's own term ("this License",
    // "the Court"), whatever it writes in lower case elsewhere: leaks are sporadic.
    if (run.every((token) => (casing.midCapitals.get(token.value) ?? 0) >= 3)) return undefined
    const previousWord = normalizeWord(previous.value)
    // A capitalised run right after a preposition or conjunction is most often a name ("Meta and Alphabet
    // slipped", "shares of Target fell", "in Silicon Valley", "from Cape Town"): a single word even where the
    // article also writes it in lower case, a longer run unless the article writes the same words so.
    if ((run.length === 1 || !lowerElsewhere) && (closedClass.has(previousWord) || shortPrepositions.has(previousWord)) && !determiners.has(previousWord) && previousWord !== 'the') return undefined
    if (lowerElsewhere) return 0.9
    // After "the", a capitalised run is most often a name ("the Electoral Council").
    if (previousWord === 'the') return undefined
    // A single capitalised word after anything but a determiner is most often a name.
    if (run.length === 1 && !determiners.has(previousWord)) return undefined
    let confidence = 0.4
    const seenLower = run.filter((token) => casing.lowerWords.has(normalizeWord(token.value))).length
    // A single capitalised word the article never writes in lower case is its style (“a President and a
    // Congress”), unless a lower-case noun follows it in the same phrase (“her Export controls”).
    const nounAfter = after?.kind === 'word' && /^\p{Ll}/u.test(after.value) && !closedClass.has(normalizeWord(after.value)) && !/^(and|or|to|in|on|at|by|is|was|are|were|who|which|that)$/.test(normalizeWord(after.value))
    if (run.length === 1 && seenLower === 0 && !nounAfter) return undefined
    confidence += 0.2 * (seenLower / run.length)
    if (run.length > 1) confidence += 0.05
    if (after?.kind === 'word' && /^\p{Ll}/u.test(after.value)) confidence += 0.1
    if (determiners.has(previousWord)) confidence += 0.1
    return Math.min(0.85, Number(confidence.toFixed(2)))
  }

  function compoundAcronym(token: Token, file: VFile): void {
    // "Sino-Us": the acronym after a combining prefix lost its capitals.
    if (!token.value.includes('-')) return
    const parts = token.value.split('-')
    let offset = token.start
    for (let index = 0; index < parts.length; index++) {
      const part = parts[index]!
      const acronym = acronymByWord.get(part.toLowerCase())
      const neighbour = [parts[index - 1], parts[index + 1]].filter((value): value is string => value !== undefined)
      if (acronym && part !== acronym && /^\p{Lu}/u.test(part) && neighbour.some((value) => compoundPrefixes.has(value.toLowerCase()))) {
        fix(file, 'acronym-in-compound', offset, offset + part.length, acronym, 0.9, `Acronym \`${acronym}\` written as \`${part}\``, 'Title-casing a hyphenated compound turned the acronym into an ordinary word.')
      }
      offset += part.length + 1
    }
  }

  /** "Transport minister Volker Wissing": a formal title between its qualifier and a full name takes a capital. */
  function titleBeforeName(all: Token[], index: number, file: VFile): void {
    const token = all[index]!
    if (!titles.has(token.value)) return
    const before = all[index - 1]
    const first = all[index + 1]
    const last = all[index + 2]
    const capital = (item: Token | undefined) => item?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(item.value)
    if (!capital(before) || !capital(first) || !capital(last)) return
    if (closedClass.has(normalizeWord(before!.value)) || /^(The|A|An|His|Her|Its|Their)$/.test(before!.value)) return
    fix(file, 'title-before-name', token.start, token.end, capitalize(token.value), 0.7, `\`${token.value}\` is part of a formal title before a name and takes a capital`, 'News English capitalises a formal title directly before a name (Transport Minister Volker Wissing); German and Romance languages do not.')
  }

  function nationality(token: Token, previous: Token | undefined, next: Token | undefined, file: VFile): void {
    if (!nationalityWords.has(token.value)) return
    const nextWord = next?.kind === 'word' ? next.value.toLowerCase() : ''
    const previousWord = previous?.kind === 'word' ? previous.value.toLowerCase() : ''
    if (nationalityExceptions.has(token.value) || nationalityExceptions.has(`${token.value} ${nextWord}`) || nationalityExceptions.has(`${previousWord} ${token.value}`)) return
    if (glued(token, previous, next, String(file.value))) return
    fix(file, 'lowercase-nationality', token.start, token.end, capitalize(token.value), 0.8, `\`${token.value}\` names a nationality or language and takes a capital`, 'English capitalises nationalities and languages; French, Spanish, Italian and Portuguese do not.')
  }

  function calendarWord(token: Token, previous: Token | undefined, next: Token | undefined, file: VFile): void {
    const ambiguous = calendarWords.get(token.value)
    if (ambiguous === undefined) return
    if (glued(token, previous, next, String(file.value))) return
    // "in may", "since march": a month after a time preposition, closing the phrase.
    const asMonth =
      previous?.kind === 'word' &&
      /^(in|since|until|by|of|early|late|mid|last|next|from|through)$/i.test(previous.value) &&
      (!next || next.kind === 'punctuation' || monthClosers.test(next.value) || /^\d{4}$/.test(next.value))
    // After a number, "may" is a month only where the date closes: "in 1998 may well live", "2,000 may lose" are verbs.
    const closing = !next || next.kind !== 'word' || !startsLowerCase(next.value) || monthClosers.test(next.value)
    if (ambiguous && !((isNumber(previous) && closing) || isNumber(next) || asMonth)) return
    fix(file, 'lowercase-calendar-word', token.start, token.end, capitalize(token.value), ambiguous ? 0.75 : 0.85, `\`${token.value}\` is a day or month and takes a capital`, 'English capitalises days of the week and months; many other languages do not.')
  }
}

// Words that may follow a month name where a date ends: "in May to", "since March when".
const monthClosers = /^(to|and|or|when|after|before|that|this|last|next)$/i

const determiners = new Set(['a', 'an', 'her', 'his', 'its', 'their', 'our', 'my', 'your', 'this', 'these', 'those', 'some', 'many', 'several', 'such', 'other'])


// Small words inside names of bodies, acts and programmes (“Defense of Marriage Act”, “Race to the Top”).
const nameConnectors = new Set(['of', 'and', 'for', '&'])

const connectors = new Set(['of', 'for', 'and', 'on', 'de', 'du', 'der', 'van', 'von', 'y', 'del'])

// Words after the name of a newspaper or magazine.
const publicationWords = new Set(['magazine', 'newspaper', 'editorial', 'editorials', 'columnist', 'reporter', 'correspondent', 'daily', 'weekly'])

// Words that open street names in Romance languages, also function words in English (“via”).
const streetWords = new Set(['Via', 'Viale', 'Vicolo', 'Calle', 'Rue', 'Avenida', 'Rua', 'Strada'])

// Names and titles that start with a small word: lowering it would break them.
const namesWithSmallWords = new Set(['Our Lady', 'Near East', 'Far East', 'Under Secretary', 'Under Secretaries', 'Under-Secretary', 'Down Under', 'Upper House', 'Lower House', 'Upper Chamber', 'Lower Chamber', 'Inner Mongolia', 'Outer Hebrides'])
const smallNameStarts = new Set([...namesWithSmallWords].map((name) => name.split(' ')[0]!))
// Words that make a name (or a title) with an ordinal before them.
const ordinalNameHeads = new Set(['lady', 'gentleman', 'family', 'amendment', 'world', 'republic', 'reich', 'empire', 'division', 'army', 'fleet', 'circuit', 'avenue', 'street', 'minister', 'secretary', 'lord', 'sea', 'vatican', 'council', 'congress', 'estate', 'baptist', 'church', 'corps', 'district', 'battalion', 'brigade', 'infantry', 'cavalry', 'regiment', 'battle', 'crusade', 'intifada', 'coalition', 'century', 'round', 'reading', 'nations', 'gulf', 'committee', 'chamber', 'deputy', 'vice', 'officer', 'mate'])

const ordinals = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'last', 'next', 'previous'])

function isNumber(token: Token | undefined): boolean {
  return token?.kind === 'word' && /^\d{1,4}(st|nd|rd|th)?$/.test(token.value)
}

function inText(casing: DocumentCasing, phrase: string): boolean {
  let found = casing.phrases.get(phrase)
  if (found === undefined) {
    found = containsPhrase(casing.evidence, phrase)
    casing.phrases.set(phrase, found)
  }
  return found
}

function containsPhrase(text: string, phrase: string): boolean {
  let from = 0
  for (;;) {
    const at = text.indexOf(phrase, from)
    if (at === -1) return false
    const before = text.charAt(at - 1)
    const after = text.charAt(at + phrase.length)
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true
    from = at + 1
  }
}

/** Headlines and captions in title case are not running text. */
function isHeadline(paragraph: Token[][]): boolean {
  let words = 0
  let capitals = 0
  for (const sentence of paragraph) {
    for (const token of sentence) {
      if (token.kind !== 'word' || !(isCapitalized(token.value) || startsLowerCase(token.value) || /^\p{L}/u.test(token.value))) continue
      words++
      if (isCapitalized(token.value)) capitals++
    }
  }
  return words > 0 && capitals / words > 0.6
}

function survey(blocks: Token[][][], text: string): DocumentCasing {
  const lowerWords = new Set<string>()
  const midCapitals = new Map<string, number>()
  const capitals = new Map<string, number>()
  for (const paragraph of blocks) {
    for (const sentence of paragraph) {
      let first = true
      for (const token of sentence) {
        if (token.kind !== 'word') continue
        if (startsLowerCase(token.value)) lowerWords.add(wordOfNumber(token.number))
        else if (isCapitalized(token.value)) {
          capitals.set(token.value, (capitals.get(token.value) ?? 0) + 1)
          if (!first) midCapitals.set(token.value, (midCapitals.get(token.value) ?? 0) + 1)
        }
        first = false
      }
    }
  }
  const namesGod = /\b(God|Lord|Almighty|Allah|Christ|Jesus)\b/.test(text)
  return {lowerWords, midCapitals, capitals, namesGod, evidence: text, text, phrases: new Map()}
}
