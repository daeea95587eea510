/**
 * The inbox page in one SQL statement served by the `(recipient, read, sentAt)` index: the counts read the index
 * alone, and the page is the unread slice then the read slice, each walked newest first down the index (one
 * ORDER BY over both would sort all the member's rows: the index cannot hold `read` ascending and `sentAt`
 * descending at once on every engine). The counts and the page come together, so PostgreSQL answers in one round
 * trip. Only the member's own rows: `recipient` is the signed-in member.
 */
import { num } from '@sotay/cms/reports'
import type { ID } from '@sotay/content-schemas'
import { isoDate, type SqlRow, type SqlRunner } from '../db/sql.ts'
import { EXCERPT, excerpt, priorityLabel } from './present.ts'
import type { InboxAttachment, InboxItem, InboxPage } from './schemas.ts'

/* Numbered parameters, each used several times: ?1 the member, ?2 the page's offset, ?3 its length, ?4 the excerpt's length. */
const COUNTS = `SELECT
  (SELECT COUNT(*) FROM "inbox" WHERE "recipient_id" = ?1) AS "total",
  (SELECT COUNT(*) FROM "inbox" WHERE "recipient_id" = ?1 AND "read" = false) AS "unread"`

/** One slice (`read` = false or true) of the member's rows, newest first straight down the index. */
const slice = (read: boolean, limit: string, offset: string) =>
  `SELECT "id", "notice_id" AS "notice", "sent_at" AS "sentAt", "read", "read_at" AS "readAt"
  FROM "inbox" WHERE "recipient_id" = ?1 AND "read" = ${read} ORDER BY "sent_at" DESC LIMIT ${limit} OFFSET ${offset}`

/**
 * The unread rows from the offset, then as many read rows as the page has room for: the length less the unread
 * rows at or past the offset, from the offset less the unread rows.
 */
const UNREAD = slice(false, '?3', '?2')
const READ = slice(
  true,
  `(SELECT CASE WHEN "unread" - ?2 >= ?3 THEN 0 WHEN "unread" > ?2 THEN ?3 - ("unread" - ?2) ELSE ?3 END FROM "c")`,
  `(SELECT CASE WHEN "unread" < ?2 THEN ?2 - "unread" ELSE 0 END FROM "c")`,
)

/**
 * The counts, and the page's rows each with its notice, sender and attachments; the excerpt is cut in SQL so a long
 * body never leaves the database. A page past the end is one row of counts alone. The final ORDER BY sorts only
 * the page's rows.
 */
const PAGE = `WITH "c" AS MATERIALIZED (${COUNTS})
SELECT c."total", c."unread", p."id", p."notice", p."sentAt", p."read", p."readAt", p."title", p."body",
    p."priority", o."name" AS "from", m."filename", m."mime_type" AS "mimeType", m."filesize"
  FROM "c" LEFT JOIN (
    SELECT s.*, n."title", SUBSTR(n."body", 1, ?4) AS "body", n."priority", n."org_id" AS "org"
    FROM (SELECT * FROM (${UNREAD}) AS u UNION ALL SELECT * FROM (${READ}) AS r) AS s
    JOIN "notices" n ON n."id" = s."notice"
  ) AS p ON true
  LEFT JOIN "orgs" o ON o."id" = p."org"
  LEFT JOIN "notices_rels" a ON a."parent_id" = p."notice" AND a."path" = 'attachments'
  LEFT JOIN "media" m ON m."id" = a."media_id"
  ORDER BY p."read", p."sentAt" DESC, p."id", a."order"`

/** The statements of a page, for the test that reads their plans on each engine. */
export const PAGE_STATEMENTS = {
  counts: COUNTS,
  unread: UNREAD,
  read: `WITH "c" AS MATERIALIZED (${COUNTS}) ${READ}`,
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
  // One more character than the excerpt keeps, so `excerpt` knows whether to cut.
  const rows = await sql(PAGE, [recipient, (page - 1) * limit, limit, EXCERPT + 1])
  const total = num(rows[0]?.total)
  const items: InboxItem[] = []
  // A notice with several attachments comes as one row per attachment, one after the other.
  for (const row of rows) {
    if (row.id === null || row.id === undefined) continue
    const last = items[items.length - 1]
    if (last?.id === String(row.id)) last.attachments.push(...attachmentOf(row, fileUrl))
    else items.push(itemOf(row, fileUrl))
  }
  return {
    items,
    page,
    totalPages: total ? Math.ceil(total / limit) : 1,
    total,
    unread: num(rows[0]?.unread),
  }
}
