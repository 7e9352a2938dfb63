import {documentFact, englishLexicon, reportArtifact, sentenceViews, type EnglishLexicon, type SentenceView, type Token} from '@mt-cleanup/core'
import type {Root} from 'nlcst'
import type {VFile} from 'vfile'

/**
 * Surname particles translated as English words: "Sanne of Boer" for Sanne de Boer.
 * Fixed only when the article itself shows the particle belongs to the name: it uses
 * "of Boer" on its own as a subject ("“…,” of Boer, 47, told", "…, of Boer will"),
 * which an English "of" never is. Royal and place names ("Joan of Arc", "the Duke of
 * York") are never used that way.
 */
export function nameParticles(tree: Root, file: VFile, source: string, url: string): void {
  const lexicon = englishLexicon()
  const views = sentenceViews(tree, file)
  const isName = (token: Token | undefined) => token?.kind === 'word' && /^\p{Lu}\p{Ll}+$/u.test(token.value)
  // Surnames the article uses with a bare "of" where a name stands alone.
  const standalone = documentFact(file, 'retext-entities:particles', () => standaloneSurnames(views, isName, lexicon))
  if (standalone.size === 0) return
  for (const {significant} of views) {
    significant.forEach((token, index) => {
      if (token.value !== 'of' && token.value !== 'Of') return
      const surname = significant[index + 1]
      if (!surname || !standalone.has(surname.value)) return
      const previous = significant[index - 1]
      const alone = !previous || (previous.kind === 'punctuation' && /^[,”"’;:]$/.test(previous.value))
      // "Sanne of Boer": a given name that is not an English word.
      const afterGivenName = isName(previous) && !lexicon.isCommonWord(previous!.value)
      if (!alone && !afterGivenName) return
      const startsSentence = !previous || (index === 1 && previous.kind === 'punctuation')
      reportArtifact(file, {
        reason: `\`${token.value} ${surname.value}\` is a surname particle translated as a word; use \`de ${surname.value}\``,
        place: {start: token.start, end: token.end},
        ruleId: 'name-particle',
        source,
        category: 'entity',
        confidence: 0.75,
        expected: [startsSentence || token.value === 'Of' ? 'De' : 'de'],
        note: 'Dutch, French, Spanish and Portuguese surnames carry particles (de, van, da) that translation turns into “of”; the article uses this one as part of the name.',
        url: `${url}#name-particle`
      })
    })
  }
}

function standaloneSurnames(views: readonly SentenceView[], isName: (token: Token | undefined) => boolean, lexicon: EnglishLexicon): Set<string> {
  const standalone = new Set<string>()
  for (const {significant} of views) {
    significant.forEach((token, index) => {
      const surname = significant[index + 1]
      if (token.value !== 'of' && token.value !== 'Of') return
      if (!isName(surname) || lexicon.isCommonWord(surname!.value)) return
      const previous = significant[index - 1]
      const next = significant[index + 2]
      const alone = !previous || (previous.kind === 'punctuation' && /^[,”"’;:]$/.test(previous.value))
      // Acting as a subject: an age after it (“of Boer, 47,”) or a verb (“of Boer will”). An
      // apposition (“Kathy Blackwell, of Massachusetts, wrote”) or a noun phrase (“the
      // inspiration, of American youth”) is English.
      const age = next?.value === ',' && /^\d{1,3}$/.test(significant[index + 3]?.value ?? '')
      const verb = next?.kind === 'word' && (subjectVerbs.has(next.value) || /^[a-z]+ed$/.test(next.value))
      if (alone && (age || verb)) standalone.add(surname!.value)
    })
  }
  return standalone
}

// Verbs that follow a subject in news copy: what a bare “of Boer” is followed by when it is a name.
const subjectVerbs = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'will', 'would', 'has', 'had', 'is', 'was', 'can', 'could', 'must', 'should',
  'wrote', 'writes', 'argued', 'argues', 'warned', 'warns', 'insisted', 'insists', 'explained', 'explains', 'promised', 'promises',
  'noted', 'notes', 'stressed', 'stresses', 'admitted', 'admits', 'replied', 'replies', 'declared', 'declares', 'faces', 'faced',
  'won', 'wins', 'lost', 'loses', 'needs', 'needed', 'wants', 'wanted', 'leads', 'led', 'called', 'calls', 'announced', 'announces'
])
