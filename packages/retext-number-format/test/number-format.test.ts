import {cleanWith, messagesOf} from '@mt-cleanup/core'
import retextNumberFormat from '@mt-cleanup/retext-number-format'
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'

type Fixtures = Record<string, {fire: Array<{input: string; output: string}>; keep: string[]}>
const fixtures = JSON.parse(readFileSync(new URL('fixtures.json', import.meta.url), 'utf8')) as Fixtures

describe('retext-number-format', () => {
  for (const [rule, cases] of Object.entries(fixtures)) {
    describe(rule, () => {
      for (const {input, output} of cases.fire) {
        it(`fixes ${JSON.stringify(input)}`, () => {
          expect(cleanWith(retextNumberFormat, input).output).toBe(output)
          expect(messagesOf(retextNumberFormat, input).some((message) => message.ruleId === rule)).toBe(true)
        })
      }
      for (const input of cases.keep) {
        it(`keeps ${JSON.stringify(input)}`, () => {
          expect(cleanWith(retextNumberFormat, input).output).toBe(input)
        })
      }
    })
  }

  it('follows the date style option', () => {
    expect(cleanWith([retextNumberFormat, {dateStyle: 'american'}], 'It starts on 1 July.').output).toBe('It starts on July 1.')
    expect(cleanWith([retextNumberFormat, {dateStyle: 'british'}], 'BRUSSELS (AP) — It starts on 1 July.').output).toBe('BRUSSELS (AP) — It starts on 1 July.')
  })
})
