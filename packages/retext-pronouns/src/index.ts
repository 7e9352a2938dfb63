/**
 * retext plugin that fixes pronouns carried over from the pivot language's grammatical
 * gender: countries, organisations and things as “she/her/his” (“China could soften
 * her export controls”), and things or bodies as “who” (“the controls who have”).
 *
 * The referent is found by looking back through the sentence and the one before it
 * for the nearest word that tells what the pronoun stands for: a place or body acting
 * as one (“Washington”, “the EU”, “the alliance Green Labour”), a thing (“controls”,
 * “deal”), a woman (“Ms.”, “spokeswoman”, a woman's given name), or any other name,
 * which may be a person and stops the search without a fix.
 */
import {datelineEnd, documentFact, documentProfile, englishLexicon, fullNames, examplesSchema, honorifics, isCalendarWord, isTitleCase, loadData, presentTenseBase, reportArtifact, sentenceViews, type EnglishLexicon, type SentenceView, type Examples, type Token} from '@mt-cleanup/core'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'

export interface Options {
  /** More words that name women in your articles (given names, titles). */
  women?: readonly string[] | undefined
  /** More places or bodies referred to as “it”. */
  bodies?: readonly string[] | undefined
}

interface Referents {
  examples?: Examples
  personNouns: string[]
  places: string[]
  placePhrases: string[]
  bodies: string[]
  bodyNouns: string[]
  things: string[]
  femaleMarkers: string[]
  femaleNames: string[]
  /** Men's given names: with one before it, a place word is a man's surname (“Luís Montenegro”). */
  maleNames: string[]
}

const list = {type: 'array', items: {type: 'string', pattern: /\S/}} as const
export const referents = loadData<Referents>(new URL('../data/referents.json', import.meta.url), {
  type: 'object',
  required: ['places', 'placePhrases', 'bodies', 'bodyNouns', 'things', 'femaleMarkers', 'femaleNames', 'maleNames', 'personNouns'],
  properties: {personNouns: list, places: list, placePhrases: list, bodies: list, bodyNouns: list, things: list, femaleMarkers: list, femaleNames: list, maleNames: list, examples: examplesSchema}
})

const source = 'retext-pronouns'
const url = 'https://github.com/mt-cleanup/mt-cleanup/tree/main/packages/retext-pronouns/readme.md'

type Referent = 'body' | 'thing' | 'woman' | 'other'

// Nouns a name often modifies ("the Trump administration", "EU officials"): such a name is not the referent.
const modified = new Set(
  'administration government officials official spokeswoman spokesman spokesperson minister ministers leader leaders trade economy market markets products goods exports imports companies forces troops authorities president presidency era policy campaign supporters team family tower envoy delegation negotiators diplomats lawmakers voters citizens army navy police regulators economists analysts steel cars wine farmers workers state states side'.split(' ')
)

// Verbs that follow the name of whoever speaks ("Ortiz explained", "Vogel said").
const speechVerbs = new Set('said says told explained added stressed insisted noted warned recalled acknowledged assured declared announced argued affirmed indicated estimated admitted denied emphasized emphasised underlined reiterated maintained specified clarified confirmed'.split(' '))
// The same verbs opening a sentence whose subject the pivot language dropped ("Added that …"), in the
// past tense only: "Told that the plant would close, …" is an English participle clause.
const droppedSubjectVerbs = new Set([...speechVerbs].filter((verb) => verb !== 'says' && verb !== 'told'))

// Verbs that follow a subject, to tell “Truman stood” (a person) from “American officials” (a proper adjective).
const subjectVerbs = new Set('is was has had will would can could should must may might did does do stood went came made took gave met spoke wrote called visited urged vowed won lost led leads wants wanted needs needed faces faced sees saw'.split(' '))
function isVerbLike(word: string): boolean {
  return speechVerbs.has(word) || subjectVerbs.has(word) || /[a-z]ed$/.test(word)
}

// The last word of a body's name: what kind of body it is.
const institutionHeads = new Set(['Bank', 'Commission', 'Council', 'Court', 'Agency', 'Office', 'Ministry', 'Institute', 'Authority', 'Parliament', 'Party', 'Federation', 'Association', 'Committee', 'Organization', 'Organisation', 'Fund', 'Service', 'Group', 'Company', 'Corporation', 'Board', 'Senate', 'Assembly', 'Government', 'Congress', 'University', 'Foundation', 'Police', 'Army', 'Navy', 'Tribunal', 'Observatory', 'Secretariat', 'Directorate', 'Administration', 'Department'])
const personalPronouns = new Set(['he', 'him', 'his', 'she', 'her', 'hers', 'himself', 'herself'])
const malePronouns = new Set(['he', 'him', 'his', 'himself'])
// Verbs that open a relative clause after “that” (“, that has led”, “, that rose”); other forms in -s and -ed are read as verbs too.
const relativeVerbs = new Set(['has', 'have', 'had', 'were', 'are', 'won', 'took', 'made', 'led', 'left', 'came', 'became', 'began', 'went', 'held', 'met', 'rose', 'fell', 'grew', 'gave', 'brought', 'sought', 'kept', 'foresaw', 'saw', 'sold', 'bought', 'paid', 'built', 'lost', 'spent', 'ran', 'drew', 'wrote', 'told'])
// Words of a condition: after one, “, that” + a modal is the demonstrative of its consequence.
const conditionWords = new Set(['if', 'unless', 'when', 'once', 'whenever', 'should'])
// Modals after “, that”: a relative only after a noun with its determiner (“the reduction of the deficit, that
// should fall”); after a clause “that” is a demonstrative (“If the talks fail, that will hurt”).
const relativeModals = new Set(['will', 'would', 'should', 'could', 'can', 'must', 'may', 'might'])
// Words that open a subordinate clause at the start of a sentence.
const subordinators = new Set(['when', 'whenever', 'if', 'though', 'although', 'while', 'whilst', 'because', 'since', 'unless', 'whether', 'once', 'as', 'after', 'before', 'until', 'where', 'wherever'])
const nounDeterminers = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'these', 'those', 'each', 'every'])

/** Whether the lower-case noun at `at` ends a noun phrase with a determiner (“the public debt”), three words back at most. */
function determinedNoun(tokens: readonly Token[], keys: readonly string[], at: number): boolean {
  for (let back = at - 1; back >= Math.max(0, at - 3); back--) {
    // A number counts as one (“2,000 workers, that will”), a year does not (“In 2019 workers …”).
    if (nounDeterminers.has(keys[back]!) || (/^\d+$/.test(keys[back]!) && !(/^(?:19|20)\d\d$/.test(keys[back]!) && keys[back - 1] !== ','))) return true
    if (tokens[back]!.kind !== 'word') return false
  }
  return false
}
const functionCapitals = new Set('the a an but and if when while as in on at for to of by with from that this these those it its his her their our we they he she i after before since during under over so yet or nor not no yes however although though because'.split(' '))

// Verbs that follow the comma in “Who …, must pay”: modals and the forms of “be” and “have” that agree with “who”.
const whoClauseVerbs = new Set(['must', 'will', 'can', 'should', 'has', 'is', 'was', 'needs', 'risks', 'faces', 'gets', 'pays', 'loses'])
// “Who earns more must pay more”: the modals that may follow a “who” clause with no comma.
const whoModals = new Set(['must', 'will', 'should', 'can', 'shall'])
/** What befalls “anyone who …”: the main verb of a German “Wer …” sentence without a comma or a modal. */
const consequenceVerbs = new Set(['risks', 'faces', 'loses', 'receives', 'gets', 'pays'])
// Words that give the clause a subject of its own (“Who says it must be so”), so the modal is not the main verb's.
const subjectWords = new Set(['i', 'you', 'he', 'she', 'it', 'we', 'they', 'the', 'a', 'an', 'this', 'that', 'these', 'those', 'there', 'his', 'her', 'their', 'our', 'its', 'my', 'your'])
// Adverbs between a relative “that” and its verb.
const relativeAdverbs = new Set(['now', 'still', 'already', 'also', 'currently', 'only', 'then', 'today', 'soon'])
const openingQuotes = new Set(['"', '“', '„', '«', '‘'])

export default function retextPronouns(options: Options = {}) {
  const places = new Set([...referents.places, ...referents.bodies, ...(options.bodies ?? [])])
  const placePhrases = referents.placePhrases.map((phrase) => phrase.split(' '))
  const bodyNouns = new Set(referents.bodyNouns)
  const things = new Set(referents.things)
  const personNouns = new Set(referents.personNouns)
  // Heads of a body, named by what they head (“the head of government”, “the chief of staff”): a person
  // only before “of”, so they stay out of the person nouns that decide whom “her” means.
  const roleHeads = new Set(['head', 'heads', 'chief', 'chiefs', 'spokeswoman', 'chairwoman'])
  const women = new Set([...referents.femaleNames, ...(options.women ?? [])])
  const maleNames = new Set(referents.maleNames)
  const womenWords = new Set(referents.femaleMarkers.map((marker) => marker.toLowerCase()))
  // `key`, the token's normalised form, when the caller has it: no new lower-case string.
  const isWoman = (value: string, key?: string) => women.has(value) || womenWords.has(key ?? value.toLowerCase())

  /** Names the article itself treats as men: "Trump said he would", "Mr. Kramer". */
  function namesOfMen(views: readonly SentenceView[]): Set<string> {
    const men = new Set<string>()
    for (const {significant, keys} of views) {
      // Only a sentence with he/his/him or a “Mr” names men: most sentences are passed over on their keys.
      let lastHe = -1
      let mister = false
      for (let index = 0; index < keys.length; index++) {
        const key = keys[index]!
        if (key === 'he' || key === 'his' || key === 'him') lastHe = index
        else if (key === 'mr' || key === 'mr.') mister = true
      }
      if (lastHe === -1 && !mister) continue
      let hasWoman = false
      if (lastHe !== -1) {
        for (let index = 0; index < significant.length && !hasWoman; index++) hasWoman = isWoman(significant[index]!.value, keys[index])
      }
      for (let index = 0; index < significant.length; index++) {
        const key = keys[index - 1]
        if (key !== 'mr' && key !== 'mr.' && (hasWoman || index >= lastHe)) continue
        const value = significant[index]!.value
        if (/^\p{Lu}\p{Ll}+$/u.test(value)) men.add(value)
      }
    }
    return men
  }

  /** Surnames the article gives to women: "Carmen Ortiz", "Ms. Vogel". */
  function namesOfWomen(views: readonly SentenceView[]): Set<string> {
    const found = new Set<string>()
    for (const {significant, keys} of views) {
      for (let index = 0; index + 1 < significant.length; index++) {
        const token = significant[index]!
        if (token.kind !== 'word') continue
        const key = keys[index]
        // The cheap tests first: a woman's given name or Ms/Mrs, then the name after it.
        if (!(key === 'ms' || key === 'ms.' || key === 'mrs' || key === 'mrs.' || women.has(token.value))) continue
        const next = significant[index + 1]!
        if (next.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(next.value)) found.add(next.value)
      }
    }
    return found
  }

  return function (tree: Root, file: VFile): undefined {
    const lexicon = englishLexicon()
    const views = sentenceViews(tree, file)
    const men = documentFact(file, 'retext-pronouns:men', () => namesOfMen(views))
    const womenSurnames = documentFact(file, 'retext-pronouns:women', () => namesOfWomen(views))
    // Surnames of people the article names in full (“George Washington”), worked out on first use.
    let surnames: Set<string> | undefined

    views.forEach((view, sentenceIndex) => {
      const {significant} = view
      // “Added that …”: a sentence that starts with a reporting verb has lost its subject (Spanish and Italian drop it).
      const [first, second] = significant
      if (first && second && isTitleCase(first.value) && droppedSubjectVerbs.has(view.keys[0]!) && view.keys[1] === 'that') {
        const verb = first.value.toLowerCase()
        const speaker = lastSpeaker(sentenceIndex)
        const pronoun = speaker === undefined ? undefined : womenSurnames.has(speaker) ? 'She' : men.has(speaker) ? 'He' : undefined
        reportArtifact(file, {
          reason: pronoun
            ? `The sentence lost its subject: \`${pronoun} ${verb}\`, for \`${speaker}\`, the last person quoted`
            : `The sentence has no subject: who \`${verb}\`? (\`He ${verb}\` or \`She ${verb}\`)`,
          place: {start: first.start, end: first.end},
          ruleId: 'missing-subject',
          source,
          category: 'pronoun',
          confidence: pronoun ? 0.7 : 0.5,
          ...(pronoun ? {expected: [`${pronoun} ${verb}`]} : {}),
          note: 'Spanish, Italian and Portuguese drop subject pronouns; the translation kept the gap. The subject is the person quoted before: she or he as the article itself shows (a woman’s given name, Ms., he/his).',
          url
        })
      }
      const {keys} = view
      // “Who penetrates into the security area, endangers lives”: German “Wer …, (der) …” is “anyone who”;
      // English “Who …” would ask a question. A statement: no question mark, and after the comma a verb
      // that agrees with “who” (“endangers”, “must”, “will”), not a subject of its own.
      // After an opening quotation mark too: “"Who strikes now, damages the company", said …”.
      const who = significant[0]?.kind === 'punctuation' && openingQuotes.has(significant[0].value) ? 1 : 0
      const whoToken = significant[who]
      if (whoToken && keys[who] === 'who' && isTitleCase(whoToken.value) && !keys.includes('?')) {
        // A verb in -s, or “has”/“is”, on each side of the comma.
        const agrees = (word: string) => whoClauseVerbs.has(word) || (/[^su]s$/.test(word) && presentTenseBase(word) !== undefined)
        let comma = keys.indexOf(',', who + 2)
        // The main verb, after the comma (or, without one, the modal found below).
        let mainVerbAgrees = agrees(keys[comma + 1] ?? '')
        let end = comma
        // Without the comma, a modal and an active verb after a short clause with no subject of its own:
        // “Who earns more must pay more.” (“Who wins will be decided …” asks which one).
        const modal = keys.findIndex((word, index) => index > who + 1 && index <= who + 5 && whoModals.has(word))
        const between = keys.slice(who + 2, modal)
        if (modal > 0 && (comma < 0 || modal < comma) && keys[modal + 1] !== 'be' && between.every((word, index) => /^\p{Ll}+$/u.test(significant[who + 2 + index]!.value) && !subjectWords.has(word))) {
          comma = modal
          mainVerbAgrees = true
          end = modal - 1
        }
        // Nor a modal: a verb of consequence after a short clause (“Who does not pay risks a fine.”, “Who
        // wins the race gets a medal.”); “Who gets paid matters” asks which one, and “matters” is no consequence.
        if (modal < 0 && comma < 0) {
          const consequence = keys.findIndex((word, index) => index > who + 2 && index <= who + 5 && consequenceVerbs.has(word))
          // The words before it are the clause's own, all lower case.
          if (consequence > 0 && significant.slice(who + 2, consequence).every((token) => /^\p{Ll}+$/u.test(token.value))) {
            comma = consequence
            mainVerbAgrees = true
            end = consequence - 1
          }
        }
        if (comma > who + 2 && /^\p{Ll}/u.test(significant[comma + 1]?.value ?? '') && agrees(keys[who + 1]!) && mainVerbAgrees) {
          const place = {start: whoToken.start, end: significant[end]!.end}
          const clause = String(file.value).slice(significant[who + 1]!.start, significant[comma - 1]!.end)
          reportArtifact(file, {
            reason: 'A statement about anyone, not a question: write `Anyone who …` without the comma',
            place,
            ruleId: 'who-for-anyone-who',
            source,
            category: 'pronoun',
            confidence: 0.7,
            expected: [`Anyone who ${clause}`],
            note: 'de: Wer in den Sicherheitsbereich eindringt, gefährdet Menschenleben: German “wer” opens a statement about anyone; English writes “anyone who” (or “whoever”) and no comma before the verb.',
            url
          })
        }
      }
      significant.forEach((token, index) => {
        const word = token.value
        // The normalised key is the lower case (apostrophes aside): no new string per token.
        const lower = keys[index]!
        const next = significant[index + 1]
        if (lower === 'her' || lower === 'his') {
          // “a procedure for excessive deficit against her.”: “her” as the object of a preposition, closing
          // the clause, for a country or body (Romance “contre elle”, “contra ella”).
          if (lower === 'her' && objectPrepositions.has(keys[index - 1] ?? '') && (next === undefined || /^[.,;:!?]$/.test(next.value))) {
            if (referentBefore(sentenceIndex, index, lexicon, lower) !== 'body') return
            fix(file, token, word === lower ? 'it' : 'It', `\`${word}\` refers to a country, organisation or thing`, 0.7)
            return
          }
          // Only the possessive: "her export controls", not "told her".
          if (next?.kind !== 'word' || !/^\p{L}/u.test(next.value)) return
          // “thrilled her the most”, “locked her up”: “her” as an object, before a determiner or a particle.
          if (lower === 'her' && afterObject.has(keys[index + 1]!)) return
          // “expelled her yesterday”, “fired her last week”: an object before a time or place adverb (“her last budget” is possessive).
          if (lower === 'her' && (adverbsAfterObject.has(keys[index + 1]!) || ((keys[index + 1] === 'last' || keys[index + 1] === 'next') && timeUnits.has(keys[index + 2] ?? '')))) return
          // A form of address: “His Holiness, Pope Francis”, “Her Majesty”.
          if (honorifics.has(next.value)) return
          if (referentBefore(sentenceIndex, index, lexicon, lower) !== 'body') return
          fix(file, token, word === lower ? 'its' : 'Its', `\`${word}\` refers to a country, organisation or thing`, 0.75)
        } else if (lower === 'she') {
          if (referentBefore(sentenceIndex, index, lexicon, lower) !== 'body') return
          fix(file, token, word === lower ? 'it' : 'It', `\`${word}\` refers to a country, organisation or thing`, 0.7)
        } else if (lower === 'who') {
          const previous = significant[index - 1]
          const afterComma = previous?.value === ','
          const head = afterComma ? significant[index - 2] : previous
          if (!head || head.kind !== 'word') return
          // “who are heroes, who controls, who does not”: a series of questions, not a relative clause.
          if (afterComma && keys.slice(Math.max(0, index - 6), index - 1).includes('who')) return
          let kind = nounPhraseKind(significant, afterComma ? index - 2 : index - 1, lexicon)
          if ((kind === undefined || kind === 'other') && afterComma && namedInstitution(significant, index - 2)) kind = 'body'
          if (kind !== 'body' && kind !== 'thing') return
          if (personBeforePreposition(significant, afterComma ? index - 2 : index - 1)) return
          if (afterComma && appositionOfPerson(significant, index - 2, lexicon)) return
          // “his party, who were trading”: a group of people named by a common noun may take “who” after a comma.
          if (afterComma && kind === 'body' && /^\p{Ll}/u.test(head.value)) return
          // “the Donner party who were starving”: a plural verb makes the group its people.
          if (kind === 'body' && /^\p{Ll}/u.test(head.value) && /^(were|are|have)$/.test(keys[index + 1] ?? '')) return
          fix(file, token, afterComma ? 'which' : 'that', `\`who\` refers to ${kind === 'thing' ? 'a thing' : 'a place or body'}`, 0.75)
        } else if (lower === 'that' && significant[index - 1]?.value === ',') {
          // “the measure, that enters into force”, “Lula, that seeks reelection”: Romance “que” after a comma
          // opens a non-restrictive clause, which English starts with “which” (things) or “who” (people).
          // Only before the clause's own verb, in lower case. Not before “is”, a modal or “do”: after a clause,
          // “that” is most often a demonstrative subject in English (“If the talks fail, that will hurt”, “that is,”).
          // An adverb may come first: “the measure, that now must pass”, “the plan, that already has”.
          const next = significant[index + (relativeAdverbs.has(keys[index + 1] ?? '') ? 2 : 1)]?.value ?? ''
          const modal = relativeModals.has(next)
          if (!relativeVerbs.has(next) && !modal && !/^[a-z]{3,}(?:[a-rt-z]s|ed)$/.test(next)) return
          // “if we lose the spirit …, the spirit of the American worker, that would be a tragedy”: after a
          // condition anywhere before, “that” + modal is its demonstrative consequence.
          if (modal && (!determinedNoun(significant, keys, index - 2) || keys.slice(0, index).some((key) => conditionWords.has(key)))) return
          // “When we help Ukraine …, that strengthens”: after an opening subordinate clause, a demonstrative.
          if (subordinators.has(keys[datelineEnd(significant) + 1] ?? '')) return
          // A noun phrase with its determiner (“the measure, that”), or a name.
          if (/^\p{Ll}/u.test(significant[index - 2]?.value ?? '') && !determinedNoun(significant, keys, index - 2)) return
          // “the American people, that lives on”: a verb that does not agree with the noun has another subject.
          if (/[a-rt-z]s$/.test(next) && (keys[index - 2] === 'people' || /[a-rt-z]s$/.test(keys[index - 2]!))) return
          const relative = relativeFor(significant, keys, index - 2, lexicon)
          if (relative === undefined) return
          reportArtifact(file, {
            reason: `\`that\` after a comma opens a non-restrictive clause: \`${relative}\``,
            place: {start: token.start, end: token.end},
            ruleId: 'that-after-comma',
            source,
            category: 'pronoun',
            confidence: 0.7,
            expected: [word === lower ? relative : relative.charAt(0).toUpperCase() + relative.slice(1)],
            note: 'fr: la mesure, qui entre en vigueur; es: la medida, que entra en vigor: after a comma English writes “which” for a thing and “who” for a person, not “that”.',
            url
          })
        }
      })
    })

    /** Whether the article names `surname` in full with a man's given name only (“Xavi Hernández”). */
    function isManNamedInFull(surname: string): boolean {
      const given = fullNames(documentProfile(tree, file)).get(surname)
      return given !== undefined && given.length > 0 && given.every((name) => maleNames.has(name))
    }

    /** Whether `given` is a man's given name the article uses before a surname (“Xavi” of “Xavi Hernández”). */
    function isGivenNameOfMan(given: string): boolean {
      for (const names of fullNames(documentProfile(tree, file)).values()) if (names.includes(given)) return true
      return false
    }

    /** Surnames of people the article names in full (“George Washington”): a man or woman's given name, no place. */
    function surnamesOfPeople(): Set<string> {
      if (!surnames) {
        surnames = new Set()
        for (const [surname, given] of fullNames(documentProfile(tree, file))) {
          if (given.some((name) => !places.has(name) && (women.has(name) || men.has(name) || maleNames.has(name)))) surnames.add(surname)
        }
      }
      return surnames
    }

    /**
     * The person who spoke last before a sentence, in its paragraph or the one before:
     * the name just before a reporting verb ("Ortiz explained", "Carmen Ortiz, told").
     */
    function lastSpeaker(sentenceIndex: number): string | undefined {
      const paragraph = views[sentenceIndex]!.paragraph
      for (let current = sentenceIndex - 1; current >= Math.max(0, sentenceIndex - 3); current--) {
        const view = views[current]!
        if (view.paragraph < paragraph - 1) break
        const tokens = view.significant
        for (let at = tokens.length - 1; at > 0; at--) {
          if (!speechVerbs.has(view.keys[at]!)) continue
          const name = tokens[at - 1]!.value === ',' ? tokens[at - 2] : tokens[at - 1]
          if (name?.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(name.value)) return name.value
        }
      }
      return undefined
    }

    /**
     * What a pronoun refers to, judged from every telling word before it in its sentence
     * and the sentence before (same paragraph): `body` only when bodies or things are all
     * there is; any woman, or any name that may be a person, keeps the pronoun.
     */
    function referentBefore(sentenceIndex: number, index: number, lexicon: EnglishLexicon, pronoun: string): Referent | undefined {
      let found: Referent | undefined
      // “he or she”, “his or her”: anyone, a person all the same.
      const here = views[sentenceIndex]!.keys
      if ((here[index - 1] === 'or' || here[index - 1] === 'and' || here[index - 1] === '/') && malePronouns.has(here[index - 2] ?? '')) return 'other'
      // A “he” between a person and the pronoun: the person is most likely he.
      let maleSeen = false
      for (let current = sentenceIndex; current >= Math.max(0, sentenceIndex - 1); current--) {
        const view = views[current]
        if (!view) break
        // Another paragraph is another context.
        if (current !== sentenceIndex && view.paragraph !== views[sentenceIndex]!.paragraph) break
        const tokens = view.significant
        // A dateline (“BRUSSELS (Reuters) —”) names where and who filed the story, not a referent.
        const opening = datelineEnd(tokens)
        for (let at = current === sentenceIndex ? index - 1 : tokens.length - 1; at > opening; at--) {
          const token = tokens[at]!
          if (token.kind !== 'word') continue
          const value = token.value
          const lower = view.keys[at]!
          if (isWoman(value, lower)) return 'woman'
          // A man (“He recalled that France … her electricity”) is no referent of “she” or “her”.
          if (malePronouns.has(lower) && (pronoun === 'she' || pronoun === 'her')) {
            maleSeen = true
            continue
          }
          if (personalPronouns.has(lower)) return 'other'
          // Ships are “she” in English too (“the ship skirted the coast … she reached Iceland”).
          if (ships.has(lower) && (pronoun === 'she' || pronoun === 'her')) return 'other'
          // "one senator joked, … his": a person named by what they are.
          // Capitalised as a title too: “The President, in a message to Congress, … his” (a singular: “Economists warn …”
          // opening a sentence is no referent of “her”).
          // One the text then calls “he” (“the minister … He recalled that France … her”) is no referent of “her” either.
          if (personNouns.has(value) || (personNouns.has(lower) && (!lower.endsWith('s') || lower.endsWith('ss')))) {
            if (maleSeen) continue
            return 'other'
          }
          if (!/^\p{Lu}/u.test(value)) continue
          // Days and months are capitalised but never what a pronoun refers to.
          if ((functionCapitals.has(lower) && at === 0) || isCalendarWord(lower)) continue
          const kind = nounPhraseKind(tokens, at, lexicon)
          if (kind === undefined || attributive(tokens, at)) continue
          if (kind === 'other') {
            // A man the article names cannot be "she" or "her".
            if (pronoun !== 'his' && men.has(value)) continue
            // “Barcelona, directed by Xavi Hernández, … her capacity”: a man named in full is no “she” either.
            if ((pronoun === 'her' || pronoun === 'she') && (isManNamedInFull(value) || (maleNames.has(value) && isGivenNameOfMan(value)))) continue
            return 'other'
          }
          if (kind === 'woman') return 'woman'
          // “Reared in England, she studied”: a place after a preposition is where she was, not who she is; in
          // the sentence before, the same holds for any pronoun (“… the only one in Denmark. His broad interest”).
          let first = at
          while (first > 0 && /^\p{Lu}/u.test(tokens[first - 1]!.value)) first--
          if (view.keys[first - 1] === 'the') first--
          const preposition = view.keys[first - 1] ?? ''
          if ((pronoun === 'she' || current !== sentenceIndex) && (placePrepositions.has(preposition) || (current !== sentenceIndex && settingPrepositions.has(preposition)))) continue
          // “Washington in his last wartime circular”, where the article names George Washington: a man.
          if (surnamesOfPeople().has(value)) return 'other'
          found = 'body'
        }
      }
      return found
    }

    /**
     * Whether the place or body ending at `at` sits in a prepositional phrase after people:
     * “people in nearly every free country who”, “those in Congress who”, “members of the
     * Commission who”, “a President and a Congress who”. Their “who” is the people's.
     */
    function personBeforePreposition(tokens: Token[], at: number): boolean {
      for (let back = at - 1; back >= Math.max(0, at - 5); back--) {
        const token = tokens[back]!
        if (token.kind !== 'word') return false
        if (!linkingPrepositions.has(token.value.toLowerCase())) continue
        for (let person = back - 1; person >= Math.max(0, back - 6); person--) {
          const word = tokens[person]!
          if (word.kind !== 'word') return false
          const lower = word.value.toLowerCase()
          // A verb between them ends the phrase: in “the president presented on Monday a reform who”, the
          // preposition opens a time phrase of the clause, not a phrase that ties the reform to a person.
          if (/^\p{Ll}+ed$/u.test(word.value) && !personNouns.has(lower)) return false
          if (personNouns.has(lower) || groupWords.has(lower) || roleHeads.has(lower) || /[a-z](er|or|ist|ian)s?$/.test(lower)) return true
          // Places in a list go on to the preposition before them: “emissaries from Guatemala and Nepal who”.
          if (linkingPrepositions.has(lower) && /^\p{Lu}/u.test(tokens[person + 1]!.value)) continue
        }
        return false
      }
      return false
    }

    /**
     * Whether the noun at `at` ends an apposition between commas that says what a person named just
     * before is: “Fabien Villedieu, delegate of the union SUD-Rail, who”. The “who” is the person's.
     */
    function appositionOfPerson(tokens: Token[], at: number, lexicon: EnglishLexicon): boolean {
      for (let back = at - 1; back >= Math.max(1, at - 10); back--) {
        const token = tokens[back]!
        if (token.kind === 'word' || token.value === '-' || token.value === '’' || token.value === "'") continue
        if (token.value !== ',') return false
        // The apposition opens with a lower-case role (“delegate of”, “the head of”) after a name.
        if (!/^\p{Ll}/u.test(tokens[back + 1]?.value ?? '') || tokens[back - 1]!.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(tokens[back - 1]!.value)) return false
        const kind = nounPhraseKind(tokens, back - 1, lexicon)
        return kind === 'other' || kind === 'woman'
      }
      return false
    }

    /**
     * “The European Central Bank, who must meet”: a name opening its sentence with “The” and ending in what
     * kind of body it is. Not after “of” (“Geraldine Thompson of Red Bank, who”, “the Commissioner of the
     * General Land Office”), where the person before it is the antecedent.
     */
    function namedInstitution(tokens: Token[], at: number): boolean {
      if (!institutionHeads.has(tokens[at]?.value ?? '')) return false
      let start = at
      while (start > 0 && tokens[start - 1]!.kind === 'word' && /^\p{Lu}/u.test(tokens[start - 1]!.value)) start--
      return start === datelineEnd(tokens) + 1 && tokens[start]!.value === 'The' && at - start >= 2
    }

    /** Classify the noun phrase that ends at `at` (a name run, a place phrase, or a common noun). */
    function nounPhraseKind(tokens: Token[], at: number, lexicon: EnglishLexicon): Referent | undefined {
      const token = tokens[at]!
      const value = token.value
      if (token.kind !== 'word') return undefined
      if (/^\p{Ll}/u.test(value)) {
        if (things.has(value)) return 'thing'
        if (bodyNouns.has(value)) return 'body'
        return undefined
      }
      if (isWoman(value)) return 'woman'
      // Acronyms and datelines ("(AP)", "THE HAGUE") name bodies and places, never a woman or a man;
      // after the kind of body it is ("the chemical group BASF") an acronym is that body.
      if (/^\p{Lu}{2,}$/u.test(value)) return places.has(value) || bodyNouns.has(tokens[at - 1]?.value ?? '') ? 'body' : undefined
      // A run of capitalised words ending here: "Green Labour", "United States".
      let start = at
      while (start > 0 && tokens[start - 1]!.kind === 'word' && /^\p{Lu}/u.test(tokens[start - 1]!.value)) start--
      const run = tokens.slice(start, at + 1).map((item) => item.value)
      if (run.some((item) => isWoman(item))) return 'woman'
      if (places.has(value) || placePhrases.some((phrase) => phrase.length <= run.length && phrase.every((item, offset) => run[run.length - phrase.length + offset] === item))) {
        return 'body'
      }
      // "the alliance Green Labour", "the party Christian Centre": a name after the kind of body it is.
      const before = tokens[start - 1]
      if (before && bodyNouns.has(before.value)) return 'body'
      // Capitalised ordinary words ("Export", "The") say nothing; any other name may be a person.
      if (run.every((item) => lexicon.isCommonWord(item) && !lexicon.isListedName(item))) return undefined
      return 'other'
    }

    /**
     * The relative pronoun for the noun at `at`: `which` for a thing or body, `who` for a person the
     * article names as one or a noun for people; undefined where it is not clear.
     */
    function relativeFor(tokens: Token[], keys: readonly string[], at: number, lexicon: EnglishLexicon): 'which' | 'who' | undefined {
      const head = tokens[at]
      if (head?.kind !== 'word') return undefined
      if (/^\p{Ll}/u.test(head.value)) {
        if (personNouns.has(keys[at]!)) return 'who'
        // “an economist of a consulting firm, that asked not to be named”: the clause may be the person's.
        return (things.has(head.value) || bodyNouns.has(head.value)) && !personBeforePreposition(tokens, at) ? 'which' : undefined
      }
      // “the Government, that needs”: a body capitalised as this one's name, after its article.
      if (keys[at - 1] === 'the' && bodyNouns.has(keys[at]!) && !personBeforePreposition(tokens, at)) return 'which'
      // “The government of Giorgia Meloni, that holds …”: the clause may be the body's as well as the person's.
      if (ownedByName(tokens, at)) return undefined
      if (men.has(head.value) || womenSurnames.has(head.value) || surnamesOfPeople().has(head.value)) return 'who'
      const kind = nounPhraseKind(tokens, at, lexicon)
      return kind === 'woman' ? 'who' : kind === 'body' && !personBeforePreposition(tokens, at) ? 'which' : undefined
    }

    /** Whether the name ending at `at` follows “<body> of”: “the government of Giorgia Meloni”. */
    function ownedByName(tokens: Token[], at: number): boolean {
      let start = at
      while (start > 0 && tokens[start - 1]!.kind === 'word' && /^\p{Lu}/u.test(tokens[start - 1]!.value)) start--
      const body = tokens[start - 2]
      return tokens[start - 1]?.value === 'of' && body?.kind === 'word' && bodyNouns.has(body.value)
    }

    /** Whether the name at `at` only modifies the noun after it ("the Trump administration", "EU trade spokeswoman"). */
    function attributive(tokens: Token[], at: number): boolean {
      const next = tokens[at + 1]
      if (!next || next.kind !== 'word') return false
      if (/^\p{Lu}/u.test(next.value)) return true
      // Nationality and other proper adjectives before a noun: "Dutch general elections", "Chinese products".
      // Not a name followed by its verb: “Truman stood”, “Xi said”, “Erdogan has”.
      // Nor a surname the article gives in full (“Milei presents”, “Meloni wants”), nor one before a verb in -s and its object (“presents his”).
      if (
        /(an|ese|ish|ch|i)$/.test(tokens[at]!.value) &&
        /^\p{Ll}/u.test(next.value) &&
        !isVerbLike(next.value) &&
        !surnamesOfPeople().has(tokens[at]!.value) &&
        !(/[a-z]s$/.test(next.value) && nounDeterminers.has(tokens[at + 2]?.value.toLowerCase() ?? ''))
      ) {
        return true
      }
      return modified.has(next.value) || things.has(next.value) || bodyNouns.has(next.value)
    }
  }

  function fix(file: VFile, token: Token, replacement: string, reason: string, confidence: number): void {
    reportArtifact(file, {
      reason,
      place: {start: token.start, end: token.end},
      ruleId: token.value.toLowerCase() === 'who' ? 'who-for-thing' : 'gendered-pronoun-for-thing',
      source,
      category: 'pronoun',
      confidence,
      expected: [replacement],
      note: 'French, Spanish, Italian, Portuguese and German give countries and things a grammatical gender; English refers to them as it, its, that or which.',
      url
    })
  }
}

// Prepositions that make a place of the sentence before a setting, not the referent of a pronoun that follows.
const settingPrepositions = new Set(['of', 'by', 'with', 'for', 'on', 'over', 'under', 'about', 'between', 'against'])

// Words after “her” that make it an object, not a possessive.
const adverbsAfterObject = new Set(['yesterday', 'today', 'tomorrow', 'twice', 'once', 'here', 'there', 'now', 'then', 'later', 'earlier', 'home', 'abroad', 'alone', 'instead', 'anyway', 'immediately', 'personally', 'directly'])
const timeUnits = new Set(['week', 'month', 'year', 'night', 'weekend', 'morning', 'evening', 'spring', 'summer', 'autumn', 'fall', 'winter', 'season', 'time'])
const afterObject = new Set(['the', 'a', 'an', 'to', 'that', 'this', 'these', 'those', 'up', 'down', 'out', 'off', 'in', 'on', 'into', 'onto', 'away', 'back', 'over', 'about', 'with', 'for', 'from', 'as', 'at', 'by', 'and', 'or', 'but', 'if', 'when', 'because', 'so', 'too', 'again', 'how', 'what', 'why', 'whether', 'not', 'all', 'some', 'any', 'more', 'most', 'very', 'such', 'his', 'its', 'their', 'our', 'my', 'your'])

// Prepositions before an object pronoun that closes a clause: “against her.”, “with her,”.
const objectPrepositions = new Set(['against', 'with', 'for', 'to', 'toward', 'towards', 'from', 'on', 'about', 'behind', 'beside', 'without', 'upon', 'over', 'into'])

// Ships, which English calls “she”.
const ships = new Set(['ship', 'ships', 'vessel', 'boat', 'yacht', 'liner', 'submarine', 'frigate', 'tanker', 'freighter', 'schooner', 'steamer', 'carrier', 'cruiser', 'destroyer'])

// Prepositions before a place that make it a setting rather than the subject a later “she” stands for.
const placePrepositions = new Set(['in', 'from', 'to', 'at', 'into', 'across', 'near', 'around', 'throughout', 'outside', 'inside', 'through'])

// Prepositions (and conjunctions) that tie a place or body to the people before it (“those in Congress”, “a President and a Congress”).
const linkingPrepositions = new Set(['in', 'of', 'from', 'at', 'on', 'over', 'across', 'throughout', 'around', 'within', 'among', 'inside', 'outside', 'and', 'or'])

// Words for people that are not in the referents' person nouns: pronouns and quantifiers used alone.
const groupWords = new Set(['individuals', 'aliens', 'nationals', 'exiles', 'expatriates', 'settlers', 'natives', 'inhabitants', 'emissaries', 'delegates', 'envoys', 'diplomats', 'representatives', 'members', 'visitors', 'refugees', 'migrants', 'immigrants', 'tourists', 'pilgrims', 'volunteers', 'executives', 'athletes', 'fans', 'journalists', 'those', 'some', 'anyone', 'everyone', 'someone', 'anybody', 'everybody', 'somebody', 'any', 'many', 'others', 'few', 'one', 'children', 'women', 'woman', 'families', 'troops', 'soldiers', 'servicemembers', 'americans', 'citizen'])
