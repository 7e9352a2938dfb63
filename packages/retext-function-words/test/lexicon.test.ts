import {cleanWith, messagesOf} from '@mt-cleanup/core'
import plugin, {entries} from '@mt-cleanup/retext-function-words'
import {describe, expect, it} from 'vitest'

describe('retext-function-words lexicon', () => {
  for (const entry of entries) {
    describe(entry.id, () => {
      for (const {input, output} of entry.examples.fire ?? []) {
        it(`fixes ${JSON.stringify(input)}`, () => {
          expect(cleanWith(plugin, input).output).toBe(output)
          expect(messagesOf(plugin, input).some((message) => message.ruleId === entry.id)).toBe(true)
        })
      }
      for (const input of entry.examples.keep ?? []) {
        it(`keeps ${JSON.stringify(input)}`, () => {
          expect(cleanWith(plugin, input).output).toBe(input)
        })
      }
    })
  }
})
