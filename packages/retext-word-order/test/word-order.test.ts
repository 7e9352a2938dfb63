import {cleanWith, messagesOf} from '@mt-cleanup/core'
import retextWordOrder from '@mt-cleanup/retext-word-order'
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'

type Fixtures = Record<string, {fire: Array<{input: string; output: string}>; keep: string[]}>
const fixtures = JSON.parse(readFileSync(new URL('fixtures.json', import.meta.url), 'utf8')) as Fixtures

describe('retext-word-order', () => {
  for (const [rule, cases] of Object.entries(fixtures)) {
    describe(rule, () => {
      for (const {input, output} of cases.fire) {
        it(`fixes ${JSON.stringify(input)}`, () => {
          expect(cleanWith(retextWordOrder, input).output).toBe(output)
          expect(messagesOf(retextWordOrder, input).some((message) => message.ruleId === rule)).toBe(true)
        })
      }
      for (const input of cases.keep) {
        it(`keeps ${JSON.stringify(input)}`, () => {
          expect(cleanWith(retextWordOrder, input).output).toBe(input)
        })
      }
    })
  }
})
