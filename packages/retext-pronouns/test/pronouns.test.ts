import {cleanWith, messagesOf} from '@mt-cleanup/core'
import retextPronouns from '@mt-cleanup/retext-pronouns'
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'

type Fixtures = Record<string, {fire: Array<{input: string; output: string}>; keep: string[]}>
const fixtures = JSON.parse(readFileSync(new URL('fixtures.json', import.meta.url), 'utf8')) as Fixtures

describe('retext-pronouns', () => {
  for (const [rule, cases] of Object.entries(fixtures)) {
    describe(rule, () => {
      for (const {input, output} of cases.fire) {
        it(`fixes ${JSON.stringify(input)}`, () => {
          expect(cleanWith(retextPronouns, input).output).toBe(output)
          expect(messagesOf(retextPronouns, input).some((message) => message.ruleId === rule)).toBe(true)
        })
      }
      for (const input of cases.keep) {
        it(`keeps ${JSON.stringify(input)}`, () => {
          expect(cleanWith(retextPronouns, input).output).toBe(input)
        })
      }
    })
  }

  it('accepts more names of women', () => {
    const input = 'The alliance chose Tineke, and the alliance Green Labour greeted her supporters.'
    expect(cleanWith([retextPronouns, {women: ['Tineke']}], input).output).toBe(input)
  })
})
