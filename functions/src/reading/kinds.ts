/** Each kind of reading as stored: its collection, newest-first order, and what a list reads of it. */
import type { ReadingKind } from './schemas.ts'

export interface KindSpec {
  /** Newest first; ties by creation. */
  sort: string[]
  /** Where its items open in the member app (the section's page, the item in the hash). */
  section: string
  /** Whether items are addressed by slug (the FAQ has none: by id). */
  slugged: boolean
  /** Fields a list reads (never the long text). */
  listFields: Record<string, true>
}

const common = {
  audience: true,
  org: true,
  audio: true,
  updatedAt: true,
  createdAt: true,
  _status: true,
} as const
const titled = { ...common, title: true, slug: true, summary: true } as const

export const KINDS: Record<ReadingKind, KindSpec> = {
  news: {
    sort: ['-publishedAt', '-createdAt'],
    section: 'tin-tuc',
    slugged: true,
    listFields: { ...titled, publishedAt: true, cover: true, category: true },
  },
  documents: {
    sort: ['-issuedDate', '-createdAt'],
    section: 'van-ban',
    slugged: true,
    listFields: { ...titled, numberSymbol: true, type: true, issuingBody: true, issuedDate: true },
  },
  'study-topics': {
    sort: ['-year', '-month', '-createdAt'],
    section: 'hoc-tap',
    slugged: true,
    listFields: { ...titled, month: true, year: true },
  },
  faq: {
    sort: ['-createdAt'],
    section: 'hoi-dap-thuong-gap',
    slugged: false,
    listFields: { ...common, question: true, answer: true, category: true },
  },
}

/** The member app's address of one item. */
export const itemLink = (kind: ReadingKind, ref: string) =>
  `/thanh-vien/${KINDS[kind].section}/#${encodeURIComponent(ref)}`
