import retextProfile from '@mt-cleanup/retext-profile'
import retextEnglish from 'retext-english'
import {unified} from 'unified'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'

describe('retext-profile', () => {
  it('stores names and topics on file.data', () => {
    const file = new VFile(
      'President Trump spoke with Xi Jinping. He said tariffs on imports would stay. Beijing retaliated with tariffs on exports, and the trade war grew. Both Trump and Xi Jinping may meet.'
    )
    const processor = unified().use(retextEnglish).use(retextProfile)
    processor.runSync(processor.parse(file), file)
    const profile = file.data.mtCleanupProfile
    expect(profile?.names.get('Trump')).toBe(2)
    expect(profile?.names.get('Xi Jinping')).toBe(2)
    expect(profile?.topics[0]?.topic).toBe('trade')
  })

  it('counts the topic phrases a text has as words in a row, once each', () => {
    const topicsOf = (value: string) => {
      const file = new VFile(value)
      const processor = unified().use(retextEnglish).use(retextProfile)
      processor.runSync(processor.parse(file), file)
      return file.data.mtCleanupProfile?.topics
    }
    // “champions league” and “penalty kick”, with “league” and “coach”: four.
    expect(topicsOf('The Champions League tie turned on a penalty kick. The coach was pleased.')).toEqual([{topic: 'sport', score: 4}])
    // Inside other words or across a sentence they do not count.
    expect(topicsOf('The coach read the Championsleague. A penalty. Kick-off was late.')).toEqual([])
  })

  it('finds no topic in a text too short to tell', () => {
    const file = new VFile('The talks resumed.')
    const processor = unified().use(retextEnglish).use(retextProfile)
    processor.runSync(processor.parse(file), file)
    expect(file.data.mtCleanupProfile?.topics).toEqual([])
  })
})
