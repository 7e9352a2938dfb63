/**
 * The English parser of retext-english with a faster first step. parse-latin tokenises by
 * testing every character against three Unicode patterns, which is a third of a parse and
 * the fixer parses each article at least twice. Here each character's class is looked up in
 * a table, filled on first use by asking parse-latin itself about that character, so the
 * tokens, positions and the tree after parse-latin's own plugins are those of retext-english
 * (the tests compare the two on corpora and on random text).
 */
import type {Paragraph, Root, Sentence, SentenceContent} from 'nlcst'
import {ParseEnglish} from 'parse-english'
import type {Plugin, Processor} from 'unified'
// The `data` keys retext-english declares for nlcst extensions.
import type {} from 'retext-english'

type TokenType = 'WhiteSpaceNode' | 'PunctuationNode' | 'WordNode' | 'SymbolNode'
const tokenTypes: readonly TokenType[] = ['WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode']
const whiteSpace = 1
const word = 3

/** Each UTF-16 unit's token class, 1 + its index in `tokenTypes`; 0 = not looked up yet. */
const classes = new Uint8Array(65_536)
const reference = new ParseEnglish()

function classOf(code: number): number {
  let found = classes[code]!
  if (found === 0) {
    const type = reference.tokenize(String.fromCharCode(code))[0]?.type as TokenType | undefined
    found = type === undefined ? tokenTypes.indexOf('SymbolNode') + 1 : tokenTypes.indexOf(type) + 1
    classes[code] = found
  }
  return found
}

interface Point {
  line: number
  column: number
  offset: number
}

/** parse-english with parse-latin's tokenizer rewritten around the class table; same output. */
export class FastParseEnglish extends ParseEnglish {
  override tokenize(value?: string | null): SentenceContent[] {
    const children: SentenceContent[] = []
    if (!value) return children
    let line = 1
    let column = 1
    let offset = 0
    let from = 0
    let start: Point = {line, column, offset}
    let previousType = 0
    let previousCode = -1
    const length = value.length
    for (let index = 0; index < length; index++) {
      const code = value.charCodeAt(index)
      const type = classOf(code)
      // A run goes on while the class stays: words and white space always, punctuation and
      // symbols only with the same character again (or a surrogate half), as in parse-latin.
      const continues = previousType === type && (type === word || type === whiteSpace || code === previousCode || (code >= 0xd8_00 && code <= 0xdf_ff))
      if (from < index && previousType !== 0 && !continues) {
        // One point object ends a token and starts the next: nothing in parse-latin or in the
        // plugins changes a point in place (they assign whole points), and the tree is the same.
        const end = {line, column, offset}
        children.push(createNode(previousType, value.slice(from, index), start, end))
        from = index
        start = end
      }
      if (code === 13 || (code === 10 && previousCode !== 13)) {
        line++
        column = 1
      } else if (code !== 10) {
        column++
      }
      offset++
      previousType = type
      previousCode = code
    }
    if (previousType !== 0 && from < length) children.push(createNode(previousType, value.slice(from, length), start, {line, column, offset}))
    return children
  }
}

/** A token as parse-latin builds it (a word and its text node share their points here). */
function createNode(type: number, value: string, start: Point, end: Point): SentenceContent {
  if (type === word) return {type: 'WordNode', children: [{type: 'TextNode', value, position: {start, end}}], position: {start, end}}
  return {type: tokenTypes[type - 1] as Exclude<TokenType, 'WordNode'>, value, position: {start, end}}
}

/**
 * parse-latin's `breakImplicitSentences` (a white space with two line breaks or more ends a
 * sentence), without splitting every white space of the text into lines to count them: that
 * made an array per space, a tenth of what a cleaning allocates.
 */
function breakImplicitSentences(paragraph: Paragraph): undefined {
  const siblings = paragraph.children
  // The list grows while it is walked, as in parse-latin (which uses array-iterate).
  for (let index = 0; index < siblings.length; index++) {
    const child = siblings[index]!
    if (child.type !== 'SentenceNode') continue
    const children = child.children
    for (let position = 1; position < children.length - 1; position++) {
      const node = children[position]!
      if (node.type !== 'WhiteSpaceNode' || lineBreaks(node.value) < 2) continue
      child.children = children.slice(0, position)
      const insertion: Sentence = {type: 'SentenceNode', children: children.slice(position + 1)}
      const tail = children[position - 1]!
      const head = children[position + 1]!
      siblings.splice(index + 1, 0, node, insertion)
      if (child.position && tail.position && head.position) {
        const end = child.position.end
        child.position.end = tail.position.end
        insertion.position = {start: head.position.start, end}
      }
      break
    }
  }
}

/** How many line breaks (`\r\n`, `\r` or `\n`) a string has. */
function lineBreaks(value: string): number {
  let count = 0
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code === 13) {
      count++
      if (value.charCodeAt(index + 1) === 10) index++
    } else if (code === 10) count++
  }
  return count
}

/**
 * parse-latin's mergeRemainingFullStops, run only on paragraphs where it can act: it merges a
 * full stop into a word when a word or another terminal mark follows it in its sentence, and
 * most sentences have one full stop, at their end.
 */
function remainingFullStops(plugin: (paragraph: Paragraph) => undefined | void): (paragraph: Paragraph) => undefined {
  return function (paragraph) {
    if (paragraph.children.some((sentence) => sentence.type === 'SentenceNode' && fullStopBeforeMore(sentence))) plugin(paragraph)
    return undefined
  }
}

/** Whether a sentence has a full stop (a token of its own) with a word or a terminal mark after it. */
function fullStopBeforeMore(sentence: Sentence): boolean {
  let fullStop = false
  for (const child of sentence.children) {
    if (child.type === 'WordNode') {
      if (fullStop) return true
    } else if (child.type === 'PunctuationNode' || child.type === 'SymbolNode') {
      if (fullStop && terminalMarker.test(child.value)) return true
      if (child.value === '.') fullStop = true
    }
  }
  return false
}

// parse-latin's terminalMarker.
const terminalMarker = /^([!.?\u2026\u203D]+)$/

// parse-latin's paragraph plugins end with mergeRemainingFullStops, makeInitialWhiteSpaceSiblings,
// makeFinalWhiteSpaceSiblings, breakImplicitSentences, removeEmptyNodes and patchPosition: the
// first and the fourth are swapped for the ones above where the list is the one this was
// written against (parse-latin 7); otherwise parse-latin's own run.
{
  const latin = (Object.getPrototypeOf(ParseEnglish.prototype) as ParseEnglish).tokenizeParagraphPlugins
  const english = ParseEnglish.prototype.tokenizeParagraphPlugins
  const fullStops = english.indexOf(latin[latin.length - 6]!)
  const breaks = english.indexOf(latin[latin.length - 3]!)
  if (latin.length === 12 && fullStops === english.length - 6 && breaks === english.length - 3) {
    FastParseEnglish.prototype.tokenizeParagraphPlugins = english.map((plugin, index) =>
      index === breaks ? breakImplicitSentences : index === fullStops ? remainingFullStops(plugin) : plugin
    )
  }
}

/**
 * parse-latin's sentence plugins (after parse-english's elision plugin) walk every token of
 * every sentence through a callback each, seven times, to merge a few symbols into words;
 * that was half of a parse. Here one scan of a sentence finds which of them can act at all,
 * only those run (parse-latin's own code), and the sentence's position is patched directly.
 * A plugin can act only on a symbol that was in the sentence when the scan ran: the plugins
 * only ever move symbols into words, never add a node, so the scan's answer stays a superset.
 */
function sentencePlugins(plugins: ReadonlyArray<(sentence: Sentence) => undefined | void>): (sentence: Sentence) => undefined {
  const [elision, initialWordSymbol, finalWordSymbol, innerWordSymbol, innerWordSlash, initialisms] = plugins as Array<(sentence: Sentence) => undefined>
  return function (sentence) {
    let slash = false
    let apostrophe = false
    let ampersand = false
    let dash = false
    let innerSymbol = false
    let innerSymbolBeforeWord = false
    for (const child of sentence.children) {
      if (child.type === 'WordNode') {
        if (innerSymbol) innerSymbolBeforeWord = true
        continue
      }
      if (child.type !== 'PunctuationNode' && child.type !== 'SymbolNode') continue
      const value = child.value
      if (value === '/') slash = true
      else if (value === "'" || value === '’') apostrophe = true
      else if (value === '&') ampersand = true
      else if (value === '-') dash = true
      if (!innerSymbol && wordSymbolInner.test(value)) innerSymbol = true
    }
    // parse-english: “w/”, and apostrophes of elision.
    if (slash || apostrophe) elision!(sentence)
    if (ampersand) initialWordSymbol!(sentence)
    if (dash) finalWordSymbol!(sentence)
    // A symbol inside a word needs a word after it.
    if (innerSymbolBeforeWord) innerWordSymbol!(sentence)
    if (slash) innerWordSlash!(sentence)
    // Initialisms: a full stop after a word of several parts (“U.S” + “.”), as the plugin itself tests.
    const children = sentence.children
    for (let index = 1; index < children.length; index++) {
      const child = children[index]!
      const previous = children[index - 1]!
      if (child.type === 'PunctuationNode' && child.value === '.' && previous.type === 'WordNode' && previous.children.length !== 1 && previous.children.length % 2 !== 0) {
        initialisms!(sentence)
        break
      }
    }
    // patchPosition: the sentence spans its first child to its last.
    const first = children[0]
    const last = children[children.length - 1]
    if (first?.position && !sentence.position?.start) {
      sentence.position ??= {} as NonNullable<Sentence['position']>
      sentence.position.start = first.position.start
    }
    if (last?.position && !sentence.position?.end) {
      sentence.position ??= {} as NonNullable<Sentence['position']>
      sentence.position.end = last.position.end
    }
    return undefined
  }
}

// parse-latin's wordSymbolInner: the symbols that may join two words.
const wordSymbolInner = /^([&'\-.:=?@\u00AD\u00B7\u2010\u2011\u2019\u2027]|_+)$/

// The sentence plugins replaced where the lists are those this was written against (parse-english
// 7 over parse-latin 7: the elision plugin, then parse-latin's six ending with patchPosition).
{
  const latin = (Object.getPrototypeOf(ParseEnglish.prototype) as ParseEnglish).tokenizeSentencePlugins
  const english = ParseEnglish.prototype.tokenizeSentencePlugins
  if (latin.length === 6 && english.length === 7 && latin.every((plugin, index) => english[index + 1] === plugin)) {
    FastParseEnglish.prototype.tokenizeSentencePlugins = [sentencePlugins(english)]
  }
}

/**
 * A unified plugin that parses like retext-english (including the nlcst extensions other
 * plugins register through `data`), faster.
 */
const retextEnglishFast: Plugin<[], string, Root> = function (this: Processor) {
  // eslint-disable-next-line @typescript-eslint/no-this-alias
  const self = this
  self.parser = function (value: string): Root {
    const parser = new FastParseEnglish()
    add(parser.tokenizeParagraphPlugins, self.data('nlcstParagraphExtensions'))
    add(parser.tokenizeRootPlugins, self.data('nlcstRootExtensions'))
    add(parser.tokenizeSentencePlugins, self.data('nlcstSentenceExtensions'))
    return parser.parse(value)
  }
}

function add<Node extends Root | Paragraph | Sentence>(list: Array<(node: Node) => undefined | void>, values: ReadonlyArray<(node: Node) => undefined | void> | undefined): void {
  if (values) list.unshift(...values)
}

export default retextEnglishFast
