import {cleanWith} from '@mt-cleanup/core'
import retextEntities from '@mt-cleanup/retext-entities'
import {describe, expect, it} from 'vitest'

describe('name-particle', () => {
  it('restores a particle the article uses as part of the name', () => {
    const input = 'Sanne of Boer, leader of the alliance, greets supporters. “We will govern,” of Boer, 47, told them. With 76 seats needed, of Boer will need partners.'
    expect(cleanWith(retextEntities, input).output).toBe(
      'Sanne de Boer, leader of the alliance, greets supporters. “We will govern,” de Boer, 47, told them. With 76 seats needed, de Boer will need partners.'
    )
  })

  it.each([
    'Joan of Arc led the French army. Historians still study Joan of Arc and her trial.',
    'The Duke of York visited Leeds. The Bank of England held rates.',
    'Catherine of Aragon was queen. Catherine of Aragon died in 1536.',
    // An apposition and a noun phrase after a comma are English, not a surname acting alone.
    'Earlier this month, Kathy Blackwell, of Massachusetts, wrote me. Her neighbor, of Massachusetts too, agreed.',
    'I saw the courage, I felt the inspiration, of American youth. The courage of American youth endures.'
  ])('keeps %j', (input) => {
    expect(cleanWith(retextEntities, input).output).toBe(input)
  })
})
