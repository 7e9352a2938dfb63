import {cleanWith, exampleCases, messagesOf} from '@mt-cleanup/core'
import retextPronouns, {referents} from '@mt-cleanup/retext-pronouns'
import {describe, expect, it} from 'vitest'

describe('retext-pronouns data examples', () => {
  for (const example of exampleCases(referents.examples)) {
    it(`${example.kind} ${JSON.stringify(example.input)}`, () => {
      expect(cleanWith(retextPronouns, example.input).output).toBe(example.output)
    })
  }

  it('flags a sentence that lost its subject, without a fix', () => {
    const [message] = messagesOf(retextPronouns, '“It is as simple as that.” Added that the government will approve aid.')
    expect(message).toMatchObject({ruleId: 'missing-subject', expected: undefined})
    expect(messagesOf(retextPronouns, 'She added that the government will approve aid.')).toEqual([])
  })
})
