/** What the member app shows of an inbox row: the notice's title, priority, date, attachments and read state. */
import { type ID, idOf, NOTICE_PRIORITIES, type Ref } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import type { InboxItem } from './schemas.ts'

export interface InboxRowDoc {
  id: string
  notice: Ref
  sentAt?: string | null
  read?: boolean | null
  readAt?: string | null
}

const PRIORITY_LABEL = new Map<string, string>(NOTICE_PRIORITIES.map((p) => [p.value, p.label.vi]))
/** How many characters of the body the list shows. */
export const EXCERPT = 160

export const priorityLabel = (priority: string): string => PRIORITY_LABEL.get(priority) ?? priority

/** The first lines of a body for the list: cut at `EXCERPT` characters with an ellipsis. */
export const excerpt = (body: string): string =>
  body.length <= EXCERPT ? body : `${body.slice(0, EXCERPT - 1).trimEnd()}…`

interface NoticeDoc {
  id: ID
  title: string
  body?: string
  priority?: string
  org?: { name?: string } | ID | null
  attachments?: ({ url?: string; filename?: string; mimeType?: string; filesize?: number } | ID)[] | null
}

/**
 * The notices behind these rows. Members may not read notices directly: the row they were allowed to read
 * is their permission to see its notice, so this read skips access control on purpose.
 */
export async function presentRows(
  payload: Payload,
  rows: InboxRowDoc[],
  full: boolean,
): Promise<InboxItem[]> {
  const ids = [...new Set(rows.map((r) => idOf(r.notice)).filter((id): id is ID => id !== undefined))]
  if (!ids.length) return []
  const { docs } = await payload.find({
    collection: 'notices',
    where: { id: { in: ids } },
    select: { title: true, body: true, priority: true, org: true, attachments: true },
    populate: {
      orgs: { name: true },
      media: { url: true, filename: true, mimeType: true, filesize: true },
    },
    depth: 1,
    pagination: false,
    overrideAccess: true,
  })
  const byId = new Map((docs as unknown as NoticeDoc[]).map((n) => [String(n.id), n]))
  return rows.flatMap((row) => {
    const notice = byId.get(String(idOf(row.notice)))
    if (!notice) return []
    const body = notice.body ?? ''
    const priority = notice.priority ?? 'normal'
    return [
      {
        id: row.id,
        title: notice.title,
        priority,
        priorityLabel: priorityLabel(priority),
        sentAt: row.sentAt ?? null,
        read: Boolean(row.read),
        readAt: row.readAt ?? null,
        from: typeof notice.org === 'object' && notice.org ? (notice.org.name ?? null) : null,
        body: full ? body : excerpt(body),
        attachments: (notice.attachments ?? []).flatMap((a) =>
          typeof a === 'object' && a?.url
            ? [
                {
                  url: a.url,
                  filename: a.filename ?? '',
                  mimeType: a.mimeType ?? null,
                  filesize: a.filesize ?? null,
                },
              ]
            : [],
        ),
      },
    ]
  })
}
