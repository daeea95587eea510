/**
 * Draws a PDF's pages as WebP images sized for phones: pdf.js (through unpdf) paints each page on a Skia
 * canvas (@napi-rs/canvas), sharp encodes it. Pages come one at a time so a long PDF never sits in memory
 * whole, and a page that fails to draw is reported and skipped, not fatal.
 */
import { hideArrayPrototypePollution } from '@sotay/content-schemas'
import sharp from 'sharp'

/** At most this many pages become images; the rest stay in the PDF download. */
export const MAX_PAGE_IMAGES = 60
/** Wide enough for a 360 px phone at 2.5× and for zooming in on small print; a text page is ~30–60 KB. */
export const PAGE_WIDTH = 1000
const WEBP_QUALITY = 68
/** Above this a page is likely a scan or a photo, where lossy WebP wins; text pages are smaller lossless. */
const LOSSLESS_ENOUGH = 120 * 1024

export type RenderedPage =
  | { page: number; total: number; webp: Buffer; width: number; height: number }
  | { page: number; total: number; error: Error }

export async function* renderPdfPages(
  bytes: Uint8Array,
  { maxPages = MAX_PAGE_IMAGES, width = PAGE_WIDTH } = {},
): AsyncGenerator<RenderedPage> {
  hideArrayPrototypePollution()
  const { getDocumentProxy, renderPageAsImage } = await import('unpdf')
  // pdf.js takes ownership of (and detaches) the buffer it is given, so it gets a copy.
  const pdf = await getDocumentProxy(new Uint8Array(bytes))
  try {
    const total = pdf.numPages
    for (let page = 1; page <= Math.min(total, maxPages); page++) {
      try {
        const png = await renderPageAsImage(pdf, page, {
          canvasImport: () => import('@napi-rs/canvas'),
          width,
        })
        const { data, info } = await encode(Buffer.from(png))
        yield { page, total, webp: data, width: info.width, height: info.height }
      } catch (error) {
        yield { page, total, error: error instanceof Error ? error : new Error(String(error)) }
      }
    }
  } finally {
    await pdf.loadingTask.destroy()
  }
}

/**
 * Sharp anti-aliased text compresses better losslessly (a dense A4 page: 100 KB lossless, 219 KB lossy at
 * quality 68, in the same time); a scanned or illustrated page is smaller lossy. The smaller one is kept.
 */
async function encode(png: Buffer) {
  // Flattened on white: a PDF page without a background is transparent, and dark mode would show black.
  const flat = sharp(png).flatten({ background: '#ffffff' })
  const lossless = await flat
    .clone()
    .webp({ lossless: true, effort: 4 })
    .toBuffer({ resolveWithObject: true })
  if (lossless.data.length <= LOSSLESS_ENOUGH) return lossless
  const lossy = await flat.webp({ quality: WEBP_QUALITY, effort: 4 }).toBuffer({ resolveWithObject: true })
  return lossy.data.length < lossless.data.length ? lossy : lossless
}
