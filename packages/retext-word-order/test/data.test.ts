import {cleanWith, exampleCases, messagesOf} from '@mt-cleanup/core'
import retextWordOrder, {wordLists} from '@mt-cleanup/retext-word-order'
import {describe, expect, it} from 'vitest'

describe('retext-word-order data examples', () => {
  for (const example of exampleCases(wordLists.examples)) {
    it(`${example.kind} ${JSON.stringify(example.input)}`, () => {
      expect(cleanWith(retextWordOrder, example.input).output).toBe(example.output)
    })
  }

  it('restores a lost possessive before an ordinal, and flags the rest for the reviewer', () => {
    const intro = 'President Trump met Xi. President Trump called again. '
    expect(cleanWith(retextWordOrder, `${intro}Trump Last known conversation with Xi was in January.`).output).toBe(`${intro}Trump's last known conversation with Xi was in January.`)
    expect(cleanWith(retextWordOrder, `Mr. Kramer met Xi. Later Kramer spoke. Kramer Latest offer was rejected.`).output).toBe(`Mr. Kramer met Xi. Later Kramer spoke. Kramer's latest offer was rejected.`)
    // A time phrase that lost its lower case is no possession: flagged, not guessed.
    expect(messagesOf(retextWordOrder, `${intro}Trump Last year signed the law.`)).toMatchObject([{ruleId: 'lost-possessive', expected: undefined}])
    expect(messagesOf(retextWordOrder, `${intro}Trump Phone call with Xi went well.`)).toMatchObject([{ruleId: 'lost-possessive', expected: undefined}])
    // An adverb before a verb: “Trump First met Xi” is no possession.
    for (const text of [`${intro}Trump First met Xi in 2017.`, `${intro}Trump Last spoke to reporters in June.`]) {
      expect(cleanWith(retextWordOrder, text).output).toBe(text)
    }
    expect(messagesOf(retextWordOrder, 'President Trump met Xi. President Trump called. They met at Trump Tower in New York on Monday.')).toEqual([])
    expect(messagesOf(retextWordOrder, 'Xi Jinping met Trump. Xi Jinping Thought guides the party in all work.')).toEqual([])
  })
})
