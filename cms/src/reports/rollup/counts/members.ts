/** Per org, now: members by status and accounts activated, and the cells (chi bộ) not merged away. */
import { CELL_KINDS } from '@sotay/content-schemas'
import type { Fragment, ReportDb } from '../../sql.ts'

const STATUS_COUNTER: Record<string, string> = {
  'chinh-thuc': 'chinhThuc',
  'du-bi': 'duBi',
  'mien-sinh-hoat': 'mienSinhHoat',
  'da-chuyen-di': 'daChuyenDi',
  'tu-tran': 'tuTran',
}

export function memberSnapshot(db: ReportDb, day: string): Fragment {
  const { sql } = db
  const u = db.table('users')
  const byStatus = Object.entries(STATUS_COUNTER).map(
    ([status, counter]) =>
      sql`sum(case when ${u.status} = ${status} then 1 else 0 end) as ${sql.identifier(counter)}`,
  )
  return sql`select ${u.org} as "org", cast(${day} as text) as "day", count(*) as "members", ${sql.join(byStatus, sql`, `)},
    sum(case when ${u.activatedAt} is not null then 1 else 0 end) as "activated"
    from ${u} where ${u.org} is not null group by ${u.org}`
}

export function cellSnapshot(db: ReportDb, day: string): Fragment {
  const { sql } = db
  const o = db.table('orgs')
  const kinds = sql.join(
    CELL_KINDS.map((k) => sql`${k}`),
    sql`, `,
  )
  return sql`select ${o.id} as "org", cast(${day} as text) as "day", 1 as "cells" from ${o}
    where ${o.kind} in (${kinds}) and coalesce(${o.status}, 'active') <> 'merged'`
}
