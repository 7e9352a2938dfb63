/**
 * retext plugin that profiles a document once, before the other mt-cleanup plugins:
 * the names it uses and how often, and the topics its vocabulary signals. The profile
 * is stored on `file.data.mtCleanupProfile`; plugins that need it read it from there
 * (and compute it themselves when this plugin is not used).
 */
import {documentProfile} from '@mt-cleanup/core'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'

/** The profile takes no options. */
export type Options = Record<string, never>

export default function retextProfile(_options?: Options) {
  return function (tree: Root, file: VFile): undefined {
    documentProfile(tree, file)
  }
}
