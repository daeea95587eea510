/** A CMS media file as the site links it: site-relative, and only when the file itself is public. */
import { PUBLIC_AUDIENCE } from './visibility.ts'

const str = (value: unknown): string => (typeof value === 'string' ? value : '')

export interface PublicMedia {
  url: string
  bytes?: number
  mimeType: string
  filename: string
  alt: string
  width?: number
  height?: number
}

const num = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined)

/** The CMS may answer with its internal origin; the site serves media from its own origin. */
function sitePath(url: string): string | undefined {
  if (url.startsWith('/') && !url.startsWith('//')) return url
  if (!URL.canParse(url)) return undefined
  const parsed = new URL(url)
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.pathname : undefined
}

/** Undefined for an unpopulated id, a non-public file or one without a URL. */
export function publicMedia(value: unknown): PublicMedia | undefined {
  if (!value || typeof value !== 'object') return undefined
  const media = value as Record<string, unknown>
  if (media.audience !== undefined && media.audience !== PUBLIC_AUDIENCE) return undefined
  const path = sitePath(str(media.url))
  if (!path) return undefined
  return {
    url: path,
    bytes: num(media.filesize),
    mimeType: str(media.mimeType),
    filename: str(media.filename),
    alt: str(media.alt),
    width: num(media.width),
    height: num(media.height),
  }
}
