/**
 * One roll-up pass, set-wise inside the database: each concept is counted per cell and day (one GROUP BY over
 * the raw rows), the counts are joined to every org of the cell's lineage (the org itself and its stored
 * `ancestors`, the tree as it is now) and added up per org and day, and the result replaces the `report-days`
 * rows of those days in one INSERT … SELECT. Flows are recomputed for the window's days; snapshots for the days
 * given. No row of counts travels to the process. Each DELETE and its INSERT are one transaction (the flows, then
 * each snapshot day): a report read meanwhile sees the rows before the pass or after it, never none.
 */
import { vietnamDayKey } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { type Fragment, type ReportDb, reportDb } from '../sql.ts'
import { FLOW_COUNTERS, type RollupCounter, SNAPSHOT_COUNTERS } from './counters.ts'
import { activitySnapshot } from './counts/activity.ts'
import { attendanceFlows, meetingFlows } from './counts/meetings.ts'
import { cellSnapshot, memberSnapshot } from './counts/members.ts'
import { deliveryFlows, noticeFlows } from './counts/notices.ts'
import { questionFlows } from './counts/questions.ts'
import { quizFlows } from './counts/quizzes.ts'
import { taskFlows } from './counts/tasks.ts'
import { windowOf } from './counts/window.ts'

export interface RollUpOptions {
  /** First and last day whose flows are recomputed (Vietnam days, included); default today. */
  from?: string
  to?: string
  /** Days whose snapshot is taken; default `to`. Members and cells are read as they are now. */
  snapshots?: string[]
  now?: Date
  /** Awaited inside each transaction, after its DELETE and before its INSERT: where a test reads the report. */
  replacing?: (kind: 'flows' | 'snapshot') => Promise<void>
}

type Part = [query: Fragment, counters: readonly RollupCounter[]]

/**
 * Two passes at once (the scheduled one and the one a reorganisation queues) would each insert the other's keys:
 * on PostgreSQL they take turns on this lock; SQLite has one writer anyway.
 */
const PASS_LOCK = 130_013

async function atomically(db: ReportDb, work: (tx: ReportDb) => Promise<void>) {
  await db.transaction(async (tx) => {
    if (tx.engine === 'postgres') await tx.rows(tx.sql`select pg_advisory_xact_lock(${PASS_LOCK})`)
    await work(tx)
  })
}

/** Every (org, ancestor-or-self) pair of the tree. */
function lineage(db: ReportDb): Fragment {
  const { sql } = db
  const o = db.table('orgs')
  return sql`(select ${o.id} as "org", ${o.id} as "anc" from ${o}
    union all select parent_id as "org", orgs_id as "anc" from orgs_rels where path = 'ancestors')`
}

/** Adds the parts' counts up every lineage and inserts them as rows of `kind`. */
async function insertRolledUp(
  db: ReportDb,
  kind: 'flows' | 'snapshot',
  counters: readonly RollupCounter[],
  parts: Part[],
) {
  const { sql } = db
  const r = db.table('report-days')
  const o = db.table('orgs')
  const id = (name: string) => sql.identifier(name)
  const union = sql.join(
    parts.map(
      ([query, has]) =>
        sql`select "org", "day", ${sql.join(
          counters.map((c) => (has.includes(c) ? sql`${id(c)}` : sql`0 as ${id(c)}`)),
          sql`, `,
        )} from (${query}) as part`,
    ),
    sql` union all `,
  )
  const columns = sql.join(
    [r.key, r.org, r.parent, r.kind, r.day, ...counters.map((c) => r[c])].map((c) => id(c.name)),
    sql`, `,
  )
  await db.rows(sql`insert into ${r} (${columns})
    select cast(l."anc" as text) || ':' || x."day" || ${`:${kind}`}, l."anc", ${o.parent}, ${kind}, x."day",
      ${sql.join(
        counters.map((c) => sql`sum(x.${id(c)})`),
        sql`, `,
      )}
    from (${union}) as x join ${lineage(db)} as l on l."org" = x."org" join ${o} on ${o.id} = l."anc"
    group by l."anc", ${o.parent}, x."day"`)
}

export async function rollUpReportDays(payload: Payload, options: RollUpOptions = {}): Promise<void> {
  const now = options.now ?? new Date()
  const to = options.to ?? vietnamDayKey(now)
  const from = options.from ?? to
  const snapshots = options.snapshots ?? [to]
  const db = reportDb(payload)
  const { sql } = db
  const r = db.table('report-days')
  const w = windowOf(from, to, now)
  await atomically(db, async (tx) => {
    await tx.rows(
      sql`delete from ${r} where ${r.kind} = 'flows' and ${r.day} >= ${from} and ${r.day} <= ${to}`,
    )
    await options.replacing?.('flows')
    await insertRolledUp(tx, 'flows', FLOW_COUNTERS, [
      [noticeFlows(tx, w), ['noticesReceived', 'noticesRead']],
      [deliveryFlows(tx, w), ['deliveriesSent', 'deliveriesFailed']],
      [meetingFlows(tx, w), ['meetingsHeld', 'meetingsOnTime']],
      [attendanceFlows(tx, w), ['attendancePresent', 'attendanceExpected']],
      [quizFlows(tx, w), ['quizParticipants', 'quizAttempts', 'quizPercentSum', 'quizPassed']],
      [taskFlows(tx, w), ['tasks', 'tasksDone', 'tasksOnTime', 'tasksOverdue']],
      [questionFlows(tx, w), ['questionsAsked', 'questionsAnswered', 'questionsWaiting']],
    ])
  })
  for (const day of snapshots) {
    await atomically(db, async (tx) => {
      await tx.rows(sql`delete from ${r} where ${r.kind} = 'snapshot' and ${r.day} = ${day}`)
      await options.replacing?.('snapshot')
      await insertRolledUp(tx, 'snapshot', SNAPSHOT_COUNTERS, [
        [
          memberSnapshot(tx, day),
          ['members', 'chinhThuc', 'duBi', 'mienSinhHoat', 'daChuyenDi', 'tuTran', 'activated'],
        ],
        [cellSnapshot(tx, day), ['cells']],
        [activitySnapshot(tx, day), ['active7', 'active30', 'activeMonth']],
      ])
    })
  }
}
