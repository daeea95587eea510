/** Members by status and accounts activated, per org: the state now, whatever the period. */
import type { ID } from '@sotay/content-schemas'
import { num, type ReportDb, type Row } from '../sql.ts'

const STATUS_COUNTER: Record<string, string> = {
  'chinh-thuc': 'chinhThuc',
  'du-bi': 'duBi',
  'mien-sinh-hoat': 'mienSinhHoat',
  'da-chuyen-di': 'daChuyenDi',
  'tu-tran': 'tuTran',
}

export async function countMembers(db: ReportDb, orgs: ID[]): Promise<Row[]> {
  const { sql } = db
  const u = db.table('users')
  const rows = await db.perOrgs(
    orgs,
    (inOrgs) => sql`select ${u.org} as "org", ${u.status} as "status", count(*) as "members",
      sum(case when ${u.activatedAt} is not null then 1 else 0 end) as "activated"
      from ${u} where ${inOrgs(u.org)} group by ${u.org}, ${u.status}`,
  )
  return rows.map((r) => {
    const members = num(r.members)
    const byStatus = STATUS_COUNTER[String(r.status)]
    return { org: r.org, members, activated: num(r.activated), ...(byStatus ? { [byStatus]: members } : {}) }
  })
}
