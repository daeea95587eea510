import { describe, expect, it } from 'vitest'
import { lexicalToHtml, lexicalToText } from './richText.ts'

const text = (value: string, format = 0) => ({ type: 'text', text: value, format })
const root = (...children: object[]) => ({ root: { type: 'root', children } })

describe('rich text to HTML', () => {
  it('renders paragraphs, headings, lists, quotes and bold/italic Vietnamese text', () => {
    const html = lexicalToHtml(
      root(
        { type: 'heading', tag: 'h1', children: [text('Mục tiêu')] },
        {
          type: 'paragraph',
          children: [text('Đảng viên '), text('gương mẫu', 1), text(' và ', 0), text('tận tụy', 2)],
        },
        { type: 'list', listType: 'number', children: [{ type: 'listitem', children: [text('Một')] }] },
        { type: 'quote', children: [text('Trích dẫn')] },
      ),
    )
    expect(html).toBe(
      '<h2>Mục tiêu</h2>\n<p>Đảng viên <strong>gương mẫu</strong> và <em>tận tụy</em></p>\n<ol><li>Một</li></ol>\n<blockquote>Trích dẫn</blockquote>',
    )
  })

  it('escapes markup in text and drops unsafe links', () => {
    const html = lexicalToHtml(
      root({
        type: 'paragraph',
        children: [
          text('<script>alert("x")</script>'),
          { type: 'link', fields: { url: 'javascript:alert(1)' }, children: [text('bấm')] },
          { type: 'link', fields: { url: 'https://example.org/a?b="c"' }, children: [text('nguồn')] },
        ],
      }),
    )
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('javascript:')
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;bấm')
    expect(html).toContain(
      '<a href="https://example.org/a?b=&quot;c&quot;" rel="noopener noreferrer">nguồn</a>',
    )
  })

  it('gives plain text for the listen button and nothing for a value that is not rich text', () => {
    expect(lexicalToText(root({ type: 'paragraph', children: [text('Xin chào')] }))).toBe('Xin chào')
    expect(lexicalToHtml(null)).toBe('')
    expect(lexicalToHtml({ root: { children: 'x' } })).toBe('')
  })
})
