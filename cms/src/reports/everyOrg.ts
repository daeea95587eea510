/**
 * Every org of a subtree with its figures for the period, in tree order: the export's full list (a province's
 * thousands of cells). One statement per kind of roll-up row, by the subtree's path range on `orgs`.
 */
import { emptyCounters, type ID, ratesOf } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import type { Period } from './period.ts'
import type { OrgFigures } from './report.ts'
import { FLOW_COUNTERS, type RollupCounter, SNAPSHOT_COUNTERS } from './rollup/counters.ts'
import { countersIn } from './rollup/countersIn.ts'
import { snapshotDay } from './rollup/read.ts'
import { type ReportDb, type Row, reportDb } from './sql.ts'

export interface TreeFigures extends OrgFigures {
  /** Levels below the report's org (0 for the org itself). */
  level: number
}

function perOrg(
  db: ReportDb,
  path: string,
  counters: readonly RollupCounter[],
  where: ReturnType<ReportDb['sql']>,
) {
  const { sql } = db
  const r = db.table('report-days')
  const o = db.table('orgs')
  const sums = sql.join(
    counters.map((c) => sql`sum(${r[c]}) as ${sql.identifier(c)}`),
    sql`, `,
  )
  return db.rows(sql`select ${r.org} as "org", ${sums} from ${o} join ${r} on ${r.org} = ${o.id}
    where ${o.path} >= ${path} and ${o.path} < ${`${path}\uffff`} and ${where} group by ${r.org}`)
}

export async function everyOrgFigures(payload: Payload, rootId: ID, period: Period): Promise<TreeFigures[]> {
  const db = reportDb(payload)
  const { sql } = db
  const o = db.table('orgs')
  const r = db.table('report-days')
  const [root] = await db.rows(sql`select ${o.path} as "path" from ${o} where ${o.id} = ${rootId}`)
  if (!root?.path) return []
  const path = String(root.path)
  const day = await snapshotDay(db, rootId, period.to)
  const [orgs, flows, snapshots] = await Promise.all([
    db.rows(sql`select ${o.id} as "id", ${o.name} as "name", ${o.kind} as "kind", ${o.path} as "path" from ${o}
      where ${o.path} >= ${path} and ${o.path} < ${`${path}\uffff`} order by ${o.path}`),
    perOrg(
      db,
      path,
      FLOW_COUNTERS,
      sql`${r.kind} = 'flows' and ${r.day} >= ${period.from} and ${r.day} <= ${period.to}`,
    ),
    day
      ? perOrg(db, path, SNAPSHOT_COUNTERS, sql`${r.kind} = 'snapshot' and ${r.day} = ${day}`)
      : Promise.resolve([] as Row[]),
  ])
  const flowOf = new Map(flows.map((f) => [String(f.org), f]))
  const snapshotOf = new Map(snapshots.map((s) => [String(s.org), s]))
  const depth = path.split('/').filter(Boolean).length
  return orgs.map((org) => {
    const counters =
      flowOf.has(String(org.id)) || snapshotOf.has(String(org.id))
        ? countersIn(flowOf.get(String(org.id)), snapshotOf.get(String(org.id)), period.months.length)
        : emptyCounters()
    return {
      org: { id: org.id as ID, name: String(org.name), kind: String(org.kind) },
      level: String(org.path).split('/').filter(Boolean).length - depth,
      counters,
      rates: ratesOf(counters),
      medianAnswerHours: null,
    }
  })
}
