import { lexicalToPlainText } from '@sotay/content-schemas/speech/lexicalText'
import { describe, expect, it } from 'vitest'
import { lexicalToHtml } from './richText.ts'

const text = (value: string, format = 0) => ({ type: 'text', text: value, format })
const root = (...children: object[]) => ({ root: { type: 'root', children } })
const paragraph = (...children: object[]) => ({ type: 'paragraph', children })

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
    // Payload's list item markup: empty class and style attributes, and the item's number.
    expect(html).toBe(
      '<h2>Mục tiêu</h2><p>Đảng viên <strong>gương mẫu</strong> và <em>tận tụy</em></p><ol class="list-number"><li\n          class=""\n          style=""\n          value="1"\n        >Một</li></ol><blockquote>Trích dẫn</blockquote>',
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

  it('keeps tags and attributes to known values whatever the stored node says', () => {
    const html = lexicalToHtml(
      root(
        { type: 'heading', tag: 'h2 onclick="x"', children: [text('Tiêu đề')] },
        { type: 'list', tag: 'ul onclick="x"', listType: 'x" onclick="y', children: [] },
        { type: 'paragraph', format: 'center" onclick="x', children: [text('Giữa')] },
        paragraph(
          { type: 'autolink', fields: { url: ' JaVaScRiPt:alert(1)' }, children: [text('tự động')] },
          { type: 'link', fields: { url: 'data:text/html,<b>x</b>' }, children: [text('dữ liệu')] },
          { type: 'link', fields: { url: '//evil.example/x' }, children: [text('nửa địa chỉ')] },
          { type: 'link', url: 'vbscript:x', children: [text(' cũ')] },
        ),
      ),
    )
    expect(html).not.toContain('onclick')
    expect(html).not.toMatch(/javascript:|vbscript:|data:|evil\.example/i)
    expect(html).toContain('<h2>Tiêu đề</h2>')
    expect(html).toContain('<ul class="list-bullet"></ul>')
    expect(html).toContain('tự độngdữ liệunửa địa chỉ cũ')
  })

  it('links our own public pages and keeps only the words of a link to anything else', () => {
    const news = { id: 7, slug: 'hoi-nghi', audience: 'public', _status: 'published' }
    const html = lexicalToHtml(
      root(
        paragraph(
          {
            type: 'link',
            fields: { linkType: 'internal', doc: { relationTo: 'news', value: news } },
            children: [text('hội nghị')],
          },
          {
            type: 'link',
            fields: {
              linkType: 'internal',
              doc: { relationTo: 'documents', value: { ...news, audience: 'members' } },
            },
            children: [text(' văn bản nội bộ')],
          },
          {
            type: 'link',
            fields: { linkType: 'internal', doc: { relationTo: 'news', value: 9 } },
            children: [text(' chưa tải')],
          },
          { type: 'link', fields: { url: '/van-ban/27-ct-tu/' }, children: [text(' chỉ thị')] },
        ),
      ),
    )
    expect(html).toBe(
      '<p><a href="/tin-tuc/hoi-nghi/">hội nghị</a> văn bản nội bộ chưa tải<a href="/van-ban/27-ct-tu/"> chỉ thị</a></p>',
    )
  })

  it('shows public images and files from the site origin, escaped, and nothing of private ones', () => {
    const image = {
      url: 'http://127.0.0.1:3001/api/media/file/anh.jpg',
      mimeType: 'image/jpeg',
      filename: 'anh.jpg',
      alt: 'Lễ "kết nạp" <đảng viên>',
      width: 800,
      height: 600,
      audience: 'public',
    }
    const html = lexicalToHtml(
      root(
        { type: 'upload', relationTo: 'media', value: image },
        { type: 'upload', relationTo: 'media', value: { ...image, audience: 'members' } },
        { type: 'upload', relationTo: 'media', value: 12 },
        {
          type: 'upload',
          relationTo: 'media',
          value: {
            ...image,
            url: '/api/media/file/qd.pdf',
            mimeType: 'application/pdf',
            filename: 'qd<1>.pdf',
          },
        },
        { type: 'upload', relationTo: 'media', value: { ...image, url: 'javascript:alert(1)' } },
        { type: 'relationship', relationTo: 'news', value: 3 },
      ),
    )
    expect(html).toBe(
      '<img src="/api/media/file/anh.jpg" alt="Lễ &quot;kết nạp&quot; &lt;đảng viên&gt;" width="800" height="600" loading="lazy" decoding="async">' +
        '<a href="/api/media/file/qd.pdf">qd&lt;1&gt;.pdf</a>',
    )
  })

  it('gives plain text for the listen button and nothing for a value that is not rich text', () => {
    expect(lexicalToPlainText(root({ type: 'paragraph', children: [text('Xin chào')] }))).toBe('Xin chào')
    expect(lexicalToHtml(null)).toBe('')
    expect(lexicalToHtml({ root: { children: 'x' } })).toBe('')
  })
})
