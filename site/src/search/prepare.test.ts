import { PAGEFIND_D_MARK } from '@sotay/content-schemas/text/pagefindForm'
import { describe, expect, it } from 'vitest'
import { prepareForIndex } from './prepare.ts'

const S = PAGEFIND_D_MARK
const page = (body: string, outside = '') =>
  `<!doctype html><html lang="vi"><head><title>Đảng</title></head><body>${outside}${body}</body></html>`

describe('prepareForIndex', () => {
  it('skips pages not marked for search', () => {
    expect(prepareForIndex(page('<main><h1>Đảng viên</h1></main>'), '/')).toBeNull()
  })

  it('rewrites đ in the body text only, never in links, attributes or the rest of the page', () => {
    const html = page(
      '<article data-pagefind-body><h1>Đảng viên</h1><a href="/đảng/" title="đảng">đọc</a></article>',
      '<nav>Đảng bộ</nav>',
    )
    const out = prepareForIndex(html, '/tin-tuc/a/')?.html ?? ''
    expect(out).toContain(`<h1>D${S}ảng viên</h1>`)
    expect(out).toContain(`<a href="/đảng/" title="đảng">d${S}ọc</a>`)
    expect(out).toContain('<nav>Đảng bộ</nav>')
    expect(out).toContain('<title>Đảng</title>')
  })

  it('adds kind from the URL and year and date from the shown <time>', () => {
    const html = page(
      '<article data-pagefind-body><h1>Tin</h1><time datetime="2025-12-31T18:00:00.000Z">01/01/2026</time></article>',
    )
    const prepared = prepareForIndex(html, '/tin-tuc/a/')
    expect(prepared?.kind).toBe('tin tức')
    expect(prepared?.year).toBe('2026')
    expect(prepared?.html).toContain('<span data-pagefind-filter="kind:tin tức"></span>')
    expect(prepared?.html).toContain('<span data-pagefind-filter="year:2026"></span>')
    expect(prepared?.html).toContain('<span data-pagefind-meta="date:01/01/2026"></span>')
  })

  it('keeps filter values the page gives as text, and its own filters over the derived ones', () => {
    const html = page(
      '<article data-pagefind-body data-pagefind-filter="year:2026"><h1>Học tập</h1>' +
        '<span data-pagefind-filter="chủ đề">đảng phí</span></article>',
    )
    const prepared = prepareForIndex(html, '/hoc-tap/chuyen-de-3/')
    expect(prepared?.kind).toBe('chuyên đề')
    expect(prepared?.year).toBeUndefined()
    expect(prepared?.html).toContain('<span data-pagefind-filter="chủ đề">đảng phí</span>')
    expect(prepared?.html).toContain('<span data-pagefind-filter="kind:chuyên đề"></span>')
  })

  it('rewrites every marked part of a page', () => {
    const html = page('<h1 data-pagefind-body>Hỏi đáp</h1><section data-pagefind-body>Đảng phí</section>')
    const out = prepareForIndex(html, '/hoi-dap/')?.html ?? ''
    expect(out).toContain(`Hỏi d${S}áp`)
    expect(out).toContain(`D${S}ảng phí`)
  })

  it('gives the lead: headings, marked summaries and filters, without the body text or what Pagefind ignores', () => {
    const html = page(
      '<article data-pagefind-body><h1>Đảng viên mới</h1><p class="meta" data-search-lead><time datetime="2025-03-14">14/03/2025</time></p>' +
        '<div class="actions" data-pagefind-ignore><h2>Nghe</h2></div>' +
        '<p data-search-lead><strong>Tóm tắt về lớp học</strong></p><p>Nội dung dài của bài viết.</p>' +
        '<section><h2 id="ket-qua">Kết quả</h2><p>Chi tiết.</p></section></article>',
    )
    const prepared = prepareForIndex(html, '/tin-tuc/a/')
    const lead = prepared?.lead ?? ''
    expect(lead).toContain(`<h1>D${S}ảng viên mới</h1>`)
    expect(lead).toContain('<strong>Tóm tắt về lớp học</strong>')
    expect(lead).toContain('<h2 id="ket-qua">Kết quả</h2>')
    expect(lead).toContain('<span data-pagefind-filter="year:2025"></span>')
    expect(lead).not.toContain('Nội dung dài')
    expect(lead).not.toContain('Chi tiết')
    expect(lead).not.toContain('Nghe')
    // The full text keeps everything.
    expect(prepared?.html).toContain('Nội dung dài của bài viết.')
    expect(prepared?.years).toEqual(['2025'])
  })

  it('keeps a body marked as lead whole, and gives no lead to a page without any', () => {
    const faq = page(
      '<div data-pagefind-body data-search-lead><h1>Đảng phí</h1><p>Mức thu hằng tháng.</p></div>',
    )
    expect(prepareForIndex(faq, '/hoi-dap/dang-phi/')?.lead).toContain('Mức thu hằng tháng.')
    const bare = page('<div data-pagefind-body><p>Chỉ có nội dung.</p></div>')
    expect(prepareForIndex(bare, '/tin-tuc/b/')?.lead).toBeNull()
  })

  it("lists the page's own year filter among its years", () => {
    const html = page(
      '<article data-pagefind-body><h1>Học tập</h1><p data-pagefind-filter="year:2024">Tháng 5</p></article>',
    )
    expect(prepareForIndex(html, '/hoc-tap/a/')?.years).toEqual(['2024'])
  })
})
