/**
 * The inbox page in SQL, each statement served by the `(recipient, read, sentAt)` index: the two counts read the
 * index alone, and the page is the unread slice then the read slice, each walked newest first down the index
 * (one ORDER BY over both would sort the member's rows, since the index cannot hold `read` ascending and
 * `sentAt` descending at once on every engine). The member's own rows only: `recipient` is the signed-in member.
 */
import type { ID } from '@sotay/content-schemas'
import { countOf, isoDate, type SqlRow, type SqlRunner } from '../db/sql.ts'
import { EXCERPT, excerpt, priorityLabel } from './present.ts'
import type { InboxAttachment, InboxItem, InboxPage } from './schemas.ts'

const COUNTS = `SELECT
  (SELECT COUNT(*) FROM "inbox" WHERE "recipient_id" = ?) AS "total",
  (SELECT COUNT(*) FROM "inbox" WHERE "recipient_id" = ? AND "read" = false) AS "unread"`

/** One slice (`read` = false or true); the excerpt is cut in SQL so a long body never leaves the database. */
const slice = (read: boolean) => `SELECT i."id", i."notice_id" AS "notice", i."sent_at" AS "sentAt", i."read",
  i."read_at" AS "readAt", n."title", SUBSTR(n."body", 1, ?) AS "body", n."priority", o."name" AS "from"
  FROM "inbox" i JOIN "notices" n ON n."id" = i."notice_id" LEFT JOIN "orgs" o ON o."id" = n."org_id"
  WHERE i."recipient_id" = ? AND i."read" = ${read} ORDER BY i."sent_at" DESC LIMIT ? OFFSET ?`
const UNREAD = slice(false)
const READ = slice(true)

/** The statements of a page, for the test that reads their plans on each engine. */
export const PAGE_STATEMENTS = { counts: COUNTS, unread: UNREAD, read: READ } as const

const ATTACHMENTS = (
  count: number,
) => `SELECT r."parent_id" AS "notice", m."filename", m."mime_type" AS "mimeType",
  m."filesize" FROM "notices_rels" r JOIN "media" m ON m."id" = r."media_id"
  WHERE r."path" = 'attachments' AND r."parent_id" IN (${Array(count).fill('?').join(',')})
  ORDER BY r."parent_id", r."order"`

export interface PageArgs {
  page: number
  limit: number
}

/** Where Payload serves a stored file: `{serverURL}{routes.api}/media/file/{filename}`, as its own `url` field. */
export type FileUrl = (filename: string) => string

async function attachmentsOf(sql: SqlRunner, notices: unknown[], fileUrl: FileUrl) {
  const byNotice = new Map<string, InboxAttachment[]>()
  const ids = [...new Set(notices.map(String))]
  if (!ids.length) return byNotice
  for (const row of await sql(ATTACHMENTS(ids.length), ids)) {
    if (!row.filename) continue
    const list = byNotice.get(String(row.notice)) ?? []
    list.push({
      url: fileUrl(String(row.filename)),
      filename: String(row.filename),
      mimeType: (row.mimeType as string | null) ?? null,
      filesize: row.filesize === null || row.filesize === undefined ? null : Number(row.filesize),
    })
    byNotice.set(String(row.notice), list)
  }
  return byNotice
}

function itemOf(row: SqlRow, attachments: InboxAttachment[]): InboxItem {
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
    attachments,
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
  // One more character than the excerpt keeps, so `excerpt` knows whether to cut.
  const chars = EXCERPT + 1
  const rows = offset < unread ? await sql(UNREAD, [chars, recipient, limit, offset]) : ([] as SqlRow[])
  if (rows.length < limit && offset + rows.length < total) {
    const readOffset = Math.max(0, offset - unread)
    rows.push(...(await sql(READ, [chars, recipient, limit - rows.length, readOffset])))
  }
  const attachments = await attachmentsOf(
    sql,
    rows.map((row) => row.notice),
    fileUrl,
  )
  return {
    items: rows.map((row) => itemOf(row, attachments.get(String(row.notice)) ?? [])),
    page,
    totalPages: total ? Math.ceil(total / limit) : 1,
    total,
    unread,
  }
}
