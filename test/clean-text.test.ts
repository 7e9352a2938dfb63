import {readFileSync, readdirSync} from 'node:fs'
import {createMtCleaner} from 'mt-cleanup'
import {describe, expect, it} from 'vitest'

// Clean English news with the look-alikes every rule must leave alone: consumer prices,
// “actually” as an intensifier, Louis XI, the Senate, a commercial deal between companies.
const folder = new URL('../fixtures/clean/', import.meta.url)
const texts = readdirSync(folder)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => ({name, text: readFileSync(new URL(name, folder), 'utf8')}))

describe('clean English stays clean', () => {
  const cleaner = createMtCleaner()
  for (const {name, text} of texts) {
    it(`${name}: no change and no message`, () => {
      const result = cleaner.clean(text)
      expect(result.changes.map((change) => `${change.rule}: ${change.before} → ${change.after}`)).toEqual([])
      expect(result.output).toBe(text)
      expect(cleaner.lint(text).messages.map((message) => `${message.source}:${message.ruleId} ${message.reason}`)).toEqual([])
    })
  }
})
