/**
 * One roll-up pass: counts the raw rows per cell and day (one GROUP BY per concept, set-wise), adds each cell's
 * row into every org of its lineage (the tree as it is now, from the orgs' stored paths), and replaces the
 * `report-days` rows of those days. Flows are recomputed for the window's days; snapshots for the given days.
 */
import { type Counters, vietnamDayKey } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { bulkWriter } from '../../db/bulk/index.ts'
import { num, type ReportDb, type Row, reportDb } from '../sql.ts'
import { activitySnapshot } from './counts/activity.ts'
import { attendanceFlows, meetingFlows } from './counts/meetings.ts'
import { cellSnapshot, memberSnapshot } from './counts/members.ts'
import { deliveryFlows, noticeFlows } from './counts/notices.ts'
import { questionFlows } from './counts/questions.ts'
import { quizFlows } from './counts/quizzes.ts'
import { taskFlows } from './counts/tasks.ts'
import { windowOf } from './counts/window.ts'
import { FLOW_COUNTERS, type RollupCounter, SNAPSHOT_COUNTERS } from './counters.ts'

export interface RollUpOptions {
  /** First and last day whose flows are recomputed (Vietnam days, included); default today. */
  from?: string
  to?: string
  /** Days whose snapshot is taken; default `to`. Members and cells are read as they are now. */
  snapshots?: string[]
  now?: Date
}

type Kind = 'flows' | 'snapshot'
const COUNTERS: readonly RollupCounter[] = [...FLOW_COUNTERS, ...SNAPSHOT_COUNTERS]

interface OrgNode {
  id: unknown
  parent: unknown
  lineage: string[]
}

/** Every org's parent and lineage (root first, itself last), read from `path`. */
async function orgTree(db: ReportDb): Promise<Map<string, OrgNode>> {
  const { sql } = db
  const o = db.table('orgs')
  const rows = await db.rows(sql`select ${o.id} as "id", ${o.parent} as "parent", ${o.path} as "path" from ${o}`)
  const tree = new Map<string, OrgNode>()
  for (const r of rows) {
    const id = String(r.id)
    const lineage = String(r.path ?? '')
      .split('/')
      .filter(Boolean)
    tree.set(id, { id: r.id, parent: r.parent ?? null, lineage: lineage.length ? lineage : [id] })
  }
  return tree
}

export async function rollUpReportDays(payload: Payload, options: RollUpOptions = {}) {
  const now = options.now ?? new Date()
  const to = options.to ?? vietnamDayKey(now)
  const from = options.from ?? to
  const snapshots = options.snapshots ?? [to]
  const db = reportDb(payload)
  const tree = await orgTree(db)
  const rows = new Map<string, { org: string; day: string; kind: Kind; counters: Partial<Counters> & Row }>()
  const add = (kind: Kind, day: string, row: Row) => {
    const node = tree.get(String(row.org))
    if (!node) return
    for (const org of node.lineage) {
      const key = `${org}:${day}:${kind}`
      let into = rows.get(key)
      if (!into) rows.set(key, (into = { org, day, kind, counters: {} }))
      for (const [name, value] of Object.entries(row)) {
        if (name === 'org' || name === 'day' || name === 'status') continue
        into.counters[name] = num(into.counters[name]) + num(value)
      }
    }
  }

  const w = windowOf(from, to, now)
  for (const count of [noticeFlows, deliveryFlows, meetingFlows, attendanceFlows, quizFlows, taskFlows, questionFlows])
    for (const row of await count(db, w)) add('flows', String(row.day), row)
  const members = [...(await memberSnapshot(db)), ...(await cellSnapshot(db))]
  for (const day of snapshots) {
    for (const row of members) add('snapshot', day, row)
    for (const row of await activitySnapshot(db, day)) add('snapshot', day, row)
  }

  const { sql } = db
  const r = db.table('report-days')
  await db.rows(sql`delete from ${r} where ${r.kind} = 'flows' and ${r.day} >= ${from} and ${r.day} <= ${to}`)
  if (snapshots.length)
    await db.rows(
      sql`delete from ${r} where ${r.kind} = 'snapshot' and ${r.day} in (${sql.join(
        snapshots.map((d) => sql`${d}`),
        sql`, `,
      )})`,
    )
  const docs = [...rows.entries()].map(([key, row]) => ({
    key,
    org: tree.get(row.org)?.id ?? row.org,
    parent: tree.get(row.org)?.parent ?? null,
    kind: row.kind,
    day: row.day,
    ...Object.fromEntries(COUNTERS.map((c) => [c, num(row.counters[c])])),
  }))
  await bulkWriter(payload).appendIfAbsent('report-days', docs, 'key')
  return { rows: docs.length }
}
