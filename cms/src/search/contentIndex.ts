/**
 * The member search (tra cứu) over news, documents (their PDF text too), study topics and FAQ, through the one
 * search interface. This process's index follows the collections' hooks; a process that does not see them
 * (the functions run on their own Payload) reads the database on its first query and then catches up by the
 * `updatedAt` watermark: only the rows changed since are read again, and a full rebuild happens only when a
 * collection's count of published rows no longer matches the index (a delete leaves no row to see).
 */
import { lexicalToPlainText } from '@sotay/content-schemas/speech/lexicalText'
import type { Payload, PayloadRequest } from 'payload'
import { createSearchIndex } from './createIndex.ts'
import type { SearchHit, SearchIndex } from './types.ts'
import { readerTags, visibilityTags } from './visibility.ts'

export const CONTENT_KINDS = ['news', 'documents', 'study-topics', 'faq'] as const
export type ContentKind = (typeof CONTENT_KINDS)[number]

export const isContentKind = (value: unknown): value is ContentKind =>
  CONTENT_KINDS.includes(value as ContentKind)

export interface ContentHit extends SearchHit {
  kind: ContentKind
  /** The row's id in its collection. */
  docId: string
}

type Row = Record<string, unknown> & { id: number | string; updatedAt?: string; _status?: string | null }

const text = (value: unknown) => (typeof value === 'string' ? value : '')

/** What is searched in each kind: the title first (engines weigh it as the document's opening). */
export function contentTexts(kind: ContentKind, doc: Row): string[] {
  switch (kind) {
    case 'documents':
      return [
        text(doc.numberSymbol),
        text(doc.title),
        text(doc.issuingBody),
        text(doc.summary),
        text(doc.extractedText),
      ]
    case 'faq': {
      const alternatives = Array.isArray(doc.alternatives) ? doc.alternatives.map((a) => text(a?.text)) : []
      return [text(doc.question), ...alternatives, text(doc.answer)]
    }
    default:
      return [text(doc.title), text(doc.summary), lexicalToPlainText(doc.content)]
  }
}

const key = (kind: ContentKind, id: number | string) => `${kind}:${id}`

export class ContentIndex {
  /** Newest `updatedAt` read per kind, and which row ids are indexed (to count against the database). */
  private watermark = new Map<ContentKind, string>()
  private indexed = new Map<ContentKind, Set<string>>(CONTENT_KINDS.map((k) => [k, new Set()]))
  private built: Promise<void> | undefined
  private checkedAt = 0

  constructor(
    readonly index: SearchIndex,
    /** True when the engine is shared between processes (Meilisearch): hooks then write even before a build. */
    readonly shared = false,
  ) {}

  /** Whether a hook's change is worth applying here: an embedded index nobody has built yet is built whole later. */
  get live(): boolean {
    return this.shared || this.built !== undefined
  }

  /** Indexes the published rows and drops the others (a draft or unpublished row is not searchable). */
  async apply(kind: ContentKind, rows: Row[]): Promise<void> {
    const published = rows.filter((r) => r._status === 'published')
    const gone = rows.filter((r) => r._status !== 'published').map((r) => String(r.id))
    await this.index.upsert(
      published.map((r) => ({
        id: key(kind, r.id),
        texts: contentTexts(kind, r).filter(Boolean),
        tags: { visibleTo: visibilityTags(r as { audience?: string; org?: never }), kind: [kind] },
      })),
    )
    await this.forget(kind, gone)
    for (const r of published) this.indexed.get(kind)!.add(String(r.id))
    for (const r of rows) {
      const at = text(r.updatedAt)
      if (at > (this.watermark.get(kind) ?? '')) this.watermark.set(kind, at)
    }
  }

  async forget(kind: ContentKind, ids: string[]): Promise<void> {
    if (!ids.length) return
    await this.index.remove(ids.map((id) => key(kind, id)))
    for (const id of ids) this.indexed.get(kind)!.delete(id)
  }

  /** Everything from the database (the first query in a process, or after deletes elsewhere). */
  async rebuild(payload: Payload): Promise<void> {
    await this.index.clear()
    this.watermark.clear()
    for (const kind of CONTENT_KINDS) {
      this.indexed.get(kind)!.clear()
      const { docs } = await payload.find({
        collection: kind,
        where: { _status: { equals: 'published' } },
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
      })
      await this.apply(kind, docs as unknown as Row[])
    }
    this.checkedAt = Date.now()
  }

  /** Rows changed since the watermark are read again; a count that differs means a delete: rebuild. */
  async catchUp(payload: Payload): Promise<void> {
    for (const kind of CONTENT_KINDS) {
      const since = this.watermark.get(kind)
      const { docs } = await payload.find({
        collection: kind,
        // Equal too: two saves in the same millisecond must not leave the second unread.
        where: since ? { updatedAt: { greater_than_equal: since } } : {},
        depth: 0,
        limit: 0,
        pagination: false,
        overrideAccess: true,
      })
      await this.apply(kind, docs as unknown as Row[])
      const { totalDocs } = await payload.count({
        collection: kind,
        where: { _status: { equals: 'published' } },
        overrideAccess: true,
      })
      if (totalDocs !== this.indexed.get(kind)!.size) return this.rebuild(payload)
    }
    this.checkedAt = Date.now()
  }

  /** Built once, then caught up at most every `everyMs` (a few cheap queries). */
  async fresh(payload: Payload, everyMs = 3_000): Promise<this> {
    this.built ??= this.rebuild(payload).catch((error) => {
      this.built = undefined
      throw error
    })
    await this.built
    if (Date.now() - this.checkedAt >= everyMs) {
      this.checkedAt = Date.now()
      await this.catchUp(payload)
    }
    return this
  }

  /** What the reader may read (their visibility tags), of the given kinds, best first. */
  async search(
    query: string,
    options: { reader?: unknown; kinds?: readonly ContentKind[]; limit?: number } = {},
  ): Promise<ContentHit[]> {
    const hits = await this.index.search(query, {
      limit: options.limit ?? 20,
      filter: { visibleTo: readerTags(options.reader), kind: [...(options.kinds ?? CONTENT_KINDS)] },
    })
    return hits.map((hit) => {
      const at = hit.id.indexOf(':')
      return { ...hit, kind: hit.id.slice(0, at) as ContentKind, docId: hit.id.slice(at + 1) }
    })
  }
}

const shared = globalThis as { __sotayContentIndex?: ContentIndex }

/** The process-wide member content index (one per process, whatever module copies the bundler made). */
export function contentIndex(): ContentIndex {
  shared.__sotayContentIndex ??= new ContentIndex(
    createSearchIndex('content'),
    Boolean(process.env.MEILI_URL),
  )
  return shared.__sotayContentIndex
}

/** The index, built from the database on first use and caught up with writes made by other processes. */
export const freshContentIndex = (payload: Payload, everyMs?: number) =>
  contentIndex().fresh(payload, everyMs)

/** From a collection hook: the row's stored (published) state, or its removal (the seed's writes cost nothing here). */
export async function syncContent(
  req: PayloadRequest,
  kind: ContentKind,
  id: number | string,
): Promise<void> {
  if (!contentIndex().live) return
  const { docs } = await req.payload.find({
    collection: kind,
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    req,
  })
  const row = docs.at(0) as unknown as Row | undefined
  if (row) await contentIndex().apply(kind, [row])
  else await contentIndex().forget(kind, [String(id)])
}
