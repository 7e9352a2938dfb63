/**
 * The closed set of artifact categories, as named in the project taxonomy
 * (`docs/artifacts.md`) and in the evaluation cases.
 */
export const categories = [
  'repetition',
  'casing',
  'entity',
  'false-friend',
  'calque',
  'function-word',
  'pronoun',
  'typography',
  'number-format',
  'untranslated',
  'word-order',
  'spelling',
  'semantic'
] as const

/** One artifact category. */
export type Category = (typeof categories)[number]

/** Whether `value` names a known category. */
export function isCategory(value: unknown): value is Category {
  return typeof value === 'string' && (categories as readonly string[]).includes(value)
}
