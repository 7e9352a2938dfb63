import {cleanWith, exampleCases, messagesOf} from '@mt-cleanup/core'
import retextWordOrder, {wordLists} from '@mt-cleanup/retext-word-order'
import {describe, expect, it} from 'vitest'

describe('retext-word-order data examples', () => {
  for (const example of exampleCases(wordLists.examples)) {
    it(`${example.kind} ${JSON.stringify(example.input)}`, () => {
      expect(cleanWith(retextWordOrder, example.input).output).toBe(example.output)
    })
  }

  it('flags a lost possessive for the reviewer instead of guessing', () => {
    const messages = messagesOf(retextWordOrder, 'President Trump met Xi. President Trump called again. Trump Last known conversation with Xi was in January.')
    expect(messages).toMatchObject([{ruleId: 'lost-possessive', expected: undefined}])
    expect(messagesOf(retextWordOrder, 'President Trump met Xi. President Trump called. They met at Trump Tower in New York on Monday.')).toEqual([])
  })
})
