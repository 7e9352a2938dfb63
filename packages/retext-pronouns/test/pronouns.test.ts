import {cleanWith} from '@mt-cleanup/core'
import retextPronouns from '@mt-cleanup/retext-pronouns'
import {describe, expect, it} from 'vitest'
import {testFixtures} from '../../../test/plugin-tests.js'

testFixtures('retext-pronouns', retextPronouns, new URL('fixtures.json', import.meta.url))

describe('retext-pronouns', () => {
  it('accepts more names of women', () => {
    const input = 'The alliance chose Tineke, and the alliance Green Labour greeted her supporters.'
    expect(cleanWith([retextPronouns, {women: ['Tineke']}], input).output).toBe(input)
  })
})
