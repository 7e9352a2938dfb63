import {readFileSync, readdirSync} from 'node:fs'
import fc from 'fast-check'
import type {Root} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {describe, expect, it} from 'vitest'
import retextEnglishFast, {FastParseEnglish} from '../src/parser.js'

const fixtures = new URL('../../../fixtures/', import.meta.url)
const articles = [
  ...readdirSync(fixtures).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(new URL(name, fixtures), 'utf8')),
  ...readdirSync(new URL('clean/', fixtures))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => readFileSync(new URL(`clean/${name}`, fixtures), 'utf8')),
  ...readdirSync(new URL('cases/', fixtures))
    .filter((name) => name.endsWith('.json'))
    .flatMap((name) => {
      const data = JSON.parse(readFileSync(new URL(`cases/${name}`, fixtures), 'utf8')) as {input: string; gold: string}
      return [data.input, data.gold]
    })
]

// Characters where parse-latin's classes or its run rules differ: breaks of every kind, repeated
// and mixed punctuation, symbols, letters outside ASCII, astral characters and lone surrogate halves.
const characters = [...'aZ09 \t\n\r\u00A0\u2028\u3000.,;:!?…‽\'"“”‘’«»„()-–—/\\&@#$%€£+=*_~^|`éßÆ日本ÿ\u0301\uD800\uDC00\uDBFF', '😀', '𝔸', '\r\n', '\n\n', ' \r\r\n ']
// Tokens that parse-latin's and parse-english's merging plugins act on: initialisms, elisions, “w/”,
// symbols inside and at the edges of words.
const mergedTokens = ['U.S.', 'a.m.', 'e.g.', ' ’n’ ', " 'tis ", ' ’90s ', "rock 'n' roll", 'w/', '&', 'AT&T', '-', 'well-', 'and/or', '_', 'x@y', '1.5']

describe('the fast English parser', () => {
  it('builds the tree retext-english builds, on every fixture and case', () => {
    for (const text of articles) expect(new FastParseEnglish().parse(text)).toStrictEqual(new ParseEnglish().parse(text))
  })

  it('builds the tree retext-english builds, on random text', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...characters), fc.constantFrom(...mergedTokens), fc.string({maxLength: 4}), fc.stringMatching(/^[A-Za-z]{1,6}$/)), {maxLength: 80}).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, (value) => {
        expect(new FastParseEnglish().parse(value)).toStrictEqual(new ParseEnglish().parse(value))
      }),
      {numRuns: 2000}
    )
  })

  it('is a unified parser like retext-english, with the nlcst extensions of other plugins', () => {
    // An extension that marks the root: both parsers must run it.
    const mark = (root: Root) => {
      root.data = {...root.data, marked: true} as Root['data']
    }
    const withExtension = (plugin: typeof retextEnglish) => unified().use(plugin).data('nlcstRootExtensions', [mark])
    const value = 'Trump met with Xi. Tariffs rose 10%.\n\nA second paragraph…'
    const fast = withExtension(retextEnglishFast).parse(value)
    expect(fast).toStrictEqual(withExtension(retextEnglish).parse(value))
    expect(JSON.stringify(fast)).toContain('"marked":true')
  })
})
