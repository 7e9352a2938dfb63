import {cleanWith, exampleCases, messagesOf} from '@mt-cleanup/core'
import retextCasing, {acronyms, calendar, functionWords} from '@mt-cleanup/retext-casing'
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'

type Fixtures = Record<string, {fire: Array<{input: string; output: string}>; keep: string[]}>
const fixtures = JSON.parse(readFileSync(new URL('fixtures.json', import.meta.url), 'utf8')) as Fixtures

describe('retext-casing', () => {
  for (const [rule, cases] of Object.entries(fixtures)) {
    describe(rule, () => {
      for (const {input, output} of cases.fire) {
        it(`fixes ${JSON.stringify(input)}`, () => {
          expect(cleanWith(retextCasing, input).output).toBe(output)
          expect(messagesOf(retextCasing, input).some((message) => message.ruleId === rule)).toBe(true)
        })
      }
      for (const input of cases.keep) {
        it(`keeps ${JSON.stringify(input)}`, () => {
          expect(cleanWith(retextCasing, input).output).toBe(input)
        })
      }
    })
  }

  describe('data examples', () => {
    for (const [name, data] of Object.entries({functionWords, acronyms, calendar})) {
      for (const example of exampleCases(data.examples)) {
        it(`${name}: ${example.kind} ${JSON.stringify(example.input)}`, () => {
          expect(cleanWith(retextCasing, example.input).output).toBe(example.output)
        })
      }
    }
  })

  it('leaves headlines in title case alone', () => {
    const text = 'EU Strikes Back At American Duties With New Tariffs\n\nThe bloc said on Monday it would act.'
    expect(cleanWith(retextCasing, text).output).toBe(text)
  })

  it('keeps words the user names', () => {
    const text = 'The company uses the Export platform for its sales.'
    expect(cleanWith([retextCasing, {keep: ['export']}], text).output).toBe(text)
  })
})
