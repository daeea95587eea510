/** The address a slip's QR code opens: the activation page with the card number filled in, and its QR as SVG. */
import QRCode from 'qrcode'

/** The query parameter the member app's activation form reads the card number from. */
export const CARD_PARAM = 'so-the'

export const ACTIVATION_PATH = '/thanh-vien/kich-hoat/'

/** The site's public address (SERVER_URL), else the origin the secretary printed from. */
export function siteOrigin(requestUrl: string | undefined): string {
  const configured = (process.env.SERVER_URL ?? '').replace(/\/$/, '')
  if (configured) return configured
  return requestUrl ? new URL(requestUrl).origin : ''
}

export function activationLink(origin: string, cardNumber: string): string {
  const url = new URL(ACTIVATION_PATH, origin)
  url.searchParams.set(CARD_PARAM, cardNumber)
  return url.href
}

/** Medium error correction: a slip folded into a wallet still scans. */
export const activationQrSvg = (link: string) =>
  QRCode.toString(link, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 })
