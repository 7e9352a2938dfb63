import {cleanWith, exampleCases, messagesOf} from '@mt-cleanup/core'
import retextRepetition, {allowedDoubles, echoedModifiers} from '@mt-cleanup/retext-repetition'
import {describe, expect, it} from 'vitest'
import {testFixtures} from '../../../test/plugin-tests.js'

testFixtures('retext-repetition', retextRepetition, new URL('fixtures.json', import.meta.url), 0)

describe('retext-repetition', () => {
  describe('allowed doubles (data examples)', () => {
    for (const entry of allowedDoubles) {
      for (const example of exampleCases(entry.examples)) {
        it(`${entry.word}: ${example.kind} ${JSON.stringify(example.input)}`, () => {
          expect(cleanWith(retextRepetition, example.input, 0).output).toBe(example.output)
        })
      }
    }
  })

  describe('echoed modifiers (data examples)', () => {
    for (const entry of echoedModifiers) {
      for (const example of exampleCases(entry.examples)) {
        it(`${entry.word}: ${example.kind} ${JSON.stringify(example.input)}`, () => {
          expect(cleanWith(retextRepetition, example.input).output).toBe(example.output)
        })
      }
    }
  })

  it('reports a deletion with the contract fields', () => {
    const [message] = messagesOf(retextRepetition, 'met with With Xi')
    expect(message).toMatchObject({
      ruleId: 'doubled-word',
      source: 'retext-repetition',
      category: 'repetition',
      actual: ' With',
      expected: ['']
    })
    expect(message?.confidence).toBeGreaterThan(0.8)
  })

  it('accepts more allowed words', () => {
    expect(cleanWith([retextRepetition, {allow: ['blah']}], 'It was blah blah, he said.').output).toBe('It was blah blah, he said.')
  })
})
