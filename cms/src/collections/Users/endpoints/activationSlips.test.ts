import jsQR from 'jsqr'
import sharp from 'sharp'
import { describe, expect, it } from 'vitest'
import { activationSlipsHtml } from './activationSlips.ts'

/** Decodes the first QR code of a slip page the way a phone camera would: rasterised, then read. */
async function scan(html: string): Promise<string | null> {
  const svg = html.match(/<svg[\s\S]*?<\/svg>/)?.[0]
  if (!svg) return null
  const { data, info } = await sharp(Buffer.from(svg), { density: 300 })
    .resize(400, 400)
    .flatten({ background: '#ffffff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
  return jsQR(new Uint8ClampedArray(data), info.width, info.height)?.data ?? null
}

const slip = {
  fullName: 'Nguyễn Văn Bình',
  cardNumber: '93.012345',
  cell: 'Chi bộ thôn Nà Làng',
  code: 'ABCD2345',
}

describe('the activation slip', () => {
  it('carries a QR code that opens the activation page with the card number filled in', async () => {
    const html = await activationSlipsHtml('Mã kích hoạt', [slip], 'https://sotay.example.vn')
    expect(await scan(html)).toBe('https://sotay.example.vn/thanh-vien/kich-hoat/?so-the=93.012345')
  })

  it('prints the site address for those who type it', async () => {
    const html = await activationSlipsHtml('Mã kích hoạt', [slip], 'https://sotay.example.vn')
    expect(html).toContain('https://sotay.example.vn/thanh-vien/kich-hoat/')
    expect(html).toContain('ABCD2345')
  })

  it('escapes a card number into the link, so a strange one still opens the right form', async () => {
    const html = await activationSlipsHtml(
      'Mã',
      [{ ...slip, cardNumber: 'A&B 7' }],
      'https://sotay.example.vn',
    )
    const link = await scan(html)
    expect(new URL(link ?? 'x:').searchParams.get('so-the')).toBe('A&B 7')
  })
})
