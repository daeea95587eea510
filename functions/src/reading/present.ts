/** What the member app shows of a stored item: a list row, or the whole item with its files. */
import {
  asSessionUser,
  DOCUMENT_TYPES,
  idOf,
  memberScope,
  type Ref,
  sameId,
  viDate,
} from '@sotay/content-schemas'
import { lexicalToPlainText } from '@sotay/content-schemas/speech/lexicalText'
import { richTextHtml } from './html.ts'
import { itemLink } from './kinds.ts'
import type { Cover, MediaLink, ReadingItem, ReadingKind, ReadingSummary } from './schemas.ts'

export type StoredItem = Record<string, unknown> & { id: number | string }

interface MediaDoc {
  url?: string | null
  mimeType?: string | null
  filesize?: number | null
  filename?: string | null
  alt?: string | null
  sizes?: Record<string, { url?: string | null } | undefined> | null
}

const AUDIENCE_LABEL: Record<string, string> = {
  public: 'Công khai',
  members: 'Mọi đảng viên',
  org: 'Nội bộ chi bộ, đảng bộ',
}
const TYPE_LABEL = new Map<string, string>(DOCUMENT_TYPES.map((t) => [t.value, t.label.vi]))

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null)
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null)

/** A populated upload (access let the member read it) as a link; an id alone means it was not readable. */
export function mediaLink(value: unknown): MediaLink | null {
  const media = value as MediaDoc | null
  if (!media || typeof media !== 'object' || !str(media.url)) return null
  return {
    url: media.url!,
    mimeType: media.mimeType ?? null,
    filesize: media.filesize ?? null,
    filename: media.filename ?? null,
  }
}

function cover(value: unknown): Cover | null {
  const media = value as MediaDoc | null
  if (!media || typeof media !== 'object' || !str(media.url) || !media.mimeType?.startsWith('image/'))
    return null
  return {
    url: media.url!,
    thumbnail: str(media.sizes?.thumbnail?.url),
    card: str(media.sizes?.card?.url),
    alt: media.alt ?? '',
  }
}

const dateOf = (kind: ReadingKind, doc: StoredItem) =>
  kind === 'news'
    ? (str(doc.publishedAt) ?? str(doc.createdAt))
    : kind === 'documents'
      ? str(doc.issuedDate)
      : (str(doc.updatedAt) ?? str(doc.createdAt))

/** Internal content of the reader's own cell or a committee above it. */
export function isMine(doc: StoredItem, reader: unknown): boolean {
  if (doc.audience !== 'org') return false
  const owner = idOf(doc.org as Ref)
  return owner !== undefined && memberScope(asSessionUser(reader)).some((id) => sameId(id, owner))
}

export function presentSummary(kind: ReadingKind, doc: StoredItem, reader: unknown): ReadingSummary {
  const org = doc.org as { name?: string } | null
  const audience = String(doc.audience ?? 'members')
  const ref = kind === 'faq' ? String(doc.id) : (str(doc.slug) ?? String(doc.id))
  return {
    kind,
    id: doc.id,
    ref,
    link: itemLink(kind, ref),
    title: str(doc.title) ?? str(doc.question) ?? '',
    summary: str(doc.summary),
    date: dateOf(kind, doc),
    audience,
    audienceLabel: AUDIENCE_LABEL[audience] ?? audience,
    mine: isMine(doc, reader),
    orgName: org && typeof org === 'object' ? (str(org.name) ?? null) : null,
    numberSymbol: str(doc.numberSymbol),
    typeLabel: kind === 'documents' ? (TYPE_LABEL.get(String(doc.type)) ?? null) : null,
    month: num(doc.month),
    year: num(doc.year),
    cover: kind === 'news' ? cover(doc.cover) : null,
    hasAudio: mediaLink(doc.audio) !== null,
  }
}

/** The PDF's text as stored: paragraphs split at blank lines (single breaks are the PDF's own line ends). */
export function paragraphsOf(text: unknown): string[] {
  if (typeof text !== 'string') return []
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
}

function pageImages(value: unknown): string[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((row) => {
    const link = mediaLink((row as { image?: unknown } | null)?.image)
    return link ? [link.url] : []
  })
}

export function presentItem(kind: ReadingKind, doc: StoredItem, reader: unknown): ReadingItem {
  const summary = presentSummary(kind, doc, reader)
  const body = kind === 'news' || kind === 'study-topics' ? doc.content : null
  const paragraphs =
    kind === 'documents' ? paragraphsOf(doc.extractedText) : kind === 'faq' ? paragraphsOf(doc.answer) : []
  const listenText = [
    summary.title,
    summary.summary ?? '',
    body ? lexicalToPlainText(body) : paragraphs.join('\n'),
  ]
    .filter(Boolean)
    .join('\n')
  return {
    ...summary,
    html: body ? richTextHtml(body) || null : null,
    paragraphs,
    issuingBody: str(doc.issuingBody),
    issuedDate: kind === 'documents' && str(doc.issuedDate) ? viDate(String(doc.issuedDate)) : null,
    pdf: kind === 'documents' ? mediaLink(doc.pdf) : null,
    pageImages: kind === 'documents' ? pageImages(doc.pageImages) : [],
    audio: mediaLink(doc.audio),
    listenText,
    sourceName: str(doc.sourceName),
    sourceUrl: str(doc.sourceUrl),
    category: str(doc.category),
  }
}
