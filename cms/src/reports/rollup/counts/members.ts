/** Per org, now: members by status and accounts activated, and the cells (chi bộ) not merged away. */
import { CELL_KINDS } from '@sotay/content-schemas'
import { num, type ReportDb, type Row } from '../../sql.ts'

const STATUS_COUNTER: Record<string, string> = {
  'chinh-thuc': 'chinhThuc',
  'du-bi': 'duBi',
  'mien-sinh-hoat': 'mienSinhHoat',
  'da-chuyen-di': 'daChuyenDi',
  'tu-tran': 'tuTran',
}

export async function memberSnapshot(db: ReportDb): Promise<Row[]> {
  const { sql } = db
  const u = db.table('users')
  const rows = await db.rows(sql`select ${u.org} as "org", ${u.status} as "status", count(*) as "members",
    sum(case when ${u.activatedAt} is not null then 1 else 0 end) as "activated"
    from ${u} where ${u.org} is not null group by ${u.org}, ${u.status}`)
  return rows.map((r) => {
    const members = num(r.members)
    const byStatus = STATUS_COUNTER[String(r.status)]
    return { org: r.org, members, activated: num(r.activated), ...(byStatus ? { [byStatus]: members } : {}) }
  })
}

export function cellSnapshot(db: ReportDb): Promise<Row[]> {
  const { sql } = db
  const o = db.table('orgs')
  const kinds = sql.join(
    CELL_KINDS.map((k) => sql`${k}`),
    sql`, `,
  )
  return db.rows(sql`select ${o.id} as "org", 1 as "cells" from ${o}
    where ${o.kind} in (${kinds}) and coalesce(${o.status}, 'active') <> 'merged'`)
}
