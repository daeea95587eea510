/**
 * A subtree's report (báo cáo thống kê): the counters of the period for the root and for each child (siblings to
 * compare, each a link to drill into), and a 12-month trend of the root. Read from the daily roll-ups
 * (`report-days`): the root's and its children's rows only, whatever the size of the subtree.
 */
import { type Counters, type ID, median, type Rates, ratesOf } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { answerHours } from './answerHours.ts'
import { type Period, twelveMonths } from './period.ts'
import { countersIn } from './rollup/countersIn.ts'
import { flowsUnder, monthsOf, snapshotDay, snapshotUnder } from './rollup/read.ts'
import { rollUpReportDays } from './rollup/rollUp.ts'
import { type ReportDb, reportDb } from './sql.ts'
import { orgsNamed, type SubtreeOrg, subtreeOf } from './subtree.ts'

export interface OrgFigures {
  org: { id: ID; name: string; kind: string }
  counters: Counters
  rates: Rates
  /** Median hours from a question to a person's answer, or null. */
  medianAnswerHours: number | null
}

export interface TrendMonth {
  month: string
  counters: Counters
  rates: Rates
}

export interface SubtreeReport {
  period: Period
  total: OrgFigures
  children: OrgFigures[]
  trend: TrendMonth[]
}

/** The day whose snapshot the period reads; a deployment that has none yet takes today's first. */
async function snapshotFor(payload: Payload, db: ReportDb, root: ID, to: string) {
  const day = await snapshotDay(db, root, to)
  if (day) return day
  await rollUpReportDays(payload)
  return snapshotDay(db, root, to)
}

export async function subtreeReport(
  payload: Payload,
  rootId: ID,
  period: Period,
  { trend = true } = {},
): Promise<SubtreeReport | undefined> {
  const db = reportDb(payload)
  const tree = await subtreeOf(db, rootId)
  if (!tree) return undefined
  const day = await snapshotFor(payload, db, tree.root.id, period.to)
  const [flows, snapshots, hours, months] = await Promise.all([
    flowsUnder(db, tree.root.id, period.from, period.to),
    day ? snapshotUnder(db, tree.root.id, day) : [],
    answerHours(db, tree.root.path, period),
    trend ? monthlyTrend(db, tree.root.id, period) : [],
  ])
  const flowOf = new Map(flows.map((r) => [String(r.org), r]))
  const snapshotOf = new Map(snapshots.map((r) => [String(r.org), r]))
  const rootKey = String(tree.root.id)
  // A child the period's rows name that is no child now (merged, moved away) still shows for that period.
  const known = new Set([rootKey, ...tree.children.map((c) => String(c.id))])
  const former = await orgsNamed(
    db,
    [...new Set([...flowOf.keys(), ...snapshotOf.keys()])].filter((id) => !known.has(id)),
  )
  const figures = (org: SubtreeOrg, answerHours: number[]): OrgFigures => {
    const counters = countersIn(
      flowOf.get(String(org.id)),
      snapshotOf.get(String(org.id)),
      period.months.length,
    )
    return {
      org: { id: org.id, name: org.name, kind: org.kind },
      counters,
      rates: ratesOf(counters),
      medianAnswerHours: median(answerHours),
    }
  }
  const children = [...tree.children, ...former].sort((a, b) => a.name.localeCompare(b.name, 'vi'))
  return {
    period,
    total: figures(
      tree.root,
      hours.map((h) => h.hours),
    ),
    children: children.map((child) =>
      figures(
        child,
        hours.filter((h) => h.child === String(child.id)).map((h) => h.hours),
      ),
    ),
    trend: months,
  }
}

/**
 * The root's counters per month over the 12 months ending with the period's last: each month's flows, and the
 * state of its last snapshot (members active that month; members and cells as then, else as now).
 */
async function monthlyTrend(db: ReportDb, root: ID, period: Period): Promise<TrendMonth[]> {
  const year = twelveMonths(period.to, new Date(period.now))
  const { flows, snapshots } = await monthsOf(db, root, year.from, year.to)
  const flowOf = new Map(flows.map((r) => [String(r.month), r]))
  const lastOf = new Map(snapshots.map((r) => [String(r.day).slice(0, 7), r]))
  const latest = snapshots.at(-1)
  return year.months.map((month) => {
    const snapshot = lastOf.get(month)
    const counters = countersIn(flowOf.get(month), snapshot ?? latest, 1)
    counters.active7 = 0
    counters.active30 = snapshot ? Number(snapshot.activeMonth ?? 0) : 0
    return { month, counters, rates: ratesOf(counters) }
  })
}
