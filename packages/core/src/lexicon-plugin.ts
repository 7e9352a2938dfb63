import {readFileSync, statSync} from 'node:fs'
import {endianness} from 'node:os'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {categories, type Category} from './categories.js'
import {capitalize, indefiniteArticle, isCalendarWord, matchCase, startsLowerCase} from './case.js'
import {examplesSchema, loadData, strictChecks, type Examples, type Schema} from './data.js'
import {closingQuotes, normalizeWord, sentenceViews, type SentenceView, type Token} from './nlcst.js'
import {blockWildcard, createBlockMatcher, phraseBlock, phraseTokens, type PhraseBlock, type PhraseMatch, type PhraseMatcher} from './phrase.js'
import {englishLexicon} from './lexicon.js'
import {documentProfile, type DocumentProfile} from './profile.js'
import {reportArtifact} from './report.js'

/** Pivot languages the lexicons know. */
export const pivots = ['fr', 'es', 'de', 'it', 'pt'] as const
export type Pivot = (typeof pivots)[number]

/**
 * When an entry applies. Phrases are words separated by spaces; a word ending in `*`
 * matches any word that starts with it ("retaliat*"). Windows count words and
 * punctuation in the same sentence.
 */
export interface LexiconConditions {
  /** One of these phrases ends within `window` tokens before the match. */
  before?: string[]
  /** One of these phrases starts within `window` tokens after the match. */
  after?: string[]
  /** None of these phrases ends within `window` tokens before the match. */
  notBefore?: string[]
  /** None of these phrases starts within `window` tokens after the match. */
  notAfter?: string[]
  /**
   * No auxiliary or common finite verb starts within `window` tokens after the match: the matched
   * noun would be the subject of a clause (“She realized a study was needed”), not an object.
   */
  notBeforeClause?: boolean
  /** How many other tokens may stand between the match and a `before`/`after` phrase (default 4; 0: adjacent). */
  window?: number
  /** The sentence holds one of these phrases. */
  sentenceHas?: string[]
  /** The sentence holds none of these phrases. */
  sentenceLacks?: string[]
  /** The document is about one of these topics (see the core topic list). */
  topics?: string[]
  /** The document is about none of these topics. */
  notTopics?: string[]
  /** The document contains one of these phrases (case-insensitive). */
  documentHas?: string[]
  /**
   * The document is about one of these (a country and its capital, its leaders): together they
   * occur at least twice and at least 3 times per 1,000 words, not just in passing (case-insensitive).
   */
  documentAbout?: string[]
  /** The document names one of these, with this exact casing, at least twice. */
  documentNames?: string[]
  /** The matched text must start with a capital (`true`) or a lower-case letter (`false`). */
  capitalized?: boolean
  /** Every word matched by a `*` must start with a capital (a name: "in a pavilion of Amsterdam"). */
  capturesCapitalized?: boolean
  /** Every word matched by a `*` is a name the article uses elsewhere too (capitalised inside sentences at least twice, not a month or day). */
  capturesNamed?: boolean
  /** Every word matched by a `*` is a cardinal number, in digits or words ("3", "three", "twenty"). */
  capturesNumber?: boolean
  /** Every word matched by a `*` is a year: four digits from 1000 to 2099 (“in the 2025,”, not “in the 100,”). */
  capturesYear?: boolean
  /** Every word matched by a `*` is an ordinal in digits (“87th”, “1st”, “22nd”): the minute of a goal, an edition. */
  capturesOrdinal?: boolean
  /**
   * The match ends a name: no capitalised word other than a month or day follows it, directly or
   * after a short lower-case word (“of São Paulo”, “of Rio de Janeiro” do not end at “São”, “Rio”).
   */
  nameEnds?: boolean
  /**
   * The last of the pattern's own words (after the first) is in lower case: “the president Lula” and
   * “the Prime minister Borne” are a pivot's article before a title, “the Governor General” an English title.
   */
  lowercaseWords?: boolean
  /** The match's last word does not occur earlier in the document: a first mention, so not a known referent. */
  firstMention?: boolean
}

/** One lexicon entry: a pattern, where it is wrong, and what replaces it. */
export interface LexiconEntry {
  /** Stable id, used as the message `ruleId`. */
  id: string
  category: Category
  /** Pivot languages whose translations produce it. */
  pivots: Pivot[]
  /** Surface forms: each a phrase pattern (`*` is any one word) with its replacements, best first; `$1` is the first `*` (`$l1` in lower case, `$g1` its -ing form). */
  forms: Array<{match: string; replace: string[]}>
  /** `match` (default) gives replacements the case of the matched text; `exact` keeps them as written ("TikTok", "iPhone"). */
  case?: 'match' | 'exact'
  when?: LexiconConditions
  /** 0–1, how sure a match that meets the conditions is wrong. */
  confidence: number
  /** The foreign source and why it is wrong, e.g. "fr: droits de douane". */
  note: string
  examples: Examples
}

const phraseList: Schema = {type: 'array', items: {type: 'string', pattern: /\S/}}

/** The schema every lexicon data file follows. */
export const lexiconSchema: Schema = {
  type: 'object',
  required: ['entries'],
  properties: {
    entries: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'category', 'pivots', 'forms', 'confidence', 'note', 'examples'],
        properties: {
          id: {type: 'string', pattern: /^[a-z0-9]+(-[a-z0-9]+)*$/},
          category: {type: 'string', enum: categories},
          pivots: {type: 'array', minItems: 1, items: {type: 'string', enum: pivots}},
          forms: {
            type: 'array',
            minItems: 1,
            items: {
              type: 'object',
              required: ['match', 'replace'],
              properties: {match: {type: 'string', pattern: /\S/}, replace: {type: 'array', minItems: 1, items: {type: 'string'}}}
            }
          },
          case: {type: 'string', enum: ['match', 'exact']},
          when: {
            type: 'object',
            properties: {
              before: phraseList,
              after: phraseList,
              notBefore: phraseList,
              notAfter: phraseList,
              notBeforeClause: {type: 'boolean'},
              window: {type: 'number', minimum: 0, maximum: 30},
              sentenceHas: phraseList,
              sentenceLacks: phraseList,
              topics: phraseList,
              notTopics: phraseList,
              documentHas: phraseList,
              documentAbout: phraseList,
              documentNames: phraseList,
              capitalized: {type: 'boolean'},
              capturesCapitalized: {type: 'boolean'},
              capturesNamed: {type: 'boolean'},
              capturesNumber: {type: 'boolean'},
              capturesYear: {type: 'boolean'},
              capturesOrdinal: {type: 'boolean'},
              nameEnds: {type: 'boolean'},
              lowercaseWords: {type: 'boolean'},
              firstMention: {type: 'boolean'}
            }
          },
          confidence: {type: 'number', minimum: 0, maximum: 1},
          note: {type: 'string', pattern: /\S/},
          examples: examplesSchema
        }
      }
    }
  }
}

/** Read and validate a lexicon data file; duplicate ids are refused too. */
export function loadLexicon(url: URL, {shipped = false}: {shipped?: boolean} = {}): LexiconEntry[] {
  if (shipped && !strictChecks) {
    const compiled = loadCompiledLexicon(url)
    if (compiled) return compiled
  }
  const {entries} = loadData<{entries: LexiconEntry[]}>(url, lexiconSchema, {shipped})
  if (shipped && !strictChecks) return entries
  const seen = new Set<string>()
  for (const entry of entries) {
    if (seen.has(entry.id)) throw new Error(`Invalid data file ${url.pathname}: duplicate id \`${entry.id}\``)
    seen.add(entry.id)
    const examples = (entry.examples.fire?.length ?? 0) + (entry.examples.keep?.length ?? 0)
    if (examples === 0) throw new Error(`Invalid data file ${url.pathname}: entry \`${entry.id}\` has no examples`)
  }
  return entries
}

/**
 * Where the build writes a shipped lexicon's compiled copy (`compileLexicon`): the package's `dist`
 * folder, beside the code that loads it.
 */
export function compiledLexiconUrl(url: URL): URL {
  return new URL('../dist/lexicon.compiled', url)
}

/**
 * A shipped lexicon as the CLI loads it. A header line of JSON (the size of the source, the entry
 * ids, the words of the patterns); then, as little-endian 32-bit integers, every form's pattern
 * split into tokens and numbered, as the phrase matcher takes them, and where each entry's line
 * starts; then one line of ASCII JSON per entry, without its examples (only tests and tables read
 * them, from the source). Loading it makes no entry: an entry is parsed from its line when a form
 * of it matches or its fields are read, so starting the CLI costs the numbers, not 40,000 forms.
 */
export function compileLexicon(url: URL): Buffer {
  const source = readFileSync(url, 'utf8')
  const {entries} = JSON.parse(source) as {entries: LexiconEntry[]}
  const runtime = entries.map(({examples: _examples, ...entry}) => entry)
  // The forms' patterns numbered as the matcher takes them, form after form across the entries.
  const {words, parts, firstPart} = phraseBlock(runtime.flatMap((entry) => entry.forms.map((form) => ({phrase: form.match, data: undefined}))))
  const firstForm: number[] = []
  const lines: string[] = []
  const lineStart: number[] = []
  let forms = 0
  let offset = 0
  for (const entry of runtime) {
    firstForm.push(forms)
    forms += entry.forms.length
    const line = asciiJson(entry)
    lineStart.push(offset)
    offset += line.length + 1
    lines.push(line)
  }
  firstForm.push(forms)
  lineStart.push(offset)
  const lists = [[...parts], [...firstPart], firstForm, lineStart]
  const header: CompiledHeader = {
    format: compiledFormat,
    sourceSize: Buffer.byteLength(source),
    ids: entries.map((entry) => entry.id).join(' '),
    // Tokens hold no spaces (phraseTokens splits on them).
    words: words.join(' '),
    lengths: lists.map((list) => list.length)
  }
  const numbers = Int32Array.from(lists.flat())
  if (endianness() !== 'LE') for (let index = 0; index < numbers.length; index++) numbers[index] = swap32(numbers[index]!)
  return Buffer.concat([Buffer.from(`${asciiJson(header)}\n`, 'latin1'), Buffer.from(numbers.buffer), Buffer.from(lines.join('\n') + '\n', 'latin1')])
}

/** JSON in ASCII, every other character escaped: one byte per character, so offsets in the text hold in the file. */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** A 32-bit integer with its bytes the other way round. */
function swap32(value: number): number {
  return ((value & 0xff) << 24) | ((value & 0xff00) << 8) | ((value >>> 8) & 0xff00) | (value >>> 24)
}

const compiledFormat = 2

/** The first line of a compiled lexicon. */
interface CompiledHeader {
  format: number
  sourceSize: number
  /** The entry ids, separated by spaces. */
  ids: string
  /** The words of the form patterns, separated by spaces; the parts number them from 0. */
  words: string
  /** How many integers each list after the header holds: the parts, each form's first part, each entry's first form, each entry line's start. */
  lengths: number[]
}

/** A compiled lexicon once loaded: the numbers, and the entries' lines, parsed when first needed. */
class CompiledLexicon {
  readonly entries: CompiledEntry[]
  readonly words: string[]
  /** Every form's parts, form after form: a word's number, or `blockWildcard` for `*`. */
  readonly parts: Int32Array
  /** Where each form's parts begin in `parts`, and where the last form's end. */
  readonly firstPart: Int32Array
  /** Each entry's first form, and the number of forms. */
  readonly firstForm: Int32Array
  /** Where each entry's line begins in `body`, and where the last one ends. */
  private readonly lineStart: Int32Array
  private readonly parsed: Array<LexiconEntry | undefined> = []
  private examples: Map<string, Examples> | undefined

  constructor(
    header: CompiledHeader,
    numbers: Int32Array,
    private readonly body: Buffer,
    private readonly url: URL
  ) {
    const [parts, firstPart, firstForm] = header.lengths as [number, number, number, number]
    this.words = header.words.split(' ')
    this.parts = numbers.subarray(0, parts)
    this.firstPart = numbers.subarray(parts, parts + firstPart)
    this.firstForm = numbers.subarray(parts + firstPart, parts + firstPart + firstForm)
    this.lineStart = numbers.subarray(parts + firstPart + firstForm)
    this.entries = header.ids.split(' ').map((id, index) => new CompiledEntry(id, this, index))
  }

  /** Entry `index` as its line has it (without examples). */
  entry(index: number): LexiconEntry {
    let entry = this.parsed[index]
    if (entry === undefined) {
      entry = JSON.parse(this.body.toString('latin1', this.lineStart[index], this.lineStart[index + 1]! - 1)) as LexiconEntry
      this.parsed[index] = entry
    }
    return entry
  }

  examplesOf(id: string): Examples {
    this.examples ??= new Map((JSON.parse(readFileSync(this.url, 'utf8')) as {entries: LexiconEntry[]}).entries.map((entry) => [entry.id, entry.examples]))
    return this.examples.get(id) ?? {}
  }

  /** The entry of form `form` (the forms are numbered across the entries, in order). */
  entryOfForm(form: number): number {
    let low = 0
    let high = this.entries.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.firstForm[middle]! <= form) low = middle
      else high = middle - 1
    }
    return low
  }
}

/**
 * An entry of a compiled lexicon: its id at once, the rest read from its line on first use. It
 * is a `LexiconEntry` like any other; spreading it or `Object.keys` see only `id` until then.
 */
class CompiledEntry implements LexiconEntry {
  readonly #lexicon: CompiledLexicon
  readonly #index: number

  constructor(
    readonly id: string,
    lexicon: CompiledLexicon,
    index: number
  ) {
    this.#lexicon = lexicon
    this.#index = index
  }

  get lexicon(): CompiledLexicon {
    return this.#lexicon
  }

  get index(): number {
    return this.#index
  }

  get category(): Category {
    return this.#lexicon.entry(this.#index).category
  }

  get pivots(): Pivot[] {
    return this.#lexicon.entry(this.#index).pivots
  }

  get forms(): Array<{match: string; replace: string[]}> {
    return this.#lexicon.entry(this.#index).forms
  }

  get case(): 'match' | 'exact' | undefined {
    return this.#lexicon.entry(this.#index).case
  }

  get when(): LexiconConditions | undefined {
    return this.#lexicon.entry(this.#index).when
  }

  get confidence(): number {
    return this.#lexicon.entry(this.#index).confidence
  }

  get note(): string {
    return this.#lexicon.entry(this.#index).note
  }

  get examples(): Examples {
    return this.#lexicon.examplesOf(this.id)
  }

  toJSON(): LexiconEntry {
    return {...this.#lexicon.entry(this.#index), examples: this.examples}
  }
}

/** The compiled copy, when it was written after the source was last changed, from a source of its size, in this format. */
export function loadCompiledLexicon(url: URL): LexiconEntry[] | undefined {
  const compiledUrl = compiledLexiconUrl(url)
  const compiledStat = statSync(compiledUrl, {throwIfNoEntry: false})
  const sourceStat = statSync(url, {throwIfNoEntry: false})
  if (!compiledStat || !sourceStat || compiledStat.mtimeMs < sourceStat.mtimeMs) return undefined
  const bytes = readFileSync(compiledUrl)
  const headerEnd = bytes.indexOf(10)
  let header: CompiledHeader
  try {
    header = JSON.parse(bytes.toString('latin1', 0, headerEnd)) as CompiledHeader
  } catch {
    return undefined
  }
  if (header.format !== compiledFormat || header.sourceSize !== sourceStat.size) return undefined
  const numbersEnd = headerEnd + 1 + 4 * header.lengths.reduce((sum, length) => sum + length, 0)
  // A copy: the file's bytes may sit at an offset a 32-bit view cannot start at.
  const numbers = new Int32Array(bytes.buffer.slice(bytes.byteOffset + headerEnd + 1, bytes.byteOffset + numbersEnd))
  if (endianness() !== 'LE') for (let index = 0; index < numbers.length; index++) numbers[index] = swap32(numbers[index]!)
  return new CompiledLexicon(header, numbers, bytes.subarray(numbersEnd), url).entries
}

export interface LexiconPluginOptions {
  /** Entries to add (a user glossary in the same schema). */
  entries?: LexiconEntry[] | undefined
  /** Entry ids to leave out. */
  ignore?: string[] | undefined
}

interface Compiled {
  entry: LexiconEntry
  form: {match: string; replace: string[]}
  /** The form's pattern tokens, to find which matched words the `*`s took. */
  pattern: string[]
  /** Which lexicon plugin of the processor the form belongs to. */
  member: number
}

/**
 * The lexicon plugins of one processor share one phrase index: a sentence is scanned once for
 * all of them, and each plugin takes its own matches, in the order its own index would give.
 */
class SharedLexicons {
  private readonly members: Array<Array<PhraseBlock<Compiled>>> = []
  private matcher: PhraseMatcher<Compiled> | undefined
  // The matches of the sentences of one pass (one array of views), per sentence and member;
  // `null` for a sentence with none, the most common case.
  private scanned: {views: readonly SentenceView[]; found: Array<Array<Array<PhraseMatch<Compiled>>> | null | undefined>} | undefined

  get size(): number {
    return this.members.length
  }

  /** Add a plugin's forms; returns its member number. */
  join(forms: (member: number) => Array<PhraseBlock<Compiled>>): number {
    const member = this.members.length
    this.members.push(forms(member))
    this.matcher = undefined
    return member
  }

  /** A member's matches in sentence `index` of `views`, as a matcher of its forms alone would give them. */
  matches(views: readonly SentenceView[], index: number, member: number): Array<PhraseMatch<Compiled>> {
    if (this.scanned?.views !== views) this.scanned = {views, found: []}
    let found = this.scanned.found[index]
    if (found === undefined) {
      // Built on first use: by then every plugin of the processor has joined.
      this.matcher ??= createBlockMatcher(this.members.flat())
      const matches = this.matcher.matchView(views[index]!)
      found = null
      if (matches.length > 0) {
        found = this.members.map(() => [])
        for (const match of matches) found[match.entry.data.member]!.push(match)
      }
      this.scanned.found[index] = found
    }
    return found?.[member] ?? []
  }
}

// Per processor (plugins are attached with the processor as `this`); a plugin called on its own gets its own.
const sharedByProcessor = new WeakMap<object, SharedLexicons>()

/** How many lexicon plugins of a processor share its scan (for tests). */
export function sharedLexiconMembers(processor: object): number {
  return sharedByProcessor.get(processor)?.size ?? 0
}

/**
 * A plugin's entries as phrase blocks, in their order: a compiled lexicon's entries keep its
 * numbers (the forms of the entries left out are dropped from them), the others are tokenised.
 */
function formBlocks(entries: readonly LexiconEntry[], member: number): Array<PhraseBlock<Compiled>> {
  const blocks: Array<PhraseBlock<Compiled>> = []
  let plain: LexiconEntry[] = []
  let run: CompiledEntry[] = []
  const flushPlain = () => {
    if (plain.length === 0) return
    const forms = plain.flatMap((entry) =>
      entry.forms.map((form) => {
        const pattern = phraseTokens(form.match)
        return {phrase: form.match, tokens: pattern, data: {entry, form, pattern, member}}
      })
    )
    blocks.push(phraseBlock(forms))
    plain = []
  }
  const flushRun = () => {
    if (run.length > 0) blocks.push(compiledBlock(run, member))
    run = []
  }
  for (const entry of entries) {
    if (entry instanceof CompiledEntry) {
      flushPlain()
      if (run.length > 0 && run[0]!.lexicon !== entry.lexicon) flushRun()
      run.push(entry)
    } else {
      flushRun()
      plain.push(entry)
    }
  }
  flushPlain()
  flushRun()
  return blocks
}

/** The forms of some entries of one compiled lexicon, as a block that reads an entry only when a form of it matches. */
function compiledBlock(run: readonly CompiledEntry[], member: number): PhraseBlock<Compiled> {
  const {lexicon} = run[0]!
  // All the lexicon's entries in order (the usual case): its numbers as they are.
  const whole = run.length === lexicon.entries.length && run.every((entry, index) => entry.index === index)
  let {parts, firstPart} = lexicon
  // Which form of the lexicon each form of the block is.
  let formNumbers: Int32Array | undefined
  if (!whole) {
    const kept: number[] = []
    for (const entry of run) for (let form = lexicon.firstForm[entry.index]!; form < lexicon.firstForm[entry.index + 1]!; form++) kept.push(form)
    formNumbers = Int32Array.from(kept)
    const partList: number[] = []
    firstPart = new Int32Array(kept.length + 1)
    kept.forEach((form, index) => {
      firstPart[index] = partList.length
      for (let at = lexicon.firstPart[form]!; at < lexicon.firstPart[form + 1]!; at++) partList.push(lexicon.parts[at]!)
    })
    firstPart[kept.length] = partList.length
    parts = Int32Array.from(partList)
  }
  return {
    words: lexicon.words,
    parts,
    firstPart,
    entry(index) {
      const form = formNumbers ? formNumbers[index]! : index
      const entryIndex = lexicon.entryOfForm(form)
      const entry = lexicon.entries[entryIndex]!
      const formOfEntry = entry.forms[form - lexicon.firstForm[entryIndex]!]!
      const pattern: string[] = []
      for (let at = lexicon.firstPart[form]!; at < lexicon.firstPart[form + 1]!; at++) {
        const part = lexicon.parts[at]!
        pattern.push(part === blockWildcard ? '*' : lexicon.words[part]!)
      }
      return {phrase: formOfEntry.match, tokens: pattern, data: {entry, form: formOfEntry, pattern, member}}
    }
  }
}

/** Build a retext plugin from lexicon entries: every matched form that meets its conditions is reported. */
export function createLexiconPlugin(source: string, builtIn: LexiconEntry[], url: string) {
  return function lexiconPlugin(this: unknown, options: LexiconPluginOptions = {}) {
    const ignored = new Set(options.ignore ?? [])
    const entries = [...builtIn, ...(options.entries ?? [])].filter((entry) => !ignored.has(entry.id))
    // A unified processor is callable: `typeof` says 'function', not 'object'.
    const processor = (typeof this === 'object' || typeof this === 'function') && this !== null ? (this as object) : undefined
    const lexicons = (processor && sharedByProcessor.get(processor)) ?? new SharedLexicons()
    if (processor) sharedByProcessor.set(processor, lexicons)
    const member = lexicons.join((member) => formBlocks(entries, member))

    return function (tree: Root, file: VFile): undefined {
      const profile = documentProfile(tree, file)
      const text = String(file.value)
      const views = sentenceViews(tree, file)
      for (let index = 0; index < views.length; index++) {
        // Only this plugin reads its list: sorting it in place is safe (and sorting twice changes nothing).
        const found = lexicons.matches(views, index, member)
        if (found.length === 0) continue
        const {significant, keys} = views[index]!
        // Where two forms overlap, the longer (more specific) one speaks.
        found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)
        const taken: Array<[number, number]> = []
        for (const match of found) {
          if (taken.some(([start, end]) => match.start < end && start < match.end)) continue
          const {entry, form, pattern} = match.entry.data
          if (entry.when && !meets(entry.when, match, significant, keys, profile, text)) continue
          const actual = text.slice(match.start, match.end)
          const captures = match.tokens.filter((_, index) => pattern[index] === '*').map((token) => token.value)
          // A capital is carried over only where a sentence starts: mid-sentence capitals are themselves artifacts.
          const position = significant.findIndex((token) => token.start === match.start)
          // After a dateline's dash (“BRASÍLIA (Reuters) — The …”) or a colon, a capital opens the text too.
          // So does an opening quotation mark: a quote starts its own sentence (“Meloni: "The reform …"”).
          const before = significant[position - 1]
          const opensQuote = before !== undefined && before.end === match.start && (/^[“«„‘]$/.test(before.value) || (before.value === '"' && /^$|[\s:(—–]/u.test(text.charAt(before.start - 1))))
          // A hyphen with a space either side stands for the dash (“MADRID (Europa Press) - The …”).
          const spacedHyphen = before?.value === '-' && text.charAt(before.start - 1) === ' ' && text.charAt(before.end) === ' '
          const startsSentence = significant.slice(0, position).every((token) => token.kind === 'punctuation') || /^[—–:]$/.test(before?.value ?? '') || spacedHyphen || opensQuote
          const model = startsSentence || /^\p{Lu}{2}/u.test(actual) ? actual : actual.toLowerCase()
          // A replacement that asks for a form the word has not (`$g1` of a noun) does not apply.
          let unformed = false
          const expected = form.replace.map((replacement) => {
            // `$1` is the word the first `*` matched; `$l1` the same in lower case; `$g1` its
            // gerund (“without to brake” → “without braking”).
            // A capture after `a` may need `an`: “a strike of eight hours” → “an eight-hour strike”.
            const filled = replacement.includes('$')
              ? agreeArticles(
                  replacement.replace(/\$([lg]?)(\d)/g, (_, modifier: string, digit: string) => {
                    const capture = captures[Number(digit) - 1] ?? ''
                    if (modifier === 'g') {
                      const gerund = gerundOf(capture)
                      if (gerund === undefined) unformed = true
                      return gerund ?? capture
                    }
                    return modifier === 'l' ? capture.toLowerCase() : capture
                  })
                )
              : replacement
            // An exact replacement keeps its own capitals, and takes one where it opens a sentence.
            if (entry.case === 'exact') return startsSentence && /^\p{Lu}/u.test(actual) ? capitalize(filled) : filled
            return matchCase(filled, model)
          })
          // A form that does not apply leaves its stretch to the shorter forms (“excluded repeatedly to pact” to “pact with”).
          if (unformed) continue
          taken.push([match.start, match.end])
          // “have descended to 15%” → “have fallen to 15%”: after a perfect auxiliary the text
          // already has, a replacement that opens with an irregular simple past takes the participle.
          if (afterPerfectAuxiliary(significant, position)) {
            for (let index = 0; index < expected.length; index++) expected[index] = withParticiple(expected[index]!)
          }
          // Phrases match case-insensitively: text already written as a replacement is right.
          if (expected.includes(actual)) continue
          // “an investigation custody” → “a pre-trial detention”: the article before the match
          // must agree with the replacement, so the fix takes it in.
          const article = agreeingArticle(significant, position, match.start, text, expected)
          const start = article ? article.start : match.start
          const replacements = article ? article.expected : expected
          const written = text.slice(start, match.end)
          reportArtifact(file, {
            reason: `\`${written}\` is ${describe(entry.category)}; use \`${replacements[0]}\``,
            place: {start, end: match.end},
            ruleId: entry.id,
            source,
            category: entry.category,
            confidence: entry.confidence,
            expected: replacements,
            note: entry.note,
            url: `${url}#${entry.id}`
          })
        }
      }
    }
  }
}

// Words that may stand between an auxiliary and its participle (“has already fallen”).
const perfectAdverbs = new Set(['already', 'also', 'just', 'not', 'never', 'recently', 'now', 'finally', 'again', 'even', 'still', 'meanwhile', 'ever', 'only', 'since'])

/** Whether the words before `position` are a perfect auxiliary (“has”, “hadn’t”, “they’ve”), perhaps with an adverb or two. */
function afterPerfectAuxiliary(significant: readonly Token[], position: number): boolean {
  for (let at = position - 1; at >= 0 && at >= position - 3; at--) {
    const token = significant[at]!
    if (token.kind !== 'word') return false
    const word = token.value.toLowerCase().replace(/n['’]t$/, '')
    if (word === 'has' || word === 'have' || word === 'had' || word === 'having' || /['’]ve$/.test(word)) return true
    if (!perfectAdverbs.has(word)) return false
  }
  return false
}

let participles: Map<string, string> | undefined

/** The replacement with its opening simple past as the participle (“fell to 15%” → “fallen to 15%”); else unchanged. */
function withParticiple(replacement: string): string {
  participles ??= new Map(loadData<{participles: Array<[string, string]>}>(new URL('../data/participles.json', import.meta.url), participlesSchema, {shipped: true}).participles)
  return replacement.replace(/^\p{L}+/u, (word) => {
    const participle = participles!.get(word.toLowerCase())
    return participle ? matchCase(participle, word) : word
  })
}

const participlesSchema: Schema = {
  type: 'object',
  // Each a pair: the simple past, then the participle.
  properties: {participles: {type: 'array', items: {type: 'array', items: {type: 'string', pattern: /^[a-z]+$/}, minItems: 2}}},
  required: ['participles']
}

/**
 * Where `before` is an indefinite article right before a match (one space between) and the
 * replacements need the other one, the widened place and replacements; else `undefined`.
 */
function agreeingArticle(significant: readonly Token[], position: number, matchStart: number, text: string, expected: readonly string[]): {start: number; expected: string[]} | undefined {
  let before = significant[position - 1]
  let between = ' '
  // “a "budget of austerity"”: an opening quotation mark may stand between the article and the match.
  if (before !== undefined && before.kind !== 'word' && /^["“«]$/.test(before.value) && before.end === matchStart) {
    between = ` ${before.value}`
    before = significant[position - 2]
  }
  if (!before || before.kind !== 'word' || text.slice(before.end, matchStart) !== between) return undefined
  const written = before.value.toLowerCase()
  if (written !== 'a' && written !== 'an') return undefined
  const needed = expected.map((replacement) => indefiniteArticle(replacement.split(' ')[0] ?? ''))
  if (!needed.some((article) => article !== undefined && article !== written)) return undefined
  const article = before.value
  return {start: before.start, expected: expected.map((replacement, index) => `${matchCase(needed[index] ?? written, article)}${between}${replacement}`)}
}

/**
 * The -ing form of a verb, as the dictionary spells it (“brake” → “braking”, “admit” →
 * “admitting”, “lie” → “lying”); `undefined` when the word has none, so not a verb
 * (“risks to health”).
 */
export function gerundOf(verb: string): string | undefined {
  const word = verb.toLowerCase()
  if (!/^[a-z]+$/.test(word)) return undefined
  if (word === 'be') return 'being'
  // Small words are no verbs, though “the” + “-ing” spells one (“thing”).
  if (notVerbs.has(word)) return undefined
  const candidates: string[] = []
  if (word.endsWith('ie')) candidates.push(`${word.slice(0, -2)}ying`)
  // A silent e drops (“name” → “naming”); “see”, “dye”, “toe” keep theirs.
  if (/[^eyo]e$/.test(word)) candidates.push(`${word.slice(0, -1)}ing`)
  // A final consonant after one short vowel doubles where the dictionary says so (“stop”, “admit”, not “open”).
  if (/(?:^|[^aeiou])[aeiou][bdgklmnprt]$/.test(word)) candidates.push(`${word}${word.charAt(word.length - 1)}ing`)
  candidates.push(`${word}ing`)
  const lexicon = englishLexicon()
  return candidates.find((candidate) => lexicon.isEntry(candidate))
}

/** The base form of a present-tense verb (“negotiates” → “negotiate”, “negotiate” itself), if it has verb forms. */
export function presentTenseBase(word: string): string | undefined {
  const lexicon = englishLexicon()
  // A verb has a past or an -ing form in the dictionary: “needed”, “negotiating”.
  const isVerb = (base: string) => base.length > 1 && lexicon.isEntry(base) && (lexicon.isEntry(`${base}ed`) || lexicon.isEntry(`${base}d`) || lexicon.isEntry(`${base}ing`) || lexicon.isEntry(`${base.replace(/e$/, '')}ing`))
  if (!/s$/.test(word)) return isVerb(word) ? word : undefined
  if (/ies$/.test(word) && isVerb(`${word.slice(0, -3)}y`)) return `${word.slice(0, -3)}y`
  if (/(?:sh|ch|x|ss|z|o)es$/.test(word) && isVerb(word.slice(0, -2))) return word.slice(0, -2)
  return isVerb(word.slice(0, -1)) ? word.slice(0, -1) : undefined
}

const notVerbs = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your', 'some', 'any', 'no', 'each', 'every', 'all', 'both', 'it', 'them', 'him', 'us', 'me'])

/** Each `a`/`an` of a filled-in replacement agrees with the word after it. */
function agreeArticles(text: string): string {
  return text.replace(/\b([Aa]n?) (?=(\S+))/g, (found: string, article: string, word: string) => {
    const needed = indefiniteArticle(word)
    return needed && needed !== article.toLowerCase() ? `${matchCase(needed, article)} ` : found
  })
}

function describe(category: Category): string {
  switch (category) {
    case 'false-friend':
      return 'a false friend here'
    case 'calque':
      return 'a word-for-word translation'
    case 'entity':
      return 'a mistranslated name'
    case 'untranslated':
      return 'left untranslated'
    case 'function-word':
      return 'a small word carried over from the source language'
    default:
      return `a ${category} artifact`
  }
}

function wordMatches(pattern: string, value: string): boolean {
  if (pattern === '*') return /^[\p{L}\p{N}]/u.test(value)
  if (pattern.length > 1 && pattern.endsWith('*')) return value.startsWith(pattern.slice(0, -1))
  if (pattern.length > 1 && pattern.startsWith('*')) return value.endsWith(pattern.slice(1))
  return pattern === value
}

// The words of a sentence as a set, and the topics of a profile, built once and shared by every match.
const keySets = new WeakMap<string[], Set<string>>()
function keySet(keys: string[]): Set<string> {
  let found = keySets.get(keys)
  if (!found) {
    found = new Set(keys)
    keySets.set(keys, found)
  }
  return found
}
const topicSets = new WeakMap<DocumentProfile, Set<string>>()
function topicSet(profile: DocumentProfile): Set<string> {
  let found = topicSets.get(profile)
  if (!found) {
    found = new Set(profile.topics.map((entry) => entry.topic))
    topicSets.set(profile, found)
  }
  return found
}

/** Whether `phrase` occurs in `keys` starting at `at`. */
function phraseAt(phrase: string[], keys: string[], at: number): boolean {
  if (at < 0 || at + phrase.length > keys.length) return false
  return phrase.every((word, offset) => wordMatches(word, keys[at + offset]!))
}

function meets(
  when: LexiconConditions,
  match: PhraseMatch<Compiled>,
  significant: Token[],
  keys: string[],
  profile: DocumentProfile,
  text: string
): boolean {
  const first = significant.findIndex((token) => token.start === match.start)
  const last = significant.findIndex((token) => token.end === match.end)
  const window = when.window ?? 4
  const split = compiledPhrases
  // Closing quotation marks right before the match do not count against the window: a reporting
  // verb after “…,” stands after the comma as much as one after a plain comma.
  let quoted = 0
  while (quoted < 2 && first - quoted > 0 && closingQuotes.has(keys[first - quoted - 1]!)) quoted++
  const endsBefore = (phrase: string[]) => {
    for (let end = first; end >= Math.max(0, first - quoted - window); end--) if (phraseAt(phrase, keys, end - phrase.length)) return true
    return false
  }
  const startsAfter = (phrase: string[]) => {
    for (let start = last + 1; start <= Math.min(keys.length, last + 1 + window); start++) if (phraseAt(phrase, keys, start)) return true
    return false
  }
  const inSentence = (phrase: string[]) => {
    // A plain word is looked up in the sentence's set of words; patterns are scanned.
    if (phrase.length === 1 && !phrase[0]!.includes('*')) return keySet(keys).has(phrase[0]!)
    return keys.some((_, at) => phraseAt(phrase, keys, at))
  }
  const topics = topicSet(profile)
  if (when.topics && !when.topics.some((topic) => topics.has(topic))) return false
  if (when.notTopics && when.notTopics.some((topic) => topics.has(topic))) return false

  if (when.capitalized !== undefined && /^\p{Lu}/u.test(text.charAt(match.start)) !== when.capitalized) return false
  // Every word a `*` matched must pass each capture condition the entry sets.
  const pattern = match.entry.data.pattern
  const capturesAll = (test: (value: string) => boolean) => match.tokens.every((token, index) => pattern[index] !== '*' || test(token.value))
  if (when.capturesCapitalized && !capturesAll((value) => /^\p{Lu}/u.test(value))) return false
  if (when.capturesNamed && !capturesAll((value) => (profile.names.get(value) ?? 0) >= 2 && !isCalendarWord(value))) return false
  if (when.capturesNumber && !capturesAll(isCardinal)) return false
  if (when.capturesYear && !capturesAll((value) => /^(?:1\d|20)\d\d$/.test(value))) return false
  if (when.capturesOrdinal && !capturesAll((value) => /^\d{1,3}(?:st|nd|rd|th)$/.test(value))) return false
  if (when.nameEnds) {
    const name = (token: Token | undefined) => token?.kind === 'word' && /^\p{Lu}/u.test(token.value) && !isCalendarWord(token.value)
    const next = significant[last + 1]
    // A short lower-case word may join a name (“Rio de Janeiro”, “Mato Grosso do Sul”); an English
    // preposition starts what follows it (“the summit of Thursday in Brussels”).
    const joins = next?.kind === 'word' && next.value.length <= 3 && startsLowerCase(next.value) && !nameBreakers.has(next.value)
    if (name(next) || (joins && name(significant[last + 2]))) return false
    // A possessive goes on to what the name owns (“the cartel of Sinaloa’s rivals”).
    if (/['’]s$/.test(significant[last]?.value ?? '') || /^['’]s?$/.test(next?.value ?? '')) return false
  }
  if (when.lowercaseWords) {
    // The last of them in lower case: “the president Lula” and the mixed “the Prime minister Borne” are
    // the pivot's; “the Governor General”, “a partner of Coalition Capital” are English.
    const own = match.tokens.filter((token, index) => index > 0 && pattern[index] !== '*' && token.kind === 'word')
    if (own.length > 0 && !startsLowerCase(own[own.length - 1]!.value)) return false
  }
  if (when.before && !split(when.before).some(endsBefore)) return false
  if (when.after && !split(when.after).some(startsAfter)) return false
  if (when.notBefore && split(when.notBefore).some(endsBefore)) return false
  if (when.notAfter && split(when.notAfter).some(startsAfter)) return false
  if (when.notBeforeClause) {
    for (let at = last + 1; at <= Math.min(keys.length - 1, last + 1 + window); at++) if (clauseVerbs.has(keys[at]!)) return false
  }
  if (when.sentenceHas && !split(when.sentenceHas).some(inSentence)) return false
  if (when.sentenceLacks && split(when.sentenceLacks).some(inSentence)) return false
  if (when.firstMention) {
    const lastWord = match.tokens[match.tokens.length - 1]!.value.toLowerCase()
    if (containsWords(text.slice(0, match.start).toLowerCase(), lastWord)) return false
  }
  if (when.documentHas && !when.documentHas.some((phrase) => containsWords(profile.lowerText, phrase.toLowerCase()))) return false
  if (when.documentAbout && !isAbout(profile, when.documentAbout)) return false
  if (when.documentNames && !when.documentNames.some((name) => countWords(profile.text, name) >= 2)) return false
  return true
}

// Verbs that make the match the subject of a clause (`notBeforeClause`).
const clauseVerbs = new Set('was is were are would will had has could can might may must should did does do needed existed ended'.split(' '))

const numberWords = new Set(
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred'.split(' ')
)

/** A cardinal number in digits ("3", "1,500", "2.5") or words ("three", "twenty-five"). */
export function isCardinal(value: string): boolean {
  // A number that ends a sentence keeps its full stop in retext-english (“against 199.”).
  if (/^\d+(?:[.,]\d+)*\.?$/.test(value)) return true
  return value.toLowerCase().split('-').every((part) => numberWords.has(part))
}

// Condition phrases are split into tokens once per list, not once per match.
const compiledLists = new WeakMap<string[], string[][]>()

function compiledPhrases(phrases: string[] | undefined): string[][] {
  if (!phrases) return []
  let compiled = compiledLists.get(phrases)
  if (!compiled) {
    compiled = phrases.map((phrase) =>
      phrase.split(/\s+/).flatMap((part) => (part.length > 1 && (part.endsWith('*') || part.startsWith('*')) ? [normalizeWord(part)] : phraseTokens(part)))
    )
    compiledLists.set(phrases, compiled)
  }
  return compiled
}

function countWords(text: string, phrase: string): number {
  let count = 0
  let from = 0
  for (;;) {
    const at = text.indexOf(phrase, from)
    if (at === -1) return count
    if (!/[\p{L}\p{N}]/u.test(text.charAt(at - 1)) && !/[\p{L}\p{N}]/u.test(text.charAt(at + phrase.length))) count++
    from = at + 1
  }
}

// Fewest mentions, in all and per 1,000 words, for a document to be about something (`documentAbout`).
const aboutMentions = 2
const aboutDensity = 3

/** Whether the phrases together are mentioned often enough for the document to be about them. */
function isAbout(profile: DocumentProfile, phrases: string[]): boolean {
  let mentions = 0
  for (const phrase of phrases) mentions += countWords(profile.lowerText, phrase.toLowerCase())
  if (mentions < aboutMentions) return false
  let words = 0
  for (const count of profile.words.values()) words += count
  return (mentions * 1000) / Math.max(words, 1) >= aboutDensity
}

function containsWords(text: string, phrase: string): boolean {
  return countWords(text, phrase) > 0
}

/** A Markdown table of the entries, for a package readme. */
export function lexiconTable(entries: LexiconEntry[]): string {
  const cell = (value: string) => value.replace(/\|/g, '\\|').replace(/\n/g, ' ')
  const conditions = (when: LexiconConditions | undefined) => {
    if (!when) return 'always'
    const parts: string[] = []
    if (when.topics) parts.push(`topic: ${when.topics.join(', ')}`)
    if (when.notTopics) parts.push(`not topic: ${when.notTopics.join(', ')}`)
    if (when.before) parts.push(`after “${when.before.join('”, “')}”`)
    if (when.after) parts.push(`before “${when.after.join('”, “')}”`)
    if (when.notBefore) parts.push(`not after “${when.notBefore.join('”, “')}”`)
    if (when.notAfter) parts.push(`not before “${when.notAfter.join('”, “')}”`)
    if (when.notBeforeClause) parts.push('not before a verb (a clause)')
    if (when.sentenceHas) parts.push(`sentence has “${when.sentenceHas.join('”, “')}”`)
    if (when.sentenceLacks) parts.push(`sentence lacks “${when.sentenceLacks.join('”, “')}”`)
    if (when.documentHas) parts.push(`document has “${when.documentHas.join('”, “')}”`)
    if (when.documentAbout) parts.push(`document is about “${when.documentAbout.join('”, “')}”`)
    if (when.documentNames) parts.push(`document names ${when.documentNames.join(', ')}`)
    if (when.capitalized !== undefined) parts.push(when.capitalized ? 'capitalised' : 'lower case')
    if (when.capturesCapitalized) parts.push('`*` is a name')
    if (when.capturesNamed) parts.push('`*` is a name the article uses again')
    if (when.capturesNumber) parts.push('`*` is a number')
    if (when.capturesYear) parts.push('`*` is a year')
    if (when.capturesOrdinal) parts.push('`*` is an ordinal')
    if (when.nameEnds) parts.push('no name goes on after it')
    if (when.lowercaseWords) parts.push('its last word in lower case')
    if (when.firstMention) parts.push('first mention in the article')
    return parts.join('; ') || 'always'
  }
  const rows = entries.map(
    (entry) =>
      `| <a id="${entry.id}"></a>\`${entry.id}\` | ${entry.pivots.join(', ')} | ${cell(entry.forms.map((form) => `${form.match} → ${form.replace.join(' / ')}`).join('; '))} | ${cell(conditions(entry.when))} | ${entry.confidence} | ${cell(entry.note)} |`
  )
  return ['| id | pivots | forms | when | confidence | note |', '| - | - | - | - | - | - |', ...rows].join('\n')
}

/** Prepositions that end a name before another capitalised word (see `nameEnds`). */
const nameBreakers: ReadonlySet<string> = new Set(['in', 'at', 'on', 'by', 'for', 'to', 'as', 'via', 'off'])
