import { describe, expect, it } from 'vitest'
import { plainText, richText } from './richText.ts'

describe('richText', () => {
  it('wraps paragraphs and headings in a Lexical root and reads them back', () => {
    const value = richText(['## Mục tiêu', 'Mỗi đảng viên là một tấm gương.'])
    expect(value.root.type).toBe('root')
    expect(value.root.children.map((n) => n.type)).toEqual(['heading', 'paragraph'])
    expect(value.root.children[0]).toMatchObject({ tag: 'h2' })
    expect(plainText(value)).toEqual(['Mục tiêu', 'Mỗi đảng viên là một tấm gương.'])
  })
})
