import {afterAll, describe, expect, it} from 'vitest'
import retextEnglish from 'retext-english'
import {unified, type PluggableList} from 'unified'
import {VFile} from 'vfile'
import {location} from 'vfile-location'
import type {Root} from 'nlcst'
import {existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {compileLexicon, compiledLexiconUrl, createLexiconPlugin as createSourceLexiconPlugin, gerundOf, loadCompiledLexicon, sharedLexiconMembers, type LexiconEntry} from '../src/lexicon-plugin.js'
import {
  applyEdits,
  applyToRegions,
  buildLexicon,
  createLexiconPlugin,
  createCleaner,
  blockWildcard,
  createBlockMatcher,
  createPhraseMatcher,
  phraseBlock,
  indefiniteArticle,
  isCategory,
  matchCase,
  reportArtifact,
  resolve,
  scopeAround,
  scopedMatches,
  stretchesNear,
  documentFact,
  sentenceAround,
  sentenceLocator,
  normalizeWord,
  sentences,
  sentenceViews,
  toInput,
  validate,
  wordFact,
  wordNumber,
  wordOfNumber,
  type Region
} from '@mt-cleanup/core'

describe('word numbers', () => {
  it('numbers a word by its normal form, the same for every spelling of it', () => {
    expect(wordNumber('Tariffs')).toBe(wordNumber('tariffs'))
    expect(wordNumber('don’t')).toBe(wordNumber("don't"))
    expect(wordOfNumber(wordNumber('TARIFFS'))).toBe('tariffs')
    expect(wordNumber('tariff')).not.toBe(wordNumber('tariffs'))
    expect(normalizeWord('Internationalisation’s')).toBe("internationalisation's")
  })

  it('computes a word fact once per word, then reads it by number', () => {
    const asked: string[] = []
    const length = wordFact((word) => {
      asked.push(word)
      return word.length
    })
    expect(length(wordNumber('Levies'))).toBe(6)
    expect(length(wordNumber('levies'))).toBe(6)
    expect(asked).toEqual(['levies'])
  })

  it('gives each token of a sentence view its word number', () => {
    const text = 'The Levies rose.'
    const file = new VFile(text)
    const tree = unified().use(retextEnglish).parse(file) as Root
    const [view] = sentenceViews(tree, file)
    expect(view!.significant.map((token) => wordOfNumber(token.number))).toEqual(view!.keys)
    expect(view!.tokens.filter((token) => token.kind === 'whitespace').every((token) => token.number === -1)).toBe(true)
  })
})

describe('matchCase', () => {
  it('keeps an initial capital, all caps and lower case', () => {
    expect(matchCase('tariffs', 'Prices')).toBe('Tariffs')
    expect(matchCase('tariffs', 'prices')).toBe('tariffs')
    expect(matchCase('tariffs', 'PRICES')).toBe('TARIFFS')
    expect(matchCase('TikTok', 'tiktok')).toBe('TikTok')
    expect(matchCase('', 'With')).toBe('')
  })
})

describe('categories', () => {
  it('is a closed union', () => {
    expect(isCategory('false-friend')).toBe(true)
    expect(isCategory('grammar')).toBe(false)
  })
})

describe('reportArtifact', () => {
  it('takes `actual` from the text at the place and sets every field', () => {
    const file = new VFile({value: 'met with With Xi'})
    const message = reportArtifact(file, {
      reason: 'Doubled word',
      place: {start: 8, end: 13},
      ruleId: 'doubled-word',
      source: 'retext-test',
      category: 'repetition',
      confidence: 0.9,
      expected: [''],
      note: 'a note',
      url: 'https://example.com'
    })
    expect(message.actual).toBe(' With')
    expect(message.expected).toEqual([''])
    expect(message.category).toBe('repetition')
    expect(message.confidence).toBe(0.9)
    expect(message.ruleId).toBe('doubled-word')
    expect(message.source).toBe('retext-test')
    expect(message.place).toMatchObject({start: {line: 1, column: 9, offset: 8}, end: {line: 1, column: 14, offset: 13}})
  })

  it('refuses a place outside the text', () => {
    const file = new VFile({value: 'short'})
    expect(() =>
      reportArtifact(file, {reason: 'x', place: {start: 2, end: 40}, ruleId: 'r', source: 's', category: 'casing', confidence: 1})
    ).toThrow(RangeError)
  })
})

describe('phrase matcher', () => {
  const tree = (text: string) => unified().use(retextEnglish).parse(text) as Root
  const matcher = createPhraseMatcher([
    {phrase: 'customs tax', data: 'tariff'},
    {phrase: 'commercial *', data: 'trade'},
    {phrase: 'said :', data: 'colon'}
  ])

  it('finds phrases across any whitespace, case-insensitively, with offsets', () => {
    const text = 'An average Customs\ntax of 20%. Commercial talks resumed. He said : no.'
    const found = matcher.matchTree(tree(text))
    expect(found.map((match) => [match.entry.data, text.slice(match.start, match.end)])).toEqual([
      ['tariff', 'Customs\ntax'],
      ['trade', 'Commercial talks'],
      ['colon', 'said :']
    ])
  })

  it('does not cross sentences or match inside other words', () => {
    expect(matcher.matchTree(tree('They pay customs. Tax rises.'))).toEqual([])
    expect(matcher.matchTree(tree('The customs taxonomy is long.'))).toEqual([])
  })

  it('orders matches from one start as a trie walk would: a word before `*`, a phrase before its continuations, then entry order', () => {
    const overlapping = createPhraseMatcher([
      {phrase: 'the * of', data: 'wild'},
      {phrase: 'the price of oil', data: 'long'},
      {phrase: 'the price of', data: 'word'},
      {phrase: 'price', data: 'one'},
      {phrase: 'the price of', data: 'again'},
      {phrase: '* *', data: 'any two'}
    ])
    const text = 'The price of oil fell.'
    expect(overlapping.matchTree(tree(text)).map((match) => [match.entry.data, text.slice(match.start, match.end)])).toEqual([
      ['word', 'The price of'],
      ['again', 'The price of'],
      ['long', 'The price of oil'],
      ['wild', 'The price of'],
      ['any two', 'The price'],
      ['one', 'price'],
      ['any two', 'price of'],
      ['any two', 'of oil'],
      ['any two', 'oil fell']
    ])
  })

  it('matches `*` only on words', () => {
    const wild = createPhraseMatcher([{phrase: 'said *', data: 'x'}])
    expect(wild.matchTree(tree('He said , then left.'))).toEqual([])
  })

  it('matches blocks of numbered phrases as it matches the same phrases listed, in the order of the blocks', () => {
    const first = [
      {phrase: 'the * of', data: 'wild'},
      {phrase: 'the price of oil', data: 'long'}
    ]
    const second = [
      {phrase: 'the price of', data: 'word'},
      {phrase: 'price', data: 'one'}
    ]
    const text = 'The price of oil fell.'
    const listed = createPhraseMatcher([...first, ...second]).matchTree(tree(text))
    const blocks = createBlockMatcher([phraseBlock(first), phraseBlock(second)]).matchTree(tree(text))
    expect(blocks.map((match) => [match.entry.data, match.start, match.end])).toEqual(listed.map((match) => [match.entry.data, match.start, match.end]))
    expect(phraseBlock([{phrase: 'said * ,', data: 'x'}])).toMatchObject({words: ['said', ','], parts: Int32Array.from([0, blockWildcard, 1])})
  })
})

describe('English lexicon index', () => {
  const lexicon = buildLexicon('5\nexport/S\ntalk/S\nApple/M\napple/S\nFrench\n', 'SFX S Y 2\nSFX S 0 s [^sxzhy]\nSFX S 0 es [sxzh]\nSFX M Y 1\nSFX M 0 \'s .\n')
  it('knows common words with inflections, listed names and capital-only words', () => {
    expect(lexicon.isCommonWord('Exports')).toBe(true)
    expect(lexicon.isCommonWord('Talks')).toBe(true)
    expect(lexicon.isCommonWord('Xinhua')).toBe(false)
    expect(lexicon.isListedName('Apple')).toBe(true)
    expect(lexicon.isListedName('Talks')).toBe(false)
    expect(lexicon.isOnlyCapitalized('french')).toBe(true)
    expect(lexicon.isOnlyCapitalized('apple')).toBe(false)
  })
})

describe('data validation', () => {
  it('lists every problem', () => {
    const problems = validate(
      {words: ['ok', 3], extra: true},
      {type: 'object', required: ['words', 'name'], properties: {words: {type: 'array', items: {type: 'string'}}}}
    )
    expect(problems).toEqual(['$: missing required property `name`', '$.words[1]: expected a string', '$: unknown property `extra`'])
  })
})

describe('conflict resolution', () => {
  const fix = (start: number, end: number, confidence: number) => ({start, end, facts: {confidence}})
  it('keeps one winner per stretch: confidence, then the narrower span', () => {
    const a = fix(0, 10, 0.7)
    const b = fix(5, 8, 0.9)
    const c = fix(8, 12, 0.9)
    const d = fix(20, 22, 0.6)
    const e = fix(20, 21, 0.6)
    const {winners, losers} = resolve([a, b, c, d, e])
    expect(winners).toEqual([b, e])
    expect(losers.map((loser) => loser.loser)).toEqual([c, a, d])
  })

  it('lets a wider fix that drops the mis-cased text absorb a case-only fix inside it', () => {
    const casing = {start: 0, end: 4, facts: {confidence: 0.85}, actual: 'With', replacement: 'with'}
    const phrase = {start: 0, end: 19, facts: {confidence: 0.75}, actual: 'With its own prices', replacement: 'with its own tariffs'}
    const {winners, losers, absorbed} = resolve([casing, phrase])
    expect(winners).toEqual([phrase])
    expect(losers).toEqual([])
    expect(absorbed).toEqual([{loser: casing, winner: phrase}])
    // A wider fix that keeps the capital does not absorb it: confidence decides as usual.
    const keeping = {...phrase, replacement: 'With its own tariffs'}
    expect(resolve([casing, keeping]).winners).toEqual([casing])
    // When the wider fix loses to a third, the case fix waits for the next pass like any loser.
    const third = {start: 10, end: 12, facts: {confidence: 0.95}, actual: 'wn', replacement: 'WN'}
    const result = resolve([casing, phrase, third])
    expect(result.winners).toEqual([third])
    expect(result.losers.map((item) => item.loser)).toEqual(expect.arrayContaining([phrase, casing]))
  })
})

describe('offset mapping', () => {
  it('maps later changes back to the input, widening to earlier changes they touch', () => {
    const input = 'aa bb cc dd'
    // Pass 1: "bb" → "B" (3..5), "dd" deleted (9..11).
    let regions: Region[] = []
    const first = [
      {start: 3, end: 5, replacement: 'B', origin: toInput(regions, 3, 5)},
      {start: 9, end: 11, replacement: '', origin: toInput(regions, 9, 11)}
    ]
    regions = applyToRegions(regions, first)
    const text = applyEdits(input, first)
    expect(text).toBe('aa B cc ')
    expect(regions).toEqual([
      {inputStart: 3, inputEnd: 5, outputStart: 3, outputEnd: 4},
      {inputStart: 9, inputEnd: 11, outputStart: 8, outputEnd: 8}
    ])
    // "cc" is untouched: it maps back one character later.
    expect(toInput(regions, 5, 7)).toEqual({start: 6, end: 8})
    // "B" maps back to "bb".
    expect(toInput(regions, 3, 4)).toEqual({start: 3, end: 5})
  })
})

describe('the fixer', () => {
  // A toy plugin: lower-case "Xx" and, once that is done, double-check "x x" as a repetition.
  function toy() {
    return (_tree: unknown, file: VFile) => {
      const text = String(file.value)
      for (const match of text.matchAll(/Xx/g)) {
        reportArtifact(file, {reason: 'caps', place: {start: match.index, end: match.index + 2}, ruleId: 'caps', source: 'toy', category: 'casing', confidence: 0.9, expected: ['xx']})
      }
      for (const match of text.matchAll(/xx xx/g)) {
        reportArtifact(file, {reason: 'double', place: {start: match.index + 2, end: match.index + 5}, ruleId: 'double', source: 'toy', category: 'repetition', confidence: 0.8, expected: ['']})
      }
      for (const match of text.matchAll(/maybe/g)) {
        reportArtifact(file, {reason: 'unsure', place: {start: match.index, end: match.index + 5}, ruleId: 'unsure', source: 'toy', category: 'semantic', confidence: 0.3, expected: ['perhaps']})
      }
      for (const match of text.matchAll(/flag/g)) {
        reportArtifact(file, {reason: 'look', place: {start: match.index, end: match.index + 4}, ruleId: 'flag', source: 'toy', category: 'semantic', confidence: 0.5})
      }
    }
  }

  it('re-runs to a fixed point and records each change with its origin', () => {
    const cleaner = createCleaner({plugins: [toy]})
    const result = cleaner.clean('say xx Xx maybe\nflag it')
    expect(result.output).toBe('say xx maybe\nflag it')
    expect(result.stop).toBe('fixed-point')
    expect(result.changes.map((change) => [change.rule, change.pass, change.before, change.after, change.input.text])).toEqual([
      ['toy:caps', 1, 'Xx', 'xx', 'Xx'],
      ['toy:double', 2, ' xx', '', ' Xx']
    ])
    expect(result.skipped).toMatchObject([{rule: 'toy:unsure', why: 'below-threshold', actual: 'maybe', expected: ['perhaps'], input: {start: 10, end: 15}}])
    expect(result.flags).toMatchObject([{rule: 'toy:flag', actual: 'flag', input: {line: 2, column: 1}}])
    expect(cleaner.clean(result.output).changes).toEqual([])
  })

  it('honours the threshold and rule filters', () => {
    expect(createCleaner({plugins: [toy], minConfidence: 0.95}).clean('Xx').output).toBe('Xx')
    expect(createCleaner({plugins: [toy], disable: ['toy:caps']}).clean('Xx').output).toBe('Xx')
    expect(createCleaner({plugins: [toy], enable: ['caps']}).clean('Xx Xx').output).toBe('xx xx')
    expect(createCleaner({plugins: [toy], minConfidence: 0.2}).clean('maybe').output).toBe('perhaps')
  })

  it('stops at the pass limit and on a cycle', () => {
    function flipFlop() {
      return (_tree: unknown, file: VFile) => {
        const text = String(file.value)
        const [from, to] = text.includes('ping') ? ['ping', 'pong'] : ['pong', 'ping']
        const at = text.indexOf(from)
        if (at >= 0) reportArtifact(file, {reason: 'flip', place: {start: at, end: at + 4}, ruleId: 'flip', source: 'toy', category: 'semantic', confidence: 1, expected: [to]})
      }
    }
    expect(createCleaner({plugins: [flipFlop]}).clean('ping').stop).toBe('cycle')
    function grow() {
      return (_tree: unknown, file: VFile) => {
        const text = String(file.value)
        reportArtifact(file, {reason: 'grow', place: {start: text.length, end: text.length}, ruleId: 'grow', source: 'toy', category: 'semantic', confidence: 1, expected: ['!']})
      }
    }
    const result = createCleaner({plugins: [grow], maxPasses: 3}).clean('hi')
    expect(result.stop).toBe('pass-limit')
    expect(result.output).toBe('hi!!!')
    expect(result.skipped[0]?.why).toBe('pass-limit')
  })
})

describe('stretchesNear', () => {
  it('gives the stretches of the scope near a marker, merged, for scopedMatches to search alone', () => {
    const text = 'No figures here at all. Then 12 of June and 3 of May. Words only, for a long while after that.'
    const file = new VFile(text)
    const near = stretchesNear(file, /\d+/g, 5)
    // Matches start in a stretch and may end past it.
    expect(near.map(({start, end}) => text.slice(start, end))).toEqual(['Then 12 of J', ' and 3 of M'])
    expect([...scopedMatches(file, /(\d+) of (\w+)/g, undefined, near)].map((match) => match[0])).toEqual(['12 of June', '3 of May'])
    // Within the pass's scope only.
    file.data.mtCleanupScope = [{start: text.indexOf('and'), end: text.length}]
    expect(stretchesNear(file, /\d+/g, 5).map(({start, end}) => text.slice(start, end))).toEqual(['and 3 of M'])
  })
})

describe('incremental re-checks', () => {
  const text = 'One a.\n\nTwo Xx b.\nStill two.\n\nThree c.\n\nFour flag.'

  it('scopes a re-check to the edited paragraphs', () => {
    const at = text.indexOf('Xx')
    expect(scopeAround(text, [{start: at, end: at + 2}]).map(({start, end}) => text.slice(start, end))).toEqual(['Two Xx b.\nStill two.'])
    // An edit between paragraphs (joining or splitting them) takes both.
    const gap = text.indexOf('\n\nThree')
    expect(scopeAround(text, [{start: gap + 1, end: gap + 1}]).map(({start, end}) => text.slice(start, end))).toEqual(['Two Xx b.\nStill two.\n\nThree c.'])
  })

  it('parses only the scope, carries findings elsewhere, and shares document facts', () => {
    const seen: string[][] = []
    const facts: number[] = []
    function plugin() {
      return (tree: Root, file: VFile) => {
        seen.push(tree.children.filter((node) => node.type === 'ParagraphNode').map((node) => String(file.value).slice(node.position!.start.offset, node.position!.end.offset)))
        // Lines and columns agree with the offsets in the file's own coordinates.
        const points = location(file)
        for (const sentence of sentences(tree)) {
          for (const point of [sentence.position!.start, sentence.position!.end, sentence.children.at(-1)!.position!.start]) {
            expect(points.toPoint(point.offset!)).toEqual(point)
          }
        }
        facts.push(documentFact(file, 'toy:count', () => seen.length))
        for (const match of scopedMatches(file, /Xx|flag/g)) {
          const fix = match[0] === 'Xx'
          reportArtifact(file, {reason: 'toy', place: {start: match.index, end: match.index + match[0].length}, ruleId: fix ? 'caps' : 'flag', source: 'toy', category: 'casing', confidence: 0.9, ...(fix ? {expected: ['xx']} : {})})
        }
      }
    }
    const result = createCleaner({plugins: [plugin]}).clean(text)
    expect(result.output).toBe(text.replace('Xx', 'xx'))
    expect(seen).toEqual([['One a.', 'Two Xx b.\nStill two.', 'Three c.', 'Four flag.'], ['Two xx b.\nStill two.']])
    expect(facts).toEqual([1, 1])
    expect(result.flags.map((flag) => flag.input.text)).toEqual(['flag'])
    expect(createCleaner({plugins: [plugin], incremental: false}).clean(text).output).toBe(result.output)
  })
})

describe('a failing plugin', () => {
  it('becomes a flag, and the other plugins still fix', () => {
    function broken() {
      return () => {
        throw new Error('boom')
      }
    }
    function fine() {
      return (_tree: unknown, file: VFile) => {
        const at = String(file.value).indexOf('Xx')
        if (at >= 0) reportArtifact(file, {reason: 'caps', place: {start: at, end: at + 2}, ruleId: 'caps', source: 'toy', category: 'casing', confidence: 0.9, expected: ['xx']})
      }
    }
    const result = createCleaner({plugins: [broken, fine]}).clean('say Xx')
    expect(result.output).toBe('say xx')
    expect(result.flags).toMatchObject([{rule: 'mt-cleanup:plugin-error', reason: 'Plugin `broken` failed and was skipped: boom'}])
  })
})

describe('sentenceAround', () => {
  it('takes the sentence holding a stretch', () => {
    const text = 'First one. Second “quoted.” Third.'
    expect(sentenceAround(text, 12, 18)).toBe('Second “quoted.”')
  })

  it('agrees with a character-by-character scan everywhere', () => {
    const text = 'One. Two “three.”\nFour? (Five.) Six\n\nSeven! “Eight.” nine. Ten'
    const naive = (start: number, end: number) => {
      let from = start
      while (from > 0 && text.charAt(from - 1) !== '\n' && !(from >= 2 && /[.!?]/.test(text.charAt(from - 2)) && /\s/.test(text.charAt(from - 1)))) from--
      let to = end
      while (to < text.length && text.charAt(to) !== '\n') {
        to++
        if (/[.!?]/.test(text.charAt(to - 1))) {
          while (/[”"’)]/.test(text.charAt(to))) to++
          break
        }
      }
      return text.slice(from, to).trim()
    }
    const locate = sentenceLocator(text)
    for (let start = 0; start <= text.length; start++) {
      for (let end = start; end <= text.length; end++) expect(locate(start, end)).toBe(naive(start, end))
    }
  })
})

describe('lexicon conditions', () => {
  const entry = {
    id: 'the-senate-es',
    category: 'entity' as const,
    pivots: ['es' as const],
    forms: [{match: 'the Senate', replace: ['Senate']}],
    when: {documentAbout: ['Chile', 'Santiago']},
    confidence: 0.7,
    note: 'test entry',
    examples: {keep: ['The Senate met.']}
  }
  const plugin = createLexiconPlugin('test', [entry], 'https://example.com')
  const found = (text: string) => createCleaner({plugins: [plugin]}).lint(text).messages.map((message) => message.ruleId)

  it('`documentAbout` holds where the article keeps coming back to its subject', () => {
    expect(found('In Santiago, the Senate voted on Tuesday. Chile will now hold a referendum.')).toEqual(['the-senate-es'])
  })

  it('`documentAbout` does not hold for a passing mention, nor for a few in a long text', () => {
    expect(found('In Santiago, the Senate voted on Tuesday. The referendum follows.')).toEqual([])
    const long = `Chile and Santiago came up once. ${'The economy grew and the schools improved across the country this year. '.repeat(80)}The Senate voted.`
    expect(found(long)).toEqual([])
  })
})

describe('a lexicon replacement at the start of a quote', () => {
  const plugin = createLexiconPlugin(
    'test',
    [{id: 'reform-of-the-pensions', category: 'calque', pivots: ['fr'], forms: [{match: 'the reform of the pensions', replace: ['the pension reform']}], confidence: 0.8, note: 'test entry', examples: {keep: ['x']}}],
    'https://example.com'
  )
  const clean = (text: string) => createCleaner({plugins: [plugin]}).clean(text).output

  it('keeps the capital after an opening quotation mark', () => {
    expect(clean('Meloni: "The reform of the pensions will pass"')).toBe('Meloni: "The pension reform will pass"')
    expect(clean('He said: “The reform of the pensions will pass.”')).toBe('He said: “The pension reform will pass.”')
  })

  it('lowers a capital inside a sentence', () => {
    expect(clean('He backed The reform of the pensions on Monday.')).toBe('He backed the pension reform on Monday.')
  })

  it('keeps the capital after a dateline whose dash is a spaced hyphen', () => {
    expect(clean('PARIS (AFP) - The reform of the pensions will pass.')).toBe('PARIS (AFP) - The pension reform will pass.')
  })

  it('gives an exact replacement a capital where it opens a sentence', () => {
    const exact = createLexiconPlugin(
      'test',
      [{id: 'dsa', category: 'entity', pivots: ['fr'], case: 'exact', forms: [{match: 'the regulation on the digital services', replace: ['the Digital Services Act']}], confidence: 0.8, note: 'test entry', examples: {keep: ['x']}}],
      'https://example.com'
    )
    const cleanExact = (text: string) => createCleaner({plugins: [exact]}).clean(text).output
    expect(cleanExact('The regulation on the digital services applies.')).toBe('The Digital Services Act applies.')
    expect(cleanExact('It obeys the regulation on the digital services.')).toBe('It obeys the Digital Services Act.')
  })
})

describe('lexicon plugins of one processor', () => {
  const entry = (id: string, match: string, replace: string) => ({
    id,
    category: 'calque' as const,
    pivots: ['fr' as const],
    forms: [{match, replace: [replace]}],
    confidence: 0.8,
    note: 'test entry',
    examples: {keep: ['x']}
  })
  const first = createLexiconPlugin('first', [entry('customs-tax', 'customs tax', 'tariff'), entry('the-customs', 'the customs tax', 'the tariff')], 'https://example.com')
  const second = createLexiconPlugin('second', [entry('customs-tax-2', 'customs tax', 'duty')], 'https://example.com')
  const found = (plugins: PluggableList) =>
    createCleaner({plugins})
      .lint('They cut the customs tax again.')
      .messages.map((message) => `${message.source}:${message.ruleId}`)

  it('share one scan, and each reports its own entries as it would alone', () => {
    expect(found([first, second])).toEqual(['first:the-customs', 'second:customs-tax-2'])
    expect(found([first])).toEqual(['first:the-customs'])
    expect(found([second])).toEqual(['second:customs-tax-2'])
  })

  it('join one registry in a real processor (which is callable, not a plain object)', () => {
    // The registry of the module under test (the plugins above come from the built package).
    const plugin = (source: string) => createSourceLexiconPlugin(source, [entry(`${source}-tax`, 'customs tax', 'tariff')], 'https://example.com')
    const processor = unified().use(retextEnglish).use([plugin('first'), plugin('second')]).freeze()
    expect(typeof processor).toBe('function')
    expect(sharedLexiconMembers(processor)).toBe(2)
  })

  it('keep their own options', () => {
    expect(found([[first, {ignore: ['the-customs']}], second])).toEqual(['first:customs-tax', 'second:customs-tax-2'])
  })
})

describe('a `before` condition after a closing quote', () => {
  const plugin = createLexiconPlugin(
    'test',
    [
      {
        id: 'underlined-the-mayor',
        category: 'false-friend' as const,
        pivots: ['it' as const],
        forms: [{match: 'underlined the mayor', replace: ['stressed the mayor']}],
        when: {before: [','], window: 0},
        confidence: 0.8,
        note: 'test entry',
        examples: {keep: ['The report underlined the mayor’s mistakes.']}
      }
    ],
    'https://example.com'
  )
  const found = (text: string) => createCleaner({plugins: [plugin]}).lint(text).messages.map((message) => message.ruleId)

  it('looks through the quotation marks between the comma and the match', () => {
    expect(found('It is central, underlined the mayor.')).toEqual(['underlined-the-mayor'])
    expect(found('“It is central,” underlined the mayor.')).toEqual(['underlined-the-mayor'])
    expect(found('"It is central," underlined the mayor.')).toEqual(['underlined-the-mayor'])
  })

  it('still needs the comma', () => {
    expect(found('The report underlined the mayor’s mistakes.')).toEqual([])
    expect(found('They read “Central” underlined the mayor’s way.')).toEqual([])
  })
})

describe('compiled lexicons', () => {
  const source: {entries: LexiconEntry[]} = {
    entries: [
      {
        id: 'told-the-journalists',
        category: 'calque',
        pivots: ['fr'],
        forms: [{match: 'told the journalists', replace: ['told reporters']}, {match: 'déclaré , *', replace: ['said, $1']}],
        confidence: 0.8,
        note: 'fr: a déclaré aux journalistes — “quoted”',
        examples: {keep: ['Reporters were told.']}
      }
    ]
  }
  const folders: string[] = []
  afterAll(() => {
    for (const folder of folders) rmSync(folder, {recursive: true, force: true})
  })
  const setUp = () => {
    const dir = mkdtempSync(join(tmpdir(), 'mt-cleanup-lexicon-'))
    folders.push(dir)
    mkdirSync(join(dir, 'data'))
    mkdirSync(join(dir, 'dist'))
    const url = pathToFileURL(join(dir, 'data', 'lexicon.json'))
    writeFileSync(url, JSON.stringify(source, null, 2) + '\n')
    return url
  }

  it('keeps every entry as it is, without its examples', () => {
    const url = setUp()
    const compiled = compileLexicon(url)
    // The examples stay in the source, read when first asked for.
    expect(compiled.toString('latin1')).not.toContain('Reporters were told')
    // The text is ASCII: the note's dash and the pattern's “é” are escaped.
    expect(compiled.toString('latin1')).toContain('d\\u00e9clar\\u00e9')
    writeFileSync(compiledLexiconUrl(url), compiled)
    const entries = loadCompiledLexicon(url)!
    expect(entries.map((entry) => entry.id)).toEqual(source.entries.map((entry) => entry.id))
    expect(entries[0]!.note).toBe(source.entries[0]!.note)
    expect(entries[0]!.forms).toEqual(source.entries[0]!.forms)
    expect(entries[0]!.examples).toEqual(source.entries[0]!.examples)
    expect(JSON.parse(JSON.stringify(entries))).toEqual(source.entries)
  })

  it('matches as the source does', () => {
    const url = setUp()
    writeFileSync(compiledLexiconUrl(url), compileLexicon(url))
    const fromCompiled = createLexiconPlugin('test', loadCompiledLexicon(url)!, 'https://example.com')
    const fromSource = createLexiconPlugin('test', source.entries, 'https://example.com')
    const text = 'He told the journalists that he had déclaré, Paris.'
    const found = (plugin: typeof fromSource) => createCleaner({plugins: [plugin]}).lint(text).messages.map((message) => `${message.ruleId} ${message.place ? JSON.stringify(message.place) : ''}`)
    expect(found(fromCompiled)).toEqual(found(fromSource))
    expect(found(fromCompiled).length).toBeGreaterThan(0)
  })

  it('matches as the source does with entries left out and a glossary added', () => {
    const many: {entries: LexiconEntry[]} = {
      entries: [
        ...source.entries,
        {id: 'customs-tax', category: 'false-friend', pivots: ['fr'], forms: [{match: 'customs taxes', replace: ['tariffs']}, {match: 'customs tax', replace: ['tariff']}], confidence: 0.9, note: 'fr: droits de douane', examples: {keep: ['Tariffs rose.']}},
        {id: 'the-journalists', category: 'calque', pivots: ['fr'], forms: [{match: 'the journalists', replace: ['reporters']}], confidence: 0.6, note: 'fr: les journalistes', examples: {keep: ['Reporters came.']}}
      ]
    }
    const url = setUp()
    writeFileSync(url, JSON.stringify(many, null, 2) + '\n')
    writeFileSync(compiledLexiconUrl(url), compileLexicon(url))
    const glossary: LexiconEntry = {id: 'samples', category: 'false-friend', pivots: ['fr'], forms: [{match: 'samples', replace: ['levies']}], confidence: 0.8, note: 'fr: prélèvements', examples: {}}
    const text = 'He told the journalists that the customs taxes and samples had déclaré, Paris. Then the journalists left.'
    const found = (entries: LexiconEntry[], ignore: string[]) =>
      createCleaner({plugins: [[createLexiconPlugin('test', entries, 'https://example.com'), {ignore, entries: [glossary]}]]})
        .lint(text)
        .messages.map((message) => `${message.ruleId} ${message.place ? JSON.stringify(message.place) : ''} ${message.expected?.join('|')}`)
    for (const ignore of [[], ['told-the-journalists'], ['customs-tax'], ['the-journalists', 'told-the-journalists']]) {
      expect(found(loadCompiledLexicon(url)!, ignore), ignore.join()).toEqual(found(many.entries, ignore))
    }
    expect(found(loadCompiledLexicon(url)!, ['customs-tax'])).toHaveLength(4)
  })

  // The build compiles the shipped lexicons; a copy the loader turned down would cost the CLI
  // its start-up time without failing anything else.
  for (const name of ['calques', 'entities', 'false-friends', 'function-words', 'untranslated']) {
    const url = new URL(`../../retext-${name}/data/lexicon.json`, import.meta.url)
    it.skipIf(!existsSync(compiledLexiconUrl(url)))(`of retext-${name} loads as built, with every entry as its source has it`, () => {
      const compiled = loadCompiledLexicon(url)
      expect(compiled).toBeDefined()
      const source = (JSON.parse(readFileSync(url, 'utf8')) as {entries: LexiconEntry[]}).entries
      expect(JSON.parse(JSON.stringify(compiled))).toEqual(source)
    })
  }

  it('is ignored when the source changed after it was written', () => {
    const url = setUp()
    writeFileSync(compiledLexiconUrl(url), compileLexicon(url))
    const later = new Date(Date.now() + 60_000)
    utimesSync(url, later, later)
    expect(loadCompiledLexicon(url)).toBeUndefined()
  })

  it('is ignored when the source has another size, and when it is missing', () => {
    const url = setUp()
    writeFileSync(compiledLexiconUrl(url), compileLexicon(url))
    const earlier = new Date(Date.now() - 60_000)
    writeFileSync(url, JSON.stringify(source) + '\n')
    utimesSync(url, earlier, earlier)
    expect(loadCompiledLexicon(url)).toBeUndefined()
    expect(loadCompiledLexicon(setUp())).toBeUndefined()
  })
})

describe('indefiniteArticle', () => {
  it('follows the sound, not only the letter', () => {
    const said: Record<string, 'a' | 'an'> = {
      investigation: 'an',
      'pre-trial': 'a',
      hour: 'an',
      honest: 'an',
      union: 'a',
      unusual: 'an',
      European: 'a',
      'one-time': 'a',
      urgent: 'an',
      '8%': 'an',
      '11': 'an',
      '110': 'a'
    }
    for (const [word, article] of Object.entries(said)) expect(indefiniteArticle(word), word).toBe(article)
  })

  it('leaves acronyms and symbols undecided', () => {
    expect(indefiniteArticle('FBI')).toBeUndefined()
    expect(indefiniteArticle('NATO')).toBeUndefined()
    expect(indefiniteArticle('$5')).toBeUndefined()
  })
})

/** A cleaner with one lexicon entry of these forms and no conditions. */
function cleanerOfForms(forms: LexiconEntry['forms']) {
  const entry: LexiconEntry = {id: 'test-entry', category: 'calque', pivots: ['de'], forms, confidence: 0.8, note: 'test entry', examples: {}}
  const cleaner = createCleaner({plugins: [createLexiconPlugin('test', [entry], 'https://example.com')]})
  return {cleaner, clean: (text: string) => cleaner.clean(text).output}
}

describe('a lexicon replacement after an indefinite article', () => {
  const {clean} = cleanerOfForms([
    {match: 'investigation custody', replace: ['pre-trial detention']},
    {match: 'prices', replace: ['tariffs']}
  ])

  it('takes the article in when the replacement needs the other one', () => {
    expect(clean('He is in an investigation custody cell.')).toBe('He is in a pre-trial detention cell.')
    expect(clean('An investigation custody order was issued.')).toBe('A pre-trial detention order was issued.')
    expect(clean('He spoke of an "investigation custody" order.')).toBe('He spoke of a "pre-trial detention" order.')
    expect(clean('He spoke of an “investigation custody” order.')).toBe('He spoke of a “pre-trial detention” order.')
  })

  it('leaves an article that already agrees, and other words before the match', () => {
    expect(clean('The investigation custody ended.')).toBe('The pre-trial detention ended.')
    expect(clean('He saw a prices list.')).toBe('He saw a tariffs list.')
  })
})

describe('gerundOf', () => {
  it('spells the -ing form as the dictionary does', () => {
    expect(['brake', 'admit', 'open', 'lie', 'see', 'be', 'have', 'stop', 'visit', 'name', 'raise'].map(gerundOf)).toEqual(['braking', 'admitting', 'opening', 'lying', 'seeing', 'being', 'having', 'stopping', 'visiting', 'naming', 'raising'])
  })

  it('has none for a word that is not a verb', () => {
    expect(gerundOf('health')).toBeUndefined()
    expect(gerundOf('exports')).toBeUndefined()
    expect(gerundOf('5,000')).toBeUndefined()
    expect(gerundOf('the')).toBeUndefined()
  })
})

describe('a lexicon replacement after a perfect auxiliary', () => {
  const {cleaner, clean} = cleanerOfForms([
    {match: 'descended to', replace: ['fell to', 'dropped to']},
    {match: 'lived a crisis', replace: ['went through a crisis']}
  ])

  it('takes the participle of an irregular simple past', () => {
    expect(clean('Reserves have descended to 15%.')).toBe('Reserves have fallen to 15%.')
    expect(clean('Inflation has already descended to 3%.')).toBe('Inflation has already fallen to 3%.')
    expect(clean('It hasn’t descended to 3%.')).toBe('It hasn’t fallen to 3%.')
    expect(clean('The sector had lived a crisis.')).toBe('The sector had gone through a crisis.')
  })

  it('keeps the simple past where no auxiliary comes before', () => {
    expect(clean('Inflation descended to 3%.')).toBe('Inflation fell to 3%.')
    expect(clean('Having descended to 3%, it rose.')).toBe('Having fallen to 3%, it rose.')
    expect(cleaner.clean('It has descended to 3%.').changes[0]?.after).toBe('fallen to')
  })
})
