/**
 * retext plugin that finds typography carried over from the pivot language:
 * spaces before punctuation ("said :", "90 -day", "15 %"), « » and „ “ quotes,
 * commas and periods outside closing quotes in American-style text, a missing
 * final period, and doubled spaces.
 */
import {documentFact, englishLexicon, hasAmericanDateline, hasAmericanSpelling, inScope, paragraphStretches, reportArtifact, scopedMatches} from '@mt-cleanup/core'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'

export interface Options {
  /**
   * Where commas and periods go around a closing double quote: `'american'` (inside),
   * `'logical'` (leave them), or `'auto'` (default: follow the article's own majority).
   */
  quoteStyle?: 'american' | 'logical' | 'auto' | undefined
  /** Fewest words a paragraph needs before a missing final period is reported (default 12). */
  minParagraphWords?: number | undefined
}

type RuleId =
  | 'space-before-punctuation'
  | 'space-before-hyphen'
  | 'guillemets'
  | 'low-high-quotes'
  | 'punctuation-outside-quote'
  | 'missing-final-period'
  | 'doubled-space'
  | 'acronym-hyphen'
  | 'comma-before-that'
  | 'comma-before-infinitive'
  | 'comma-before-reported-clause'
  | 'however-without-commas'

const source = 'retext-typography'
const url = 'https://github.com/mt-cleanup/mt-cleanup/tree/main/packages/retext-typography#messages'

// Spaces that French typography puts before punctuation, including no-break and thin spaces.
const space = '[ \\u00A0\\u202F\\u2009]'

// The mark first, then a look back for the space: spaces are everywhere, these marks are not.
const beforePunctuation = new RegExp(`([:;!?,%]|\\.(?!\\.| \\.))(?<=${space}.)`, 'gu')
// Second halves of hyphenated compounds in news copy (“long-term”, “state-owned”, “well-known”).
const compoundTails = new Set(['day', 'days', 'year', 'years', 'month', 'months', 'week', 'weeks', 'hour', 'hours', 'minute', 'minutes', 'old', 'point', 'points', 'based', 'led', 'backed', 'run', 'owned', 'related', 'term', 'time', 'level', 'style', 'like', 'free', 'wide', 'long', 'scale', 'member', 'seat', 'party', 'page', 'mile', 'kilometer', 'kilometre', 'percent', 'foot', 'meter', 'metre', 'million', 'billion', 'speed', 'ton', 'tonne', 'known', 'made', 'born', 'right', 'left', 'wing', 'making', 'looking', 'building', 'sized', 'class', 'round', 'game', 'match', 'record', 'high', 'low', 'step', 'track', 'way', 'income', 'power', 'care'])
const beforeHyphen = new RegExp(`-(?<=${space}-)(?=\\p{L})`, 'gu')
const spaceCharacter = new RegExp(space, 'u')

/** Where the run of spaces that ends at `end` starts. */
function spacesStart(text: string, end: number): number {
  let start = end
  while (start > 0 && spaceCharacter.test(text.charAt(start - 1))) start--
  return start
}

// "the EU-Commission", "the UN-Security Council": German joins an acronym to its noun with a hyphen.
// The hyphen first, then the look-behind: a pattern that starts with a look-behind is tried at every character.
const acronymHyphen = /-(?<=(?<![\p{L}\p{N}.-])\p{Lu}{2,5}-)(?=\p{Lu}\p{Ll}+(?![\p{L}-]))/gu
// "the FDP-leader", "the CDU-chief": the same with a lower-case word for a person or a body of the organisation.
const acronymRoleHyphen = /-(?<=(?<![\p{L}\p{N}.-])\p{Lu}{2,5}-)(?=(?:leader|leaders|chief|chiefs|boss|bosses|head|chairman|chairwoman|chair|president|politician|politicians|member|members|lawmaker|lawmakers|spokesman|spokeswoman|spokesperson|candidate|candidates|delegation|faction|headquarters|congress|summit|summits|tariffs|tariff|duties|sanctions|funds|countries|states|membership|accession|presidency|elections|election|border|borders|budget|ministers|citizens|embassy|mission|troops|soldiers)(?![\p{L}-]))/gu
// Acronyms of bodies every reader knows, hyphenated to their noun even where the article never writes them alone.
const wellKnownAcronyms = new Set(['EU', 'UN', 'US', 'UK', 'NATO', 'IMF', 'ECB', 'WHO', 'OECD', 'OPEC', 'WTO'])
// Second halves that make a compound adjective in English too: “the US-Led coalition” in a title.
const compoundParticiple = /(?:ed|ing|based|backed|led|wide|style|type|friendly|owned|run|made|free|like|related|only|proof|born)$/
// “said, that a renovation is not possible”, “don't know, how I get home”: German puts a comma before
// every “dass”, “wie”, “ob”; English none after a verb of saying or thinking. The comma first, then the
// look-behind for the verb (after a quick look ahead for the word). Not “that's”, “that is” (“He said, that is, he implied”), nor a quotation.
const thatVerbs = 'said|says|say|announced|announces|announce|explained|explains|explain|stressed|stresses|emphasised|emphasized|emphasises|emphasizes|believes|believed|believe|fears|feared|fear|hopes|hoped|hope|knows|knew|know|thinks|thought|think|expects|expected|expect|warned|warns|added|adds|argued|argues|admitted|admits|reported|reports|assumes|confirmed|confirms|insisted|insists|criticised|criticized|criticises|criticizes|stated|states|declared|declares|demanded|demands|demand|promised|promises|claimed|claims|show|shows|showed|indicates|indicated|means|meant|ensure|ensures|ensured|asked|asks|ask|wonder|wonders|wondered|unclear|decide|decides|decided|understand|understands|understood|tolerate|tolerates|tolerated|accept|accepts|accepted|regret|regrets|regretted'
// “how”, “whether”, “why” only after knowing and asking, and before the subject of their clause.
const askVerbs = 'know|knows|knew|asked|asks|ask|wonder|wonders|wondered|unclear|explain|explains|explained|decide|decides|decided|understand|understands|understood'
const commaBeforeThat = new RegExp(
  `,(?= (?:that|how|whether|why) )(?<=\\b(?:${thatVerbs}),)(?= that (?!is\\b|was\\b|'s\\b|’s\\b|["“])|(?<=\\b(?:${askVerbs}),) (?:how|whether|why) (?:I|we|you|they|he|she|it|the|a|an|this|these|his|her|their|its|our|there|\\p{Lu}\\p{Ll}+)\\b)`,
  'gu'
)
// “Viessmann announced, to reduce the production”, “Merz had proposed, to reject”, “called on the citizens, not
// to wait”: German puts a comma before every infinitive clause with “zu”; English none after a verb that
// takes the infinitive as its object. Not before a parenthesis (“promised, to everyone's surprise, to stay”):
// “to” must open a verb, with no comma right after it.
const infinitiveVerbs = 'announced|announces|decided|decides|proposed|proposes|planned|plans|promised|promises|agreed|agrees|tried|tries|refused|refuses|threatened|threatens|intends|intended|offered|offers|pledged|pledges|vowed|vows|(?:calls? on|called on|urges?|urged|asks?|asked) (?:the )?\\p{Ll}+'
// The look-ahead (“ to …”) before the look-behind: it fails at once after most commas.
const commaBeforeInfinitive = new RegExp(
  `,(?= (?:not )?to (?!(?:the|a|an|his|her|their|its|our|my|your|me|him|them|us|everyone|everybody|anyone|some|this|that|these|those|whom|which|what|date|be sure|be fair|be honest|be clear|begin with|start with|sum up|put it|say the least)\\b)\\p{Ll}+\\b(?![,;:]))(?<=\\b(?:${infinitiveVerbs}),)`,
  'gu'
)
// “Habeck said, the funds are not lost”: German sets off reported speech without “dass” with a comma too
// (“sagte, die Mittel seien nicht verloren”); English none. Only before a subject and its verb.
const reportedClause = new RegExp(
  `,(?<=\\b(?:said|says|announced|explained|stressed|warned|added|argued|insisted|stated|declared|claimed|emphasised|emphasized|believes|thinks|fears|hopes|knows|admitted|conceded|noted|confirmed|assured|assures),)(?= (?:the|a|an|this|these|those|it|he|she|they|we|there|his|her|its|their|our) (?:\\p{Ll}+ ){0,5}(?:is|are|was|were|will|would|could|can|must|should|has|have|had|may|might)\\b)`,
  'gu'
)
// “The association warned however that …”, “The costs are however higher”: German “jedoch”, Romance
// “sin embargo”/“cependant” inside the clause; English sets “however” off with commas. Without them it
// means “in whatever way” (“however hard they try”), so only before a word that cannot start that:
// “that”, a determiner, a negation, a preposition, a form of be or have, a participle; after a word in
// lower case (a comma or a semicolon before it is already right), not after a conjunction (“But however”).
const howeverInside = / however (?=(?:that|the|a|an|this|these|those|its|their|his|her|our|not|also|only|still|already|on|in|at|to|as|for|with|from|by|be|been|remain|remains|remained|is|are|was|were|has|have|had|will|would|can|could|must|should|shall|may|might)\b|\p{Ll}{3,}ed\b)(?<=\p{Ll} however )(?<!\b(?:[Aa]nd|[Oo]r|[Bb]ut|[Nn]or|[Yy]et|[Ss]o|[Bb]ecause|[Ii]f|[Ww]hen|[Aa]lthough|[Tt]hough|[Ww]hile|[Tt]hat) however )/gu
const guillemets = new RegExp(`«${space}*([^«»]*?)${space}*»`, 'gu')
const straightOutside = /"(?<=\p{L}")[,.](?!\.)/gu
const curlyOutside = /”(?<=\p{L}”)[,.](?!\.)/gu
// A whole quoted sentence, then its comma outside before who said it (“"We are ready", said Bellini”,
// “"…", the agency reported”). British and American news alike put that comma inside, so no evidence
// of the article's style is needed.
const quoteThenComma = /["”](?<=[\p{L}\p{N}]["”]),(?= )/gu
const attributionVerbs = new Set(
  'said says told tells added adds declared declares affirmed affirms assured assures stressed stresses explained explains warned warns insisted insists noted notes accused accuses wrote writes asked asks replied replies answered answers commented comments concluded concludes estimated estimates argued argues recalled recalls underlined underlines emphasized emphasizes emphasised emphasises acknowledged acknowledges admitted admits continued continues remarked remarks observed observes indicated indicates announced announces claimed claims stated states maintained maintains lamented laments criticized criticizes criticised criticises denounced denounces tweeted tweets posted posts joked jokes promised promises reported reports confirmed confirms revealed reveals considered considers judged judges assessed assesses advised advises recommended recommends urged urges cautioned cautions appealed reminded reminds predicted predicts regretted regrets deplored deplores conceded concedes responded responds reacted reacts protested protests vowed vows rejoiced rejoices alerted alerts esteemed esteems confided confides specified specifies detailed details welcomed welcomes hailed hails recognized recognizes recognised recognises believes believed analyzed analyzes analysed analyses summarized summarizes summarised summarises pleaded pleads reckoned reckons attacked attacks defended defends justified justifies exulted exults testified testifies sustained sustains sublined celebrated celebrates pointed points minimized minimised'.split(' ')
)
// The subject between the comma and the verb: pronouns, a name, or a determiner's noun phrase.
const attributionSubject = /^(?:he|she|they|we|i|it|the|a|an|his|her|their|its|one|\p{Lu}[\p{L}'’.-]*)$/u

/**
 * Whether the quotation closed at `close` is a whole sentence: it opens a sentence (after a paragraph
 * start, a sentence mark, a colon or a dash) with a capital, and holds no other quotation mark of its kind.
 */
function quotesWholeSentence(text: string, close: number, curly: boolean): boolean {
  const open = curly ? text.lastIndexOf('“', close) : text.lastIndexOf('"', close - 1)
  const lineStart = text.lastIndexOf('\n', close) + 1
  if (open < lineStart || !/^\p{Lu}/u.test(text.charAt(open + 1))) return false
  // Straight quotes pair up in a paragraph: the one at `open` must be an opening one (an even count before it).
  if (!curly && (text.slice(lineStart, open).split('"').length - 1) % 2 !== 0) return false
  if (curly && text.slice(open + 1, close).includes('”')) return false
  const before = text.slice(lineStart, open).trimEnd()
  return before === '' || /[.!?:—–]$/u.test(before) || /^\p{Lu}[\p{Lu}\s,.()-]*[—–-]$/u.test(before)
}

/** Whether the words after a quotation's comma say who said it: “said Bellini”, “he said”, “has accused the secretary”, “the agency reported”. */
function opensAttribution(after: string): boolean {
  const words = after.split(/\s+/u, 7).map((word) => word.replace(/[.,;:!?]+$/u, ''))
  const first = words[0]?.toLowerCase() ?? ''
  if (attributionVerbs.has(first)) return true
  if (/^(?:has|have|had)$/u.test(first) && attributionVerbs.has(words[1]?.toLowerCase() ?? '')) return true
  // A subject of up to five words, then the verb, with no punctuation between.
  if (!attributionSubject.test(words[0] ?? '')) return false
  for (let index = 1; index < Math.min(words.length, 6); index++) {
    if (attributionVerbs.has(words[index]!.toLowerCase())) return !after.split(/\s+/u, index).join(' ').match(/[.,;:!?]/u)
  }
  return false
}

export default function retextTypography(options: Options = {}) {
  const quoteStyle = options.quoteStyle ?? 'auto'
  const minParagraphWords = options.minParagraphWords ?? 12

  return function (_tree: Root, file: VFile): undefined {
    const text = String(file.value)
    const report = (ruleId: RuleId, start: number, end: number, expected: string, reason: string, confidence: number, note: string) =>
      reportArtifact(file, {reason, place: {start, end}, ruleId, source, category: 'typography', confidence, expected: [expected], note, url})

    // "said :", "word ,", "15 %": no space before these in English.
    // Find the spaces first, then look behind by hand: a lookbehind on every character is slow.
    for (const found of scopedMatches(file, beforePunctuation)) {
      const index = spacesStart(text, found.index)
      const match = {index, 0: text.slice(index, found.index)}
      if (!/[\p{L}\p{N})\]”’]/u.test(text.charAt(match.index - 1))) continue
      const mark = found[1] ?? '.'
      const before = text.charAt(match.index - 1)
      const after = text.charAt(match.index + match[0].length + 1)
      if (mark === '%' && !/\d/.test(before)) continue
      // Ratios and scores ("3 : 2") and times are not artifacts.
      if (mark === ':' && /\d/.test(before) && /\d|\s/.test(after) && /\d/.test(text.charAt(match.index + match[0].length + 2))) continue
      report(
        'space-before-punctuation',
        match.index,
        match.index + match[0].length,
        '',
        `Remove the space before \`${mark}\``,
        0.85,
        'French typography puts a space before : ; ! ? and %; English does not.'
      )
    }

    // "90 -day": a space that split a hyphenated compound.
    for (const found of scopedMatches(file, beforeHyphen)) {
      const index = spacesStart(text, found.index)
      const match = {index, 0: text.slice(index, found.index)}
      if (!/[\p{L}\p{N}]/u.test(text.charAt(match.index - 1))) continue
      // A compound after a number (“90 -day”) or with a usual second half (“long -term”); elsewhere
      // a spaced hyphen is a dash or a list bullet (“will require -more flexibility”).
      const tail = /^\p{L}+/u.exec(text.slice(found.index + 1))?.[0].toLowerCase() ?? ''
      if (!/\d/.test(text.charAt(match.index - 1)) && !compoundTails.has(tail)) continue
      report('space-before-hyphen', match.index, match.index + match[0].length, '', 'Remove the space before the hyphen', 0.8, 'A hyphenated compound was split by a stray space.')
    }

    // Where the article puts commas and periods around closing quotes: inside (American) or not.
    const {inside, outside: outsideCount, americanSigns, britishSigns} = documentFact(file, 'retext-typography:quote-style', () => ({
      inside: [...text.matchAll(/[,.]”(?<=\p{L}[,.]”)/gu)].length,
      // A copy: `matchAll` starts where the shared expression's last search stopped.
      outside: [...text.matchAll(new RegExp(curlyOutside))].length,
      // Without quotes of its own to go by, an article with an AP dateline or American spellings is American;
      // one with British spellings or single quotes is left alone; otherwise American, the news-wire default.
      americanSigns: hasAmericanDateline(text) || hasAmericanSpelling(text) || /\b\w+iz(e|es|ed|ing|ation)\b/.test(text),
      britishSigns: text.includes('‘') || /\b(?:centre|colour|favour|defence|(?:organ|real|recogn|critic|apolog|priorit|author|normal|privat|modern|mobil|stabil|subsid|util|capital)is(?:e|es|ed|ing|ation))\b/.test(text)
    }))
    // Two or more outside and none inside is a consistent (logical) house style.
    const consistentLogical = inside === 0 && outsideCount > 1
    const american =
      quoteStyle === 'american' ||
      (quoteStyle === 'auto' && ((inside > 0 && inside >= outsideCount) || (inside === 0 && (americanSigns || (!britishSigns && !consistentLogical)))))
    const quoteConfidence = quoteStyle === 'american' ? 0.8 : inside > 0 ? 0.75 : americanSigns ? 0.65 : 0.6
    /** A comma or period right after `at` that American style moves inside the closing quote, or ''. */
    const movedMark = (at: number) => (american && /[,.]/.test(text.charAt(at)) && text.charAt(at + 1) !== '.' ? text.charAt(at) : '')

    // « quotes » → “quotes”, and „quotes“ → “quotes”, paired within a paragraph.
    const spans = paragraphStretches(text)
    for (const paragraph of spans) {
      if (!inScope(file, paragraph.start, paragraph.end)) continue
      const slice = text.slice(paragraph.start, paragraph.end)
      for (const match of slice.matchAll(guillemets)) {
        const start = paragraph.start + match.index
        const end = start + match[0].length
        const inner = match[1] ?? ''
        const openEnd = start + match[0].indexOf(inner, 1)
        const closeStart = openEnd + inner.length
        report('guillemets', start, inner ? openEnd : end, '“', 'Use English quotation marks instead of «', 0.9, 'French and other languages quote with « »; English uses “ ”.')
        if (inner) {
          // “…”, in American style takes its comma inside in the same change: one change, not two passes.
          const mark = /\p{L}/u.test(inner.charAt(inner.length - 1)) ? movedMark(end) : ''
          if (mark) report('guillemets', closeStart, end + 1, `${mark}”`, `Use an English closing quotation mark, with the \`${mark}\` inside`, Math.min(0.9, quoteConfidence), 'French and other languages quote with « »; English uses “ ”, and American style puts commas and periods inside.')
          else report('guillemets', closeStart, end, '”', 'Use English quotation marks instead of »', 0.9, 'French and other languages quote with « »; English uses “ ”.')
        }
      }
      for (const match of slice.matchAll(/„([^„“”]*?)[“”]/gu)) {
        const start = paragraph.start + match.index
        const end = start + match[0].length
        report('low-high-quotes', start, start + 1, '“', 'Use an English opening quotation mark instead of „', 0.9, 'German quotes open with „ and close with “; English uses “ ”.')
        const mark = text.charAt(end - 1) !== '”' && /\p{L}/u.test(text.charAt(end - 2)) ? movedMark(end) : ''
        if (mark) {
          report('low-high-quotes', end - 1, end + 1, `${mark}”`, `Use an English closing quotation mark, with the \`${mark}\` inside`, Math.min(0.9, quoteConfidence), 'German quotes open with „ and close with “; English uses “ ”, and American style puts commas and periods inside.')
        } else if (text.charAt(end - 1) !== '”') {
          report('low-high-quotes', end - 1, end, '”', 'Use an English closing quotation mark', 0.9, 'German quotes open with „ and close with “; English uses “ ”.')
        }
      }
    }

    // "sabotage”, the" → "sabotage,” the" where the article otherwise puts them inside.
    if (quoteStyle !== 'logical') {
      // Straight quotes are ambiguous, so they follow only positive evidence of American style.
      if (inside > 0 || americanSigns || quoteStyle === 'american') {
        for (const match of scopedMatches(file, straightOutside)) {
          const start = match.index
          const mark = text.charAt(start + 1)
          report('punctuation-outside-quote', start, start + 2, `${mark}"`, `Put the \`${mark}\` inside the closing quotation mark`, quoteConfidence, 'American news style puts commas and periods inside closing quotes.')
        }
      }
      if (american) {
        for (const match of scopedMatches(file, curlyOutside)) {
          const start = match.index
          const mark = text.charAt(start + 1)
          report(
            'punctuation-outside-quote',
            start,
            start + 2,
            `${mark}”`,
            `Put the \`${mark}\` inside the closing quotation mark`,
            quoteConfidence,
            'American news style puts commas and periods inside closing quotes, as this article does elsewhere.'
          )
        }
      }
    }

    // “"We are ready", said Bellini.”: a whole sentence in quotes before its attribution, in any style
    // but an explicitly logical one (the loops above already took the American articles).
    if (quoteStyle !== 'logical') {
      for (const match of scopedMatches(file, quoteThenComma)) {
        const close = match.index
        const curly = text.charAt(close) === '”'
        if (curly ? american : inside > 0 || americanSigns || quoteStyle === 'american') continue
        if (!quotesWholeSentence(text, close, curly) || !opensAttribution(text.slice(close + 3, close + 80))) continue
        report('punctuation-outside-quote', close, close + 2, `,${text.charAt(close)}`, 'Put the `,` inside the closing quotation mark', 0.7, 'A whole quoted sentence keeps its comma inside the closing quotation mark before who said it, in American and British news alike.')
      }
    }

    // A paragraph of running text that stops without a final period.
    spans.forEach((paragraph, index) => {
      if (index === 0 || !inScope(file, paragraph.start, paragraph.end)) return
      // Most paragraphs end with a period: look at the last character before counting words.
      if (!/[\p{Ll}\p{N}]/u.test(text.charAt(paragraph.end - 1))) return
      const body = text.slice(paragraph.start, paragraph.end)
      const words = body.match(/[\p{L}\p{N}]+/gu)?.length ?? 0
      if (words < minParagraphWords) return
      const capitals = body.match(/(?<![\p{L}\p{N}])\p{Lu}/gu)?.length ?? 0
      if (capitals / words > 0.5) return
      report('missing-final-period', paragraph.end, paragraph.end, '.', 'Add the missing period at the end of the paragraph', 0.7, 'The translation dropped the period that ends this paragraph.')
    })

    // "the EU-Commission" → "the EU Commission": an acronym hyphenated to a common noun (not to a
    // name, “US-China”, nor in a compound adjective, “US-led”).
    const lexicon = englishLexicon()
    const reportAcronymHyphen = (hyphen: number, acronym: string, noun: string) =>
      report('acronym-hyphen', hyphen, hyphen + 1, ' ', `Write \`${acronym} ${noun}\` without the hyphen`, 0.75, 'de: EU-Kommission, FDP-Chef, EU-Gipfel: German hyphenates an acronym to its noun; English writes EU Commission, FDP leader, EU summit.')
    for (const match of scopedMatches(file, acronymHyphen)) {
      const hyphen = match.index
      const acronym = /\p{Lu}+$/u.exec(text.slice(Math.max(0, hyphen - 5), hyphen))![0]
      const noun = /^\p{L}+/u.exec(text.slice(hyphen + 1))![0]
      const lower = noun.toLowerCase()
      if (compoundParticiple.test(lower) || !lexicon.isCommonWord(lower) || lexicon.isListedName(noun)) continue
      // A name may join an acronym to a capitalised word (the union “SUD-Rail”): the acronym must be one
      // every reader knows, or one the article also writes alone.
      if (!wellKnownAcronyms.has(acronym) && !new RegExp(`(?<![\\p{L}\\p{N}-])${acronym}(?![\\p{L}\\p{N}-])`, 'u').test(text)) continue
      reportAcronymHyphen(hyphen, acronym, noun)
    }
    // Before a lower-case person, body or trade noun (“the FDP-leader”) no dictionary check is needed: the list is the check.
    for (const match of scopedMatches(file, acronymRoleHyphen)) {
      const hyphen = match.index
      reportAcronymHyphen(hyphen, /\p{Lu}+$/u.exec(text.slice(Math.max(0, hyphen - 5), hyphen))![0], /^\p{L}+/u.exec(text.slice(hyphen + 1))![0])
    }

    /** The words of the sentence before `index`, without the quotation mark that opens it (no parenthesis). */
    const sentenceOpeningBefore = (index: number): string => {
      const sentenceStart = Math.max(text.lastIndexOf('.', index), text.lastIndexOf('!', index), text.lastIndexOf('?', index), text.lastIndexOf('\n', index))
      return text.slice(sentenceStart + 1, index).replace(/^[\s“"‘«„]+/u, '')
    }
    /** Whether that opening makes the comma a parenthesis's or a clause's (punctuation, or a word that opens a clause). */
    const parenthetical = (opening: string, clauseWords = /\b(?:what|as|if|whatever)\b/iu): boolean => /[,;:“”"()—–]/u.test(opening) || clauseWords.test(opening)

    // "said, that": the German comma before “dass”.
    for (const match of scopedMatches(file, commaBeforeThat)) {
      // Only where the verb's clause opens the sentence, with no comma before it: a parenthesis (“It was,
      // he said, that kind of day”, “as the invitation itself declared, that”, “it is earnestly hoped,
      // that”) or a free relative (“what I then said, that”) takes the comma in English too.
      const opening = sentenceOpeningBefore(match.index)
      if (parenthetical(opening)) continue
      // “You know, whether we like it or not, …”: “whether … or not” is a parenthesis.
      if (/^, whether\b[^,.;]*\bor\b/u.test(text.slice(match.index, match.index + 100))) continue
      report('comma-before-that', match.index, match.index + 1, '', `Remove the comma before \`${text.slice(match.index + 2, text.indexOf(' ', match.index + 2))}\``, 0.75, 'de: sagte, dass; weiß nicht, wie: German puts a comma before every “dass”, “wie” or “ob” clause; English none after a verb of saying or thinking.')
    }

    // "said, the funds are": the German comma before reported speech, after the same opening as above.
    for (const match of scopedMatches(file, reportedClause)) {
      const opening = sentenceOpeningBefore(match.index)
      if (parenthetical(opening, /\b(?:what|as|if|whatever|when|while|after|before|because|since|until|although|though|once|where|who|which)\b/iu)) continue
      // The speaker and the verb make the whole opening: not a participle (“This much having been said,”, “the
      // sources I have stated,”), not a phrase (“In addition to …”).
      const openingWords = opening.trim().split(/\s+/u)
      if (openingWords.length > 8 || /^(?:have|has|had|been|having|being)$/iu.test(openingWords[openingWords.length - 2] ?? '') || /^(?:in|on|at|with|from|for|by|to|of|under|after|before|during|despite|among|between|beyond|through|without)$/iu.test(openingWords[0] ?? '')) continue
      report('comma-before-reported-clause', match.index, match.index + 1, '', 'Remove the comma before the reported clause', 0.7, 'de: Habeck sagte, die Mittel seien nicht verloren: German puts a comma before reported speech; English none (or “that”).')
    }

    // "announced, to reduce": the German comma before an infinitive clause with “zu”, after the same opening as above.
    for (const match of scopedMatches(file, commaBeforeInfinitive)) {
      const opening = sentenceOpeningBefore(match.index)
      if (parenthetical(opening)) continue
      report('comma-before-infinitive', match.index, match.index + 1, '', 'Remove the comma before the infinitive', 0.7, 'de: kündigte an, die Produktion zu reduzieren: German puts a comma before every infinitive clause with “zu”; English none after a verb that takes the infinitive.')
    }

    // "warned however that": “however” inside a clause, without its commas.
    for (const match of scopedMatches(file, howeverInside)) {
      report('however-without-commas', match.index, match.index + match[0].length, ', however, ', 'Set `however` off with commas', 0.7, 'de: warnte jedoch, dass; es: advirtió sin embargo que; fr: a cependant averti que: inside a clause English sets “however” off with commas; without them it means “in whatever way”.')
    }

    // "the  talks": doubled spaces inside a line.
    for (const match of scopedMatches(file, / {2,}(?=\S)/g)) {
      if (match.index === 0 || /\s/.test(text.charAt(match.index - 1))) continue
      const afterSentence = /[.!?”]/.test(text.charAt(match.index - 1))
      report('doubled-space', match.index, match.index + match[0].length, ' ', 'Use a single space', afterSentence ? 0.65 : 0.8, 'More than one space between words.')
    }
  }
}
