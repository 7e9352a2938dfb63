/**
 * The recommended set of mt-cleanup plugins, in order, for `unified().use(retextEnglish).use(preset)`
 * or for the mt-cleanup fixer.
 */
import retextCasing, {type Options as CasingOptions} from '@mt-cleanup/retext-casing'
import retextRepetition, {type Options as RepetitionOptions} from '@mt-cleanup/retext-repetition'
import retextTypography, {type Options as TypographyOptions} from '@mt-cleanup/retext-typography'
import type {PluggableList, Preset} from 'unified'

export interface Options {
  /** Options for `@mt-cleanup/retext-repetition`, or `false` to leave it out. */
  repetition?: RepetitionOptions | false | undefined
  /** Options for `@mt-cleanup/retext-casing`, or `false` to leave it out. */
  casing?: CasingOptions | false | undefined
  /** Options for `@mt-cleanup/retext-typography`, or `false` to leave it out. */
  typography?: TypographyOptions | false | undefined
}

/** The plugins of the preset with their settings, for use as a `PluggableList`. */
export function plugins(options: Options = {}): PluggableList {
  const list: PluggableList = []
  if (options.repetition !== false) list.push([retextRepetition, options.repetition ?? {}])
  if (options.casing !== false) list.push([retextCasing, options.casing ?? {}])
  if (options.typography !== false) list.push([retextTypography, options.typography ?? {}])
  return list
}

/** The preset with default settings. */
const preset: Preset = {plugins: plugins()}

export default preset
