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

  it('converts a closing quote and moves the comma after it in one change, in American style', () => {
    const french = cleanWith(retextTypography, 'He would «respect the result», he said.')
    expect(french.output).toBe('He would “respect the result,” he said.')
    expect(french.changes.map((change) => [change.before, change.after])).toEqual([['«', '“'], ['»,', ',”']])
    expect(french.changes.every((change) => change.pass === 1)).toBe(true)
    const german = cleanWith(retextTypography, 'Sie sagte „nie wieder“, and left.')
    expect(german.output).toBe('Sie sagte “nie wieder,” and left.')
    expect(german.changes.every((change) => change.pass === 1)).toBe(true)
    // In logical style the comma stays outside.
    expect(cleanWith([retextTypography, {quoteStyle: 'logical'}], 'He would «respect the result», he said.').output).toBe('He would “respect the result”, he said.')
  })

  it('follows the quote style option', () => {
    const input = '“We remain open,” she said. It was “a setback”, they said.'
    expect(cleanWith([retextTypography, {quoteStyle: 'logical'}], input).output).toBe(input)
    expect(cleanWith([retextTypography, {quoteStyle: 'american'}], 'It was “a setback”, they said.').output).toBe('It was “a setback,” they said.')
  })
})
