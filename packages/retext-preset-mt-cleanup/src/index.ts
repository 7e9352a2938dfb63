/**
 * The recommended set of mt-cleanup plugins, in order, for `unified().use(retextEnglish).use(preset)`
 * or for the mt-cleanup fixer.
 */
import retextCalques, {entries as calqueEntries} from '@mt-cleanup/retext-calques'
import retextCasing, {type Options as CasingOptions} from '@mt-cleanup/retext-casing'
import retextEntities, {entries as entityEntries} from '@mt-cleanup/retext-entities'
import retextFalseFriends, {entries as falseFriendEntries} from '@mt-cleanup/retext-false-friends'
import retextFunctionWords, {entries as functionWordEntries} from '@mt-cleanup/retext-function-words'
import retextNumberFormat, {type Options as NumberFormatOptions} from '@mt-cleanup/retext-number-format'
import retextProfile from '@mt-cleanup/retext-profile'
import retextPronouns, {type Options as PronounOptions} from '@mt-cleanup/retext-pronouns'
import retextRepetition, {type Options as RepetitionOptions} from '@mt-cleanup/retext-repetition'
import retextSpelling, {type Options as SpellingOptions} from '@mt-cleanup/retext-spelling'
import retextTypography, {type Options as TypographyOptions} from '@mt-cleanup/retext-typography'
import retextUntranslated, {entries as untranslatedEntries} from '@mt-cleanup/retext-untranslated'
import retextWordOrder from '@mt-cleanup/retext-word-order'
import type {LexiconEntry, LexiconPluginOptions, Pivot} from '@mt-cleanup/core'
import type {PluggableList, Preset} from 'unified'

export interface Options {
  /** Options for `@mt-cleanup/retext-repetition`, or `false` to leave it out. */
  repetition?: RepetitionOptions | false | undefined
  /** Options for `@mt-cleanup/retext-casing`, or `false` to leave it out. */
  casing?: CasingOptions | false | undefined
  /** Options for `@mt-cleanup/retext-typography`, or `false` to leave it out. */
  typography?: TypographyOptions | false | undefined
  /** Options for `@mt-cleanup/retext-false-friends`, or `false`. */
  falseFriends?: LexiconPluginOptions | false | undefined
  /** Options for `@mt-cleanup/retext-calques`, or `false`. */
  calques?: LexiconPluginOptions | false | undefined
  /** Options for `@mt-cleanup/retext-function-words`, or `false`. */
  functionWords?: LexiconPluginOptions | false | undefined
  /** Options for `@mt-cleanup/retext-entities`, or `false`. */
  entities?: LexiconPluginOptions | false | undefined
  /** Options for `@mt-cleanup/retext-untranslated`, or `false`. */
  untranslated?: LexiconPluginOptions | false | undefined
  /** Options for `@mt-cleanup/retext-number-format`, or `false`. */
  numberFormat?: NumberFormatOptions | false | undefined
  /** Options for `@mt-cleanup/retext-pronouns`, or `false`. */
  pronouns?: PronounOptions | false | undefined
  /** `false` to leave out `@mt-cleanup/retext-word-order`. */
  wordOrder?: false | undefined
  /** Options for `@mt-cleanup/retext-spelling`, or `false`. */
  spelling?: SpellingOptions | false | undefined
  /**
   * A user glossary: entries in the lexicon schema. Each goes to the plugin of its
   * category (false-friend, calque, function-word, entity, untranslated; others go with calques).
   */
  glossary?: LexiconEntry[] | undefined
}

/** The plugins of the preset with their settings, for use as a `PluggableList`. */
export function plugins(options: Options = {}): PluggableList {
  const glossary = options.glossary ?? []
  const lexicon = (settings: LexiconPluginOptions | undefined, keep: (entry: LexiconEntry) => boolean): LexiconPluginOptions => ({
    ...settings,
    entries: [...(settings?.entries ?? []), ...glossary.filter(keep)]
  })
  const own = new Set(['false-friend', 'function-word', 'entity', 'untranslated'])
  const list: PluggableList = [retextProfile]
  if (options.repetition !== false) list.push([retextRepetition, options.repetition ?? {}])
  if (options.casing !== false) list.push([retextCasing, options.casing ?? {}])
  if (options.typography !== false) list.push([retextTypography, options.typography ?? {}])
  if (options.falseFriends !== false) list.push([retextFalseFriends, lexicon(options.falseFriends || undefined, (entry) => entry.category === 'false-friend')])
  if (options.calques !== false) list.push([retextCalques, lexicon(options.calques || undefined, (entry) => !own.has(entry.category))])
  if (options.functionWords !== false) list.push([retextFunctionWords, lexicon(options.functionWords || undefined, (entry) => entry.category === 'function-word')])
  if (options.entities !== false) list.push([retextEntities, lexicon(options.entities || undefined, (entry) => entry.category === 'entity')])
  if (options.untranslated !== false) list.push([retextUntranslated, lexicon(options.untranslated || undefined, (entry) => entry.category === 'untranslated')])
  if (options.numberFormat !== false) list.push([retextNumberFormat, options.numberFormat ?? {}])
  if (options.pronouns !== false) list.push([retextPronouns, options.pronouns ?? {}])
  if (options.wordOrder !== false) list.push(retextWordOrder)
  if (options.spelling !== false) list.push([retextSpelling, options.spelling ?? {}])
  return list
}

/** The preset with default settings. */
const preset: Preset = {plugins: plugins()}

export default preset

const lexiconSources: Array<[string, readonly LexiconEntry[]]> = [
  ['retext-false-friends', falseFriendEntries],
  ['retext-calques', calqueEntries],
  ['retext-function-words', functionWordEntries],
  ['retext-entities', entityEntries],
  ['retext-untranslated', untranslatedEntries]
]

/** The likely pivot language of a document, with the evidence for it. */
export interface PivotGuess {
  /** The most likely pivot, when one clearly leads. */
  likely: Pivot | undefined
  /** Score per pivot: each artifact adds 1, shared between the pivots its entry names. */
  scores: Partial<Record<Pivot, number>>
  /** Per pivot, the artifacts typical of it (entries naming one or two pivots), e.g. `fr: samples, Asset`. */
  evidence: Partial<Record<Pivot, string[]>>
}

/**
 * Guess the pivot language from the lexicon artifacts found (`rule` is `source:ruleId`,
 * as in change reports); glossary entries count too when given.
 */
export function guessPivot(found: ReadonlyArray<{rule: string; text: string}>, glossary: readonly LexiconEntry[] = []): PivotGuess {
  // Only the entries found are read: a compiled lexicon parses an entry when its fields are first read.
  const rules = new Set(found.map(({rule}) => rule))
  const pivotsByRule = new Map<string, Pivot[]>()
  for (const [source, list] of lexiconSources) {
    for (const entry of list) if (rules.has(`${source}:${entry.id}`)) pivotsByRule.set(`${source}:${entry.id}`, entry.pivots)
  }
  for (const entry of glossary) for (const [source] of lexiconSources) pivotsByRule.set(`${source}:${entry.id}`, entry.pivots)
  const scores: Partial<Record<Pivot, number>> = {}
  const evidence: Partial<Record<Pivot, string[]>> = {}
  for (const {rule, text} of found) {
    const pivots = pivotsByRule.get(rule)
    if (!pivots || pivots.length === 0) continue
    for (const pivot of pivots) {
      scores[pivot] = (scores[pivot] ?? 0) + 1 / pivots.length
      // Only artifacts typical of one or two pivots explain the guess.
      if (pivots.length > 2) continue
      const list = (evidence[pivot] ??= [])
      if (!list.includes(text)) list.push(text)
    }
  }
  const ranked = (Object.entries(scores) as Array<[Pivot, number]>).sort((a, b) => b[1] - a[1])
  const [first, second] = ranked
  // A lead of a whole artifact over the runner-up, and at least two artifacts' worth of evidence.
  const likely = first && first[1] >= 1 && (!second || first[1] - second[1] >= 1) ? first[0] : undefined
  for (const key of Object.keys(scores) as Pivot[]) scores[key] = Number(scores[key]!.toFixed(2))
  return {likely, scores, evidence}
}
