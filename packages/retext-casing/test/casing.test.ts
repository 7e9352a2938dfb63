import {cleanWith, exampleCases} from '@mt-cleanup/core'
import retextCasing, {acronyms, calendar, functionWords, keptCapitals, nationalities} from '@mt-cleanup/retext-casing'
import {describe, expect, it} from 'vitest'
import {testFixtures} from '../../../test/plugin-tests.js'

testFixtures('retext-casing', retextCasing, new URL('fixtures.json', import.meta.url))

describe('retext-casing', () => {
  describe('data examples', () => {
    for (const [name, data] of Object.entries({functionWords, acronyms, calendar, nationalities, keptCapitals})) {
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
