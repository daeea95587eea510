/**
 * The inbox benchmark's database, written by raw bulk SQL (one INSERT … SELECT per table over a counter): members
 * in one cell, notices each sent to every member until there are `rows` inbox rows (half of each member's read,
 * every tenth notice with an attachment), and `sessions` members signed in, their tokens signed as Payload signs.
 */
import { jwtSign, type Payload } from 'payload'
import { exec, type Id } from './fanout-world.ts'

export interface InboxWorld {
  members: number
  rows: number
  notices: number
  /** `Authorization` headers of signed-in members, one per member. */
  tokens: string[]
}

/** `0 … n-1` as `s(i)`, for `INSERT … SELECT … FROM s` on both engines. */
const counter = (n: number) =>
  `WITH RECURSIVE s(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM s WHERE i + 1 < ${Math.floor(n)})`

export async function buildInboxWorld(
  payload: Payload,
  cell: Id,
  sizes: { members: number; rows: number; sessions: number },
  log: (line: string) => void,
): Promise<InboxWorld> {
  const pg = (payload.db as { name?: string }).name === 'postgres'
  const now = new Date().toISOString()
  // A timestamp literal: Payload's ISO text on SQLite, a timestamptz on PostgreSQL.
  const at = (iso: string) => (pg ? `CAST('${iso}' AS timestamptz)` : `'${iso}'`)
  /** `hoursAgo` hours before now, per row. */
  const hoursBefore = (hoursAgo: string) =>
    pg
      ? `(now() - (${hoursAgo}) * interval '1 hour')`
      : `strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || (${hoursAgo}) || ' hours')`
  const text = (expression: string) => `CAST(${expression} AS TEXT)`
  const first = async (sql: string) => Number((await exec(payload, sql))[0]?.id)

  const { members, rows } = sizes
  const notices = Math.ceil(rows / members)
  log(
    `${members.toLocaleString('vi-VN')} đảng viên, ${notices} thông báo, ${rows.toLocaleString('vi-VN')} thư...`,
  )
  await exec(
    payload,
    `${counter(members)} INSERT INTO "users" ("username","full_name","status","org_id","login_attempts","created_at","updated_at")
     SELECT '77' || ${text('i')}, 'Đảng viên số ' || ${text('i + 1')}, 'chinh-thuc', ${cell}, 0, ${at(now)}, ${at(now)} FROM s`,
  )
  const u0 = await first(`SELECT MIN("id") AS "id" FROM "users" WHERE "username" LIKE '77%'`)

  // Every tenth notice is urgent; PostgreSQL stores the priority as an enum.
  const urgentOrNot = `CASE WHEN i % 10 = 0 THEN 'urgent' ELSE 'normal' END`
  const priority = pg ? `CAST(${urgentOrNot} AS "enum_notices_priority")` : urgentOrNot
  const body = 'Kính gửi các đồng chí đảng viên. '.repeat(20)
  await exec(
    payload,
    `${counter(notices)} INSERT INTO "notices" ("title","body","target_org_id","org_id","priority","status","send_at","created_at","updated_at")
     SELECT 'Thông báo số ' || ${text('i + 1')} || '/TB-ĐU về lịch sinh hoạt chi bộ', '${body}', ${cell}, ${cell},
       ${priority}, 'sent', ${hoursBefore(`${notices} - i`)}, ${at(now)}, ${at(now)}
     FROM s`,
  )
  const n0 = await first(`SELECT MIN("id") AS "id" FROM "notices" WHERE "title" LIKE 'Thông báo số %'`)
  await exec(
    payload,
    `INSERT INTO "media" ("alt","org_id","filename","mime_type","filesize","created_at","updated_at")
     VALUES ('Kế hoạch', ${cell}, 'ke-hoach-sinh-hoat.pdf', 'application/pdf', 48213, ${at(now)}, ${at(now)})`,
  )
  const media = await first(`SELECT MAX("id") AS "id" FROM "media"`)
  await exec(
    payload,
    `${counter(notices)} INSERT INTO "notices_rels" ("order","parent_id","path","media_id")
     SELECT 1, ${n0} + i, 'attachments', ${media} FROM s WHERE i % 10 = 0`,
  )

  // Notice k goes to every member; the member's row is read when k and the member's number have the same parity.
  const started = performance.now()
  await exec(
    payload,
    `${counter(rows)} INSERT INTO "inbox" ("id","notice_id","recipient_id","org_id","org_path","sent_at","read","read_at")
     SELECT ${text(`${n0} + i / ${members}`)} || ':' || ${text(`${u0} + i % ${members}`)}, ${n0} + i / ${members},
       ${u0} + i % ${members}, ${cell}, (SELECT "path" FROM "orgs" WHERE "id" = ${cell}), n."send_at",
       (i / ${members} + i % ${members}) % 2 = 0, CASE WHEN (i / ${members} + i % ${members}) % 2 = 0 THEN n."send_at" END
     FROM s JOIN "notices" n ON n."id" = ${n0} + i / ${members}`,
  )
  log(
    `đã ghi ${rows.toLocaleString('vi-VN')} thư trong ${((performance.now() - started) / 1000).toFixed(1)} s`,
  )
  // A live inbox is kept vacuumed by autovacuum. Freshly loaded, a million rows would be vacuumed during the
  // measurement (they cross the insert threshold), and until then its counts read every row's heap page instead of
  // the index alone: the steady state is the one to measure.
  if (pg) await exec(payload, 'VACUUM (ANALYZE) "inbox"')

  const sessions = Math.min(sizes.sessions, members)
  const expires = new Date(Date.now() + 8 * 3600_000).toISOString()
  await exec(
    payload,
    `${counter(sessions)} INSERT INTO "users_sessions" ("_order","_parent_id","id","created_at","expires_at")
     SELECT 1, ${u0} + i, 'bench-' || ${text('i')}, ${at(now)}, ${at(expires)} FROM s`,
  )
  const tokens: string[] = []
  for (let i = 0; i < sessions; i++) {
    const { token } = await jwtSign({
      fieldsToSign: { id: u0 + i, collection: 'users', sid: `bench-${i}` },
      secret: payload.secret,
      tokenExpiration: 8 * 3600,
    })
    tokens.push(`JWT ${token}`)
  }
  return { members, rows, notices, tokens }
}
