import {cleanWith, messagesOf} from '@mt-cleanup/core'
import retextSpelling, {acceptedWords, corrections, isTypingSlip, oneEditAway} from '@mt-cleanup/retext-spelling'
import {describe, expect, it} from 'vitest'

describe('retext-spelling', () => {
  it.each([
    ['The goverment announced new measures.', 'The government announced new measures.'],
    ['Farmers protested against the restrictoins.', 'Farmers protested against the restrictions.']
  ])('fixes %j', (input, output) => {
    expect(cleanWith(retextSpelling, input).output).toBe(output)
  })

  it.each([
    'Kranich said the Kranich plant would close.',
    'The informateur will explore possible coalitions.',
    'Send an e-mail to press@example.com today.',
    'Thousands of dockworkers walked off the job.',
    'The NATO summit opened in Vilnius.',
    'He said “adieu” and left.',
    'The new urgent-care centres opened.',
    'The colour of the flag changed, and they travelled to the theatre to see the programme.',
    'The government will organise talks and analyse the defence budget.',
    'The uncrewed flight was livestreamed, and deepfakes spread online.',
    'A Green councillor said the jewellery shop would enrol apprentices and fulfil its orders.',
    'The tyre factory cashed the cheque, and ageing workers practise at home.',
    'The API became async, and the async version is faster.',
    'All nullish values default to zero.',
    // Rare real words one edit from a common one: not a typing slip.
    'Little would grow in that harsh caliche soil.',
    'For the first time since the communization of Eastern Europe, troops moved in.',
    // British -bre, doubled consonants and enquire (found in the Brown corpus, 1961, and British news).
    'The calibre of the sombre ochre walls focussed the worshippers, who enquired about the transferral.',
    'A dextrous theatregoer showed largesse to the guerilla.',
    // A final y turned into i before a suffix, and British -llity.
    'The scrutinies of the budget were long, and the tranquillity ended.',
    // A foreign phrase: its words are unknown side by side.
    'We have pledged a new alliance for progress, alianza para progreso.',
    // A pivot word left in the English: its Romance ending is no slip for an English word's last letter.
    'The empresa announced 500 layoffs.',
    'The provincia asked for help.',
    // A verb the dictionary lists only as its participle (“indebted”): its other forms are words too.
    'They are indebting the country again, and the plan indebts the provinces.',
    ...(acceptedWords.examples.keep ?? [])
  ])('keeps %j', (input) => {
    expect(cleanWith(retextSpelling, input).output).toBe(input)
  })

  it('takes a currency in its plural as a word (“5,000 reais”, “200 forints”)', () => {
    expect(messagesOf(retextSpelling, 'Workers who earn up to 5,000 reais a month pay less; the loan was 200 million forints and 3 million dirhams.')).toEqual([])
  })

  it('flags, without a fix, a word with several corrections', () => {
    const messages = messagesOf(retextSpelling, 'The workers went on stike.')
    expect(messages.some((message) => message.expected === undefined)).toBe(true)
  })

  it('still fixes a doubled letter that is no British ending', () => {
    expect(cleanWith(retextSpelling, 'They made a firm committment to the plan.').output).toBe('They made a firm commitment to the plan.')
  })

  it('tells a typing slip from a different word', () => {
    expect(isTypingSlip('goverment', 'government')).toBe(true)
    expect(isTypingSlip('restrictoins', 'restrictions')).toBe(true)
    expect(isTypingSlip('presidnet', 'president')).toBe(true)
    expect(isTypingSlip('caliche', 'cliche')).toBe(false)
    expect(isTypingSlip('communization', 'communication')).toBe(false)
  })

  it('generates candidates one edit away', () => {
    expect(oneEditAway('teh').has('the')).toBe(true)
    expect(corrections('government')).toBeUndefined()
  })

  it('accepts ignored words', () => {
    expect(cleanWith([retextSpelling, {ignore: ['goverment']}], 'The goverment spoke.').output).toBe('The goverment spoke.')
  })
})
