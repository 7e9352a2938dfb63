import type {Category} from './categories.js'

// The two fields mt-cleanup adds to every message its plugins emit.
declare module 'vfile-message' {
  interface VFileMessage {
    /** Artifact family of the message (see `docs/artifacts.md`). */
    category?: Category | undefined
    /** How sure the plugin is that the first `expected` value is right, 0–1. */
    confidence?: number | undefined
  }
}

export {}
