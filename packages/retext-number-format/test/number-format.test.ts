import {cleanWith} from '@mt-cleanup/core'
import retextNumberFormat from '@mt-cleanup/retext-number-format'
import {describe, expect, it} from 'vitest'
import {testFixtures} from '../../../test/plugin-tests.js'

testFixtures('retext-number-format', retextNumberFormat, new URL('fixtures.json', import.meta.url))

describe('retext-number-format', () => {
  it('follows the date style option', () => {
    expect(cleanWith([retextNumberFormat, {dateStyle: 'american'}], 'It starts on 1 July.').output).toBe('It starts on July 1.')
    expect(cleanWith([retextNumberFormat, {dateStyle: 'british'}], 'BRUSSELS (AP) — It starts on 1 July.').output).toBe('BRUSSELS (AP) — It starts on 1 July.')
  })
})
