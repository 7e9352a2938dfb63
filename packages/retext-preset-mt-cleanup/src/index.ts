/**
 * The recommended set of mt-cleanup plugins, in order, for `unified().use(retextEnglish).use(preset)`
 * or for the mt-cleanup fixer.
 */
import retextCalques from '@mt-cleanup/retext-calques'
import retextCasing, {type Options as CasingOptions} from '@mt-cleanup/retext-casing'
import retextEntities from '@mt-cleanup/retext-entities'
import retextFalseFriends from '@mt-cleanup/retext-false-friends'
import retextNumberFormat, {type Options as NumberFormatOptions} from '@mt-cleanup/retext-number-format'
import retextProfile from '@mt-cleanup/retext-profile'
import retextRepetition, {type Options as RepetitionOptions} from '@mt-cleanup/retext-repetition'
import retextSpelling, {type Options as SpellingOptions} from '@mt-cleanup/retext-spelling'
import retextTypography, {type Options as TypographyOptions} from '@mt-cleanup/retext-typography'
import retextUntranslated from '@mt-cleanup/retext-untranslated'
import type {LexiconEntry, LexiconPluginOptions} from '@mt-cleanup/core'
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
  /** Options for `@mt-cleanup/retext-entities`, or `false`. */
  entities?: LexiconPluginOptions | false | undefined
  /** Options for `@mt-cleanup/retext-untranslated`, or `false`. */
  untranslated?: LexiconPluginOptions | false | undefined
  /** Options for `@mt-cleanup/retext-number-format`, or `false`. */
  numberFormat?: NumberFormatOptions | false | undefined
  /** Options for `@mt-cleanup/retext-spelling`, or `false`. */
  spelling?: SpellingOptions | false | undefined
  /**
   * A user glossary: entries in the lexicon schema. Each goes to the plugin of its
   * category (false-friend, calque, entity, untranslated; others go with calques).
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
  const own = new Set(['false-friend', 'entity', 'untranslated'])
  const list: PluggableList = [retextProfile]
  if (options.repetition !== false) list.push([retextRepetition, options.repetition ?? {}])
  if (options.casing !== false) list.push([retextCasing, options.casing ?? {}])
  if (options.typography !== false) list.push([retextTypography, options.typography ?? {}])
  if (options.falseFriends !== false) list.push([retextFalseFriends, lexicon(options.falseFriends || undefined, (entry) => entry.category === 'false-friend')])
  if (options.calques !== false) list.push([retextCalques, lexicon(options.calques || undefined, (entry) => !own.has(entry.category))])
  if (options.entities !== false) list.push([retextEntities, lexicon(options.entities || undefined, (entry) => entry.category === 'entity')])
  if (options.untranslated !== false) list.push([retextUntranslated, lexicon(options.untranslated || undefined, (entry) => entry.category === 'untranslated')])
  if (options.numberFormat !== false) list.push([retextNumberFormat, options.numberFormat ?? {}])
  if (options.spelling !== false) list.push([retextSpelling, options.spelling ?? {}])
  return list
}

/** The preset with default settings. */
const preset: Preset = {plugins: plugins()}

export default preset
