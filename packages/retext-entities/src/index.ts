/**
 * retext plugin to find names translated or garbled by machine translation: a lexicon
 * (`data/lexicon.json`, validated when the module loads) of literal translations,
 * foreign acronyms and brand casings, plus surname particles translated as words,
 * judged from the article's own use of the name.
 */
import {createLexiconPlugin, loadLexicon, type LexiconEntry, type LexiconPluginOptions} from '@mt-cleanup/core'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'
import {nameParticles} from './particles.js'

/** `entries`: a user glossary in the lexicon schema, added to the built-in entries; `ignore`: entry ids (or `name-particle`) to leave out. */
export type Options = LexiconPluginOptions

/** The built-in entries. */
export const entries: readonly LexiconEntry[] = loadLexicon(new URL('../data/lexicon.json', import.meta.url), {shipped: true})

const source = 'retext-entities'
const url = 'https://github.com/mt-cleanup/mt-cleanup/tree/main/packages/retext-entities/readme.md'
const lexicon = createLexiconPlugin(source, [...entries], url)

export default function retextEntities(this: unknown, options: Options = {}) {
  // Attached with the processor, to share its scan with the other lexicon plugins.
  const fromLexicon = lexicon.call(this, options)
  const particles = !(options.ignore ?? []).includes('name-particle')
  return function (tree: Root, file: VFile): undefined {
    fromLexicon(tree, file)
    if (particles) nameParticles(tree, file, source, url)
  }
}
