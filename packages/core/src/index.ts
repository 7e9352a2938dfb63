import './augment.js'

export {categories, isCategory, type Category} from './categories.js'
export {assertMessage, messageOffsets, reportArtifact, type ArtifactPlace, type ArtifactReport} from './report.js'
export {capitalize, honorifics, indefiniteArticle, isAllCaps, isCalendarWord, isCapitalized, isTitleCase, matchCase, startsLowerCase} from './case.js'
export {hasAmericanDateline, hasAmericanSpelling} from './style.js'
export {closingQuotes, datelineEnd, documentFact, inScope, normalizeWord, paragraphStretches, paragraphs, scopedMatches, sentenceViews, sentences, stretchesNear, tokens, wordFact, wordNumber, wordOfNumber, words, type DocumentFacts, type SentenceView, type Stretch, type Token} from './nlcst.js'
export {blockWildcard, createBlockMatcher, createPhraseMatcher, phraseBlock, phraseTokens, type PhraseBlock, type PhraseEntry, type PhraseMatch, type PhraseMatcher} from './phrase.js'
export {buildLexicon, englishLexicon, expandDictionary, type EnglishLexicon} from './lexicon.js'
export {
  applyEdits,
  applyToRegions,
  createCleaner,
  defaultMaxPasses,
  defaultMinConfidence,
  resolve,
  scopeAround,
  sentenceAround,
  sentenceLocator,
  toInput,
  type Change,
  type CleanResult,
  type Cleaner,
  type CleanerOptions,
  type Flag,
  type InputSpan,
  type Region,
  type RuleFilter,
  type SkippedFix
} from './fix.js'
export {cleanWith, exampleCases, messagesOf} from './testing.js'
export {examplesSchema, loadData, strictChecks, validate, type Examples, type Schema} from './data.js'
export {documentProfile, fullNames, type DocumentProfile} from './profile.js'
export {
  createLexiconPlugin,
  compileLexicon,
  gerundOf,
  isCardinal,
  presentTenseBase,
  compiledLexiconUrl,
  lexiconSchema,
  lexiconTable,
  loadLexicon,
  pivots,
  type LexiconConditions,
  type LexiconEntry,
  type LexiconPluginOptions,
  type Pivot
} from './lexicon-plugin.js'
