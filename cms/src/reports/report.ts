/**
 * A subtree's report (báo cáo thống kê): the counters of the period for the root and for each child (siblings to
 * compare, each a link to drill into), and a 12-month trend of the root. Every figure is counted in SQL per org
 * and month, then added up along the tree here.
 */
import {
  addCounters,
  type Counters,
  emptyCounters,
  type ID,
  median,
  type Rates,
  ratesOf,
} from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { countActive, countActiveByMonth } from './counts/activity.ts'
import { countAttendance, countMeetings } from './counts/meetings.ts'
import { countMembers } from './counts/members.ts'
import { countDeliveries, countNotices } from './counts/notices.ts'
import { answerHours, countQuestions } from './counts/questions.ts'
import { countQuizzes } from './counts/quizzes.ts'
import { countTasks } from './counts/tasks.ts'
import { type Period, twelveMonths } from './period.ts'
import { type Row, reportDb } from './sql.ts'
import { type Subtree, type SubtreeOrg, subtreeOf } from './subtree.ts'

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

export async function subtreeReport(
  payload: Payload,
  rootId: ID,
  period: Period,
  { trend = true } = {},
): Promise<SubtreeReport | undefined> {
  const tree = await subtreeOf(payload, rootId)
  if (!tree) return undefined
  const db = reportDb(payload)
  const orgs = tree.ids
  const [members, active, notices, deliveries, meetings, attendance, quizzes, tasks, questions, hours] =
    await Promise.all([
      countMembers(db, orgs),
      countActive(db, orgs, period),
      countNotices(db, orgs, period),
      countDeliveries(db, orgs, period),
      countMeetings(db, orgs, period),
      countAttendance(db, orgs, period),
      countQuizzes(db, orgs, period),
      countTasks(db, orgs, period),
      countQuestions(db, orgs, period),
      answerHours(db, orgs, period),
    ])
  const byChild = new Map<string, Counters>()
  const countersOf = (child: string) => {
    const c = byChild.get(child) ?? emptyCounters()
    byChild.set(child, c)
    return c
  }
  for (const row of [
    members,
    active,
    notices,
    deliveries,
    meetings,
    attendance,
    quizzes,
    tasks,
    questions,
  ].flat()) {
    const child = tree.childOf.get(String(row.org))
    if (child) addCounters(countersOf(child), countersIn(row))
  }
  for (const [child, cells] of tree.cellsUnder) {
    addCounters(countersOf(child), { cells, meetingsExpected: cells * period.months.length })
  }
  const hoursOf = new Map<string, number[]>()
  for (const h of hours) {
    const child = tree.childOf.get(String(h.org))
    if (child) hoursOf.set(child, [...(hoursOf.get(child) ?? []), h.hours])
  }
  const total = emptyCounters()
  for (const c of byChild.values()) addCounters(total, c)
  const figures = (org: SubtreeOrg, counters: Counters, answerHours: number[]): OrgFigures => ({
    org: { id: org.id, name: org.name, kind: org.kind },
    counters,
    rates: ratesOf(counters),
    medianAnswerHours: median(answerHours),
  })
  return {
    period,
    total: figures(
      tree.root,
      total,
      hours.map((h) => h.hours),
    ),
    children: tree.children.map((child) =>
      figures(child, byChild.get(String(child.id)) ?? emptyCounters(), hoursOf.get(String(child.id)) ?? []),
    ),
    trend: trend ? await monthlyTrend(payload, tree, period) : [],
  }
}

/** The root's counters per month over the 12 months ending with the period's last. */
async function monthlyTrend(payload: Payload, tree: Subtree, period: Period): Promise<TrendMonth[]> {
  const db = reportDb(payload)
  const year = twelveMonths(period.to, new Date(period.now))
  const orgs = tree.ids
  const rows = (
    await Promise.all([
      countActiveByMonth(db, orgs, year),
      countNotices(db, orgs, year, true),
      countMeetings(db, orgs, year, true),
      countAttendance(db, orgs, year, true),
      countQuizzes(db, orgs, year, true),
      countQuestions(db, orgs, year, true),
    ])
  ).flat()
  const cells = [...tree.cellsUnder.values()].reduce((s, n) => s + n, 0)
  const months = new Map(
    year.months.map((m) => [m, addCounters(emptyCounters(), { cells, meetingsExpected: cells })]),
  )
  for (const row of rows) {
    const counters = months.get(String(row.month))
    if (counters) addCounters(counters, countersIn(row))
  }
  // Members now stand for every month: the rates of past months are read against today's roll.
  const members = await countMembers(db, orgs)
  const roll = emptyCounters()
  for (const row of members) addCounters(roll, countersIn(row))
  return [...months].map(([month, counters]) => {
    for (const key of ['members', 'daChuyenDi', 'tuTran'] as const) counters[key] = roll[key]
    return { month, counters, rates: ratesOf(counters) }
  })
}

function countersIn(row: Row): Partial<Counters> {
  const { org: _org, month: _month, status: _status, ...counters } = row
  return counters as Partial<Counters>
}
