import {cleanWith} from '@mt-cleanup/core'
import retextTypography from '@mt-cleanup/retext-typography'
import {describe, expect, it} from 'vitest'
import {testFixtures} from '../../../test/plugin-tests.js'

testFixtures('retext-typography', retextTypography, new URL('fixtures.json', import.meta.url))

describe('retext-typography', () => {
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
