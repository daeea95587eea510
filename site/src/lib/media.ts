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

/** One file of a picture: the original or one of the sizes the CMS made with sharp. */
export interface ImageFile {
  url: string
  width: number
  height: number
}

/** A public picture with the files a browser chooses from (`srcset`), all of one shape, narrowest first. */
export interface ResponsiveImage extends ImageFile {
  alt: string
  files: ImageFile[]
}

function imageFile(value: unknown): ImageFile | undefined {
  if (!value || typeof value !== 'object') return undefined
  const file = value as Record<string, unknown>
  const url = sitePath(str(file.url))
  const width = num(file.width)
  const height = num(file.height)
  return url && width && height ? { url, width, height } : undefined
}

/**
 * A public image in the named sizes (the original when `original` is set or no size was made, e.g. a
 * picture narrower than them). `src`, width and height are those of the widest file up to `preferred`
 * pixels, so a browser without srcset still gets a sensible file and the box never shifts.
 */
export function responsiveImage(
  value: unknown,
  {
    sizes,
    original = false,
    preferred = 800,
  }: { sizes: readonly string[]; original?: boolean; preferred?: number },
): ResponsiveImage | undefined {
  const media = publicMedia(value)
  if (!media) return undefined
  const record = value as { sizes?: Record<string, unknown> }
  const made = sizes.map((name) => imageFile(record.sizes?.[name])).filter((f): f is ImageFile => !!f)
  const whole = imageFile(value)
  const files = [...made, ...(original || !made.length ? [whole].filter((f): f is ImageFile => !!f) : [])]
  if (!files.length) return undefined
  // A cropped size (the 4:3 thumbnail) cannot share a srcset with the uncropped ones.
  const ratio = files[0]!.height / files[0]!.width
  const sameShape = files.filter((f) => Math.abs(f.height / f.width - ratio) < 0.02)
  const byWidth = [...new Map(sameShape.map((f) => [f.width, f])).values()].sort((a, b) => a.width - b.width)
  const main = byWidth.filter((f) => f.width <= preferred).at(-1) ?? byWidth[0]!
  return { ...main, alt: media.alt, files: byWidth }
}

/** The `srcset` attribute of a picture (a space or comma in a URL would split a srcset entry). */
export const srcsetOf = (image: ResponsiveImage): string =>
  image.files.map((f) => `${f.url.replace(/ /g, '%20').replace(/,/g, '%2C')} ${f.width}w`).join(', ')
