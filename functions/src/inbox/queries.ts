/**
 * The inbox page in two SQL statements served by the `(recipient, read, sentAt)` index: the counts read the index
 * alone, and the page is the unread slice then the read slice, each walked newest first down the index (one
 * ORDER BY over both would sort all the member's rows: the index cannot hold `read` ascending and `sentAt`
 * descending at once on every engine). Only the member's own rows: `recipient` is the signed-in member.
 */
import type { ID } from '@sotay/content-schemas'
import { countOf, isoDate, type SqlRow, type SqlRunner } from '../db/sql.ts'
import { EXCERPT, excerpt, priorityLabel } from './present.ts'
import type { InboxAttachment, InboxItem, InboxPage } from './schemas.ts'

const COUNTS = `SELECT
  (SELECT COUNT(*) FROM "inbox" WHERE "recipient_id" = ?) AS "total",
  (SELECT COUNT(*) FROM "inbox" WHERE "recipient_id" = ? AND "read" = false) AS "unread"`

/** One slice (`read` = false or true) of the member's rows, newest first straight down the index. */
const slice = (
  read: boolean,
) => `SELECT "id", "notice_id" AS "notice", "sent_at" AS "sentAt", "read", "read_at" AS "readAt"
  FROM "inbox" WHERE "recipient_id" = ? AND "read" = ${read} ORDER BY "sent_at" DESC LIMIT ? OFFSET ?`

/**
 * The page in one statement: the unread slice then the read slice (each cut to what the page takes of it), with
 * each row's notice, sender and attachments; the excerpt is cut in SQL so a long body never leaves the database.
 * The final ORDER BY sorts only the page's rows.
 */
const PAGE = `SELECT p."id", p."notice", p."sentAt", p."read", p."readAt", n."title",
    SUBSTR(n."body", 1, ?) AS "body", n."priority", o."name" AS "from",
    m."filename", m."mime_type" AS "mimeType", m."filesize"
  FROM (SELECT * FROM (${slice(false)}) AS u UNION ALL SELECT * FROM (${slice(true)}) AS r) AS p
  JOIN "notices" n ON n."id" = p."notice"
  LEFT JOIN "orgs" o ON o."id" = n."org_id"
  LEFT JOIN "notices_rels" a ON a."parent_id" = n."id" AND a."path" = 'attachments'
  LEFT JOIN "media" m ON m."id" = a."media_id"
  ORDER BY p."read", p."sentAt" DESC, p."id", a."order"`

/** The statements of a page, for the test that reads their plans on each engine. */
export const PAGE_STATEMENTS = {
  counts: COUNTS,
  unread: slice(false),
  read: slice(true),
  page: PAGE,
} as const

export interface PageArgs {
  page: number
  limit: number
}

/** Where Payload serves a stored file: `{serverURL}{routes.api}/media/file/{filename}`, as its own `url` field. */
export type FileUrl = (filename: string) => string

function attachmentOf(row: SqlRow, fileUrl: FileUrl): InboxAttachment[] {
  if (!row.filename) return []
  return [
    {
      url: fileUrl(String(row.filename)),
      filename: String(row.filename),
      mimeType: (row.mimeType as string | null) ?? null,
      filesize: row.filesize === null || row.filesize === undefined ? null : Number(row.filesize),
    },
  ]
}

function itemOf(row: SqlRow, fileUrl: FileUrl): InboxItem {
  const priority = String(row.priority ?? 'normal')
  return {
    id: String(row.id),
    title: String(row.title ?? ''),
    priority,
    priorityLabel: priorityLabel(priority),
    sentAt: isoDate(row.sentAt),
    read: Boolean(row.read),
    readAt: isoDate(row.readAt),
    from: (row.from as string | null) ?? null,
    body: excerpt(String(row.body ?? '')),
    attachments: attachmentOf(row, fileUrl),
  }
}

export async function inboxPage(
  sql: SqlRunner,
  recipient: ID,
  { page, limit }: PageArgs,
  fileUrl: FileUrl,
): Promise<InboxPage> {
  const offset = (page - 1) * limit
  const [counts] = await sql(COUNTS, [recipient, recipient])
  const total = countOf(counts?.total)
  const unread = countOf(counts?.unread)
  const unreadTaken = Math.max(0, Math.min(limit, unread - offset))
  const items: InboxItem[] = []
  if (offset < total) {
    // One more character than the excerpt keeps, so `excerpt` knows whether to cut.
    const rows = await sql(PAGE, [
      EXCERPT + 1,
      recipient,
      unreadTaken,
      Math.min(offset, unread),
      recipient,
      limit - unreadTaken,
      Math.max(0, offset - unread),
    ])
    // A notice with several attachments comes as one row per attachment, one after the other.
    for (const row of rows) {
      const last = items[items.length - 1]
      if (last?.id === String(row.id)) last.attachments.push(...attachmentOf(row, fileUrl))
      else items.push(itemOf(row, fileUrl))
    }
  }
  return {
    items,
    page,
    totalPages: total ? Math.ceil(total / limit) : 1,
    total,
    unread,
  }
}
