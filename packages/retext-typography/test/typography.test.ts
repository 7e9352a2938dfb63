import {cleanWith, messagesOf} from '@mt-cleanup/core'
import retextTypography from '@mt-cleanup/retext-typography'
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'

type Fixtures = Record<string, {fire: Array<{input: string; output: string}>; keep: string[]}>
const fixtures = JSON.parse(readFileSync(new URL('fixtures.json', import.meta.url), 'utf8')) as Fixtures

describe('retext-typography', () => {
  for (const [rule, cases] of Object.entries(fixtures)) {
    describe(rule, () => {
      for (const {input, output} of cases.fire) {
        it(`fixes ${JSON.stringify(input)}`, () => {
          expect(cleanWith(retextTypography, input).output).toBe(output)
          expect(messagesOf(retextTypography, input).some((message) => message.ruleId === rule)).toBe(true)
        })
      }
      for (const input of cases.keep) {
        it(`keeps ${JSON.stringify(input)}`, () => {
          expect(cleanWith(retextTypography, input).output).toBe(input)
        })
      }
    })
  }

  it('keeps CRLF line endings while fixing', () => {
    const input = 'First paragraph ends here.\r\n\r\nThe second paragraph of this article has no final period at all sadly\r\n\r\nThird one ends.'
    expect(cleanWith(retextTypography, input).output).toBe(
      'First paragraph ends here.\r\n\r\nThe second paragraph of this article has no final period at all sadly.\r\n\r\nThird one ends.'
    )
  })

  it('follows the quote style option', () => {
    const input = '“We remain open,” she said. It was “a setback”, they said.'
    expect(cleanWith([retextTypography, {quoteStyle: 'logical'}], input).output).toBe(input)
    expect(cleanWith([retextTypography, {quoteStyle: 'american'}], 'It was “a setback”, they said.').output).toBe('It was “a setback,” they said.')
  })
})
