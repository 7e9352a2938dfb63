/**
 * retext plugin to find false friends (“customs tax”, “commercial talks”, “press agency”). The entries are data
 * (`data/lexicon.json`), validated when the module loads; each names its pivot
 * languages, the contexts where it is wrong, and examples that run as tests.
 */
import {createLexiconPlugin, loadLexicon, type LexiconEntry, type LexiconPluginOptions} from '@mt-cleanup/core'

/** `entries`: a user glossary in the lexicon schema, added to the built-in entries; `ignore`: entry ids to leave out. */
export type Options = LexiconPluginOptions

/** The built-in entries. */
export const entries: readonly LexiconEntry[] = loadLexicon(new URL('../data/lexicon.json', import.meta.url), {shipped: true})

const retextFalseFriends = createLexiconPlugin(
  'retext-false-friends',
  [...entries],
  'https://github.com/mt-cleanup/mt-cleanup/tree/main/packages/retext-false-friends/readme.md'
)

export default retextFalseFriends
