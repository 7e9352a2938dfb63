// Shared by the packages' tests: a plugin's fixtures and a lexicon's examples, as vitest cases.
import {readFileSync} from 'node:fs'
import {cleanWith, defaultMinConfidence, messagesOf, type LexiconEntry} from '@mt-cleanup/core'
import type {Pluggable} from 'unified'
import {describe, expect, it} from 'vitest'

/** Rule id → sentences the rule must fix (with the output) and look-alikes it must leave. */
export type Fixtures = Record<string, {fire: Array<{input: string; output: string}>; keep: string[]}>

/** Test a plugin against a fixtures file: every `fire` is fixed by that rule, every `keep` stays. */
export function testFixtures(name: string, plugin: Pluggable, fixturesUrl: URL, minConfidenceForKeep?: number): void {
  const fixtures = JSON.parse(readFileSync(fixturesUrl, 'utf8')) as Fixtures
  describe(name, () => {
    for (const [rule, cases] of Object.entries(fixtures)) {
      describe(rule, () => {
        for (const {input, output} of cases.fire) {
          it(`fixes ${JSON.stringify(input)}`, () => {
            expect(cleanWith(plugin, input).output).toBe(output)
            expect(messagesOf(plugin, input).some((message) => message.ruleId === rule)).toBe(true)
          })
        }
        for (const input of cases.keep) {
          it(`keeps ${JSON.stringify(input)}`, () => {
            expect(cleanWith(plugin, input, minConfidenceForKeep).output).toBe(input)
          })
        }
      })
    }
  })
}

/** Test every entry of a lexicon by its own examples, with the plugin alone. */
export function testLexicon(name: string, plugin: Pluggable, entries: readonly LexiconEntry[]): void {
  describe(`${name} lexicon`, () => {
    for (const entry of entries) {
      describe(entry.id, () => {
        // An entry below the cleaner's threshold only flags for the reviewer: its examples run at its own confidence.
        const threshold = Math.min(entry.confidence, defaultMinConfidence)
        for (const {input, output} of entry.examples.fire ?? []) {
          it(`fixes ${JSON.stringify(input)}`, () => {
            expect(cleanWith(plugin, input, threshold).output).toBe(output)
            expect(messagesOf(plugin, input).some((message) => message.ruleId === entry.id)).toBe(true)
          })
        }
        for (const input of entry.examples.keep ?? []) {
          it(`keeps ${JSON.stringify(input)}`, () => {
            expect(cleanWith(plugin, input, threshold).output).toBe(input)
          })
        }
      })
    }
  })
}
