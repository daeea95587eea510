/** Long texts are cut into sentence-sized pieces for espeak-ng, losing nothing. */
import { describe, expect, it } from 'vitest'
import { sentenceChunks } from './chunks.ts'

describe('sentenceChunks', () => {
  it('keeps every word, cuts only after sentence ends, and respects the size', () => {
    const text = Array.from({ length: 200 }, (_, i) => `Câu số ${i} nói về chi bộ.`).join(' ')
    const chunks = sentenceChunks(text, 300)
    expect(chunks.length).toBeGreaterThan(5)
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(300)
      expect(chunk.endsWith('.')).toBe(true)
    }
    expect(chunks.join(' ').replace(/\s+/g, ' ')).toBe(text)
  })

  it('splits a giant sentence at spaces', () => {
    const chunks = sentenceChunks('đảng viên '.repeat(100), 50)
    expect(chunks.every((c) => c.length <= 50)).toBe(true)
    expect(chunks.join(' ').split(' ').filter(Boolean)).toHaveLength(200)
  })
})
