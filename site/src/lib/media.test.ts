/** Pictures as the site links them: only public ones, one shape per srcset, the box known before loading. */
import { describe, expect, it } from 'vitest'
import { pageImagesOf, paragraphsOf } from '../loaders/cms.ts'
import { responsiveImage, srcsetOf } from './media.ts'

const file = (name: string, width: number, height: number) => ({
  url: `http://cms.internal:3001/api/media/file/${name}`,
  width,
  height,
  filename: name,
  mimeType: 'image/webp',
})

const cover = {
  ...file('anh.jpg', 2400, 1350),
  mimeType: 'image/jpeg',
  alt: 'Ảnh minh họa',
  audience: 'public',
  sizes: {
    thumbnail: file('anh-320x240.webp', 320, 240),
    card: file('anh-768x432.webp', 768, 432),
    wide: file('anh-1200x675.webp', 1200, 675),
  },
}

describe('responsive pictures', () => {
  it('an article cover offers card and wide from the site’s own origin, with the card’s box', () => {
    const image = responsiveImage(cover, { sizes: ['card', 'wide'] })!
    expect(image).toMatchObject({ url: '/api/media/file/anh-768x432.webp', width: 768, height: 432 })
    expect(srcsetOf(image)).toBe(
      '/api/media/file/anh-768x432.webp 768w, /api/media/file/anh-1200x675.webp 1200w',
    )
  })

  it('a cropped thumbnail is never mixed with uncropped sizes', () => {
    const image = responsiveImage(cover, { sizes: ['thumbnail', 'card'] })!
    expect(image.files.map((f) => f.width)).toEqual([320])
  })

  it('a picture that is not public is never linked', () => {
    expect(responsiveImage({ ...cover, audience: 'members' }, { sizes: ['card'] })).toBeUndefined()
    expect(responsiveImage(42, { sizes: ['card'] })).toBeUndefined()
  })

  it('page images keep their order and offer the phone size and the original', () => {
    const page = (n: number) => ({
      image: {
        ...file(`vb-trang-${n}.webp`, 1000, 1414),
        audience: 'public',
        sizes: { card: file(`vb-trang-${n}-768x1086.webp`, 768, 1086) },
      },
    })
    // Page 2 could not be drawn: page 3 keeps its number.
    const pages = pageImagesOf([
      { ...page(1), page: 1 },
      { ...page(3), page: 3 },
      { image: 7, page: 4 },
    ])
    expect(pages.map((p) => [p.page, p.url, p.width, p.height])).toEqual([
      [1, '/api/media/file/vb-trang-1.webp', 1000, 1414],
      [3, '/api/media/file/vb-trang-3.webp', 1000, 1414],
    ])
    expect(pages[0]!.files.map((f) => f.width)).toEqual([768, 1000])
  })
})

describe('the PDF text', () => {
  it('keeps paragraphs and folds the lines inside one', () => {
    expect(paragraphsOf('Đoạn một\ncòn tiếp.\n\nĐoạn hai.\n\n\n')).toEqual([
      'Đoạn một còn tiếp.',
      'Đoạn hai.',
    ])
  })
})
