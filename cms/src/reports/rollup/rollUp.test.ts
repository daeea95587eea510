/**
 * The roll-up job on its own, through Payload's jobs queue: the rows and the figures a committee reads, the same
 * after a second pass, a change of yesterday's activity in the next pass, the 02:00 pass's 35 days; and a report
 * read in the middle of a pass sees the figures before it or after it, never zeros.
 */
import { vietnamDayKey } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { type AccessTree, buildAccessTree } from '../../../test/fixtures/accessTree.ts'
import {
  checkIn,
  quizAttempt,
  type ReportActivity,
  seedReportActivity,
} from '../../../test/fixtures/reportActivity.ts'
import { testPayload } from '../../../test/payload.ts'
import { periodOf } from '../period.ts'
import { type SubtreeReport, subtreeReport } from '../report.ts'
import { rollUpReportDays } from './rollUp.ts'

let payload: Payload
let tree: AccessTree
let seeded: ReportActivity
const DAY = 24 * 3600_000

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, `RUP${Date.now()}`)
  seeded = await seedReportActivity(payload, tree)
})

afterEach(() => {
  vi.useRealTimers()
})

/** Queues the roll-up job and runs it, as the scheduler and the runner do in production. */
async function runRollUpJob() {
  const job = (await payload.jobs.queue({ task: 'rollUpReports' as never, input: {} as never })) as {
    id: number | string
  }
  await payload.jobs.runByID({ id: job.id })
  // A job that completes is deleted; a failed one stays, with its error.
  const left = await payload.find({ collection: 'payload-jobs', where: { id: { equals: job.id } }, depth: 0 })
  expect(left.docs.map((d) => d.error)).toEqual([])
}

const report = async (org: number | string, from = seeded.yesterday) =>
  (await subtreeReport(payload, org, periodOf(from, seeded.today), { trend: false })) as SubtreeReport

/** The flows rows of the five orgs on a day, keyed by org name, as stored. */
async function flowRows(day: string) {
  const orgs = tree.orgs
  const names = new Map(Object.values(orgs).map((o) => [String(o.id), o.name]))
  const { docs } = await payload.find({
    collection: 'report-days',
    where: {
      kind: { equals: 'flows' },
      day: { equals: day },
      org: { in: Object.values(orgs).map((o) => o.id) },
    },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Map(docs.map((d) => [names.get(String(d.org)) ?? String(d.org), d]))
}

describe('the rollUpReports job', () => {
  it('writes each org’s rows of yesterday, and the committee reads its subtree’s figures', async () => {
    await runRollUpJob()
    const rows = await flowRows(seeded.yesterday)
    const cellA1 = rows.get('Chi bộ thôn Đông')
    expect(cellA1).toMatchObject({
      parent: tree.orgs.a.id,
      meetingsHeld: 1,
      attendancePresent: 1,
      attendanceExpected: 2,
      quizAttempts: 1,
      quizParticipants: 1,
      quizPercentSum: 80,
      quizPassed: 1,
    })
    expect(rows.get('Chi bộ khu phố 3')).toMatchObject({ tasks: 1, tasksOverdue: 1, meetingsHeld: 0 })
    // Each ancestor's row is its subtree's total.
    expect(rows.get('Tỉnh ủy thử nghiệm')).toMatchObject({ meetingsHeld: 1, quizAttempts: 1, tasks: 1 })

    const a = await report(tree.orgs.a.id)
    expect(a.total.counters).toMatchObject({
      members: 4,
      noticesReceived: 4,
      noticesRead: 1,
      meetingsHeld: 1,
      attendancePresent: 1,
      attendanceExpected: 2,
      quizParticipants: 1,
      tasks: 0,
    })
    expect(a.total.rates.noticeRead).toBe(0.25)
    expect(a.children.map((c) => [c.org.name, c.counters.meetingsHeld])).toEqual([['Chi bộ thôn Đông', 1]])
    // The other commune sees its overdue task and nothing of A's activity.
    const b = await report(tree.orgs.b.id)
    expect(b.total.counters).toMatchObject({ tasks: 1, tasksOverdue: 1, meetingsHeld: 0, noticesReceived: 0 })
  })

  it('gives the same rows and figures when it runs again', async () => {
    const before = await flowRows(seeded.yesterday)
    const figures = (await report(tree.orgs.root.id)).total.counters
    await runRollUpJob()
    const after = await flowRows(seeded.yesterday)
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort())
    // The rows are written again (new ids), with the same key and figures.
    for (const [org, { id: _old, ...row }] of before) expect(after.get(org)).toMatchObject(row)
    expect((await report(tree.orgs.root.id)).total.counters).toEqual(figures)
    const { totalDocs } = await payload.count({
      collection: 'report-days',
      where: { org: { equals: tree.orgs.a1.id }, day: { equals: seeded.yesterday } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(1)
  })

  it('shows a change of yesterday’s activity after the next pass', async () => {
    await payload.update({
      collection: 'tasks',
      id: seeded.task.id,
      data: { status: 'hoan-thanh' },
      overrideAccess: true,
    })
    await checkIn(payload, seeded.meeting, tree.users.secretaryA1.id)
    await runRollUpJob()
    const b = await report(tree.orgs.b.id)
    expect(b.total.counters).toMatchObject({ tasks: 1, tasksDone: 1, tasksOverdue: 0 })
    const a = await report(tree.orgs.a.id)
    expect(a.total.counters).toMatchObject({ attendancePresent: 2, attendanceExpected: 2 })
    expect(a.total.rates.attendance).toBe(1)
  })

  it('counts an attempt of ten days ago only in the pass between 02:00 and 02:10', async () => {
    const tenDaysAgo = new Date(Date.now() - 10 * DAY)
    await quizAttempt(payload, seeded.quiz.id, tree.users.memberB1.id, tree.orgs.b1.id, tenDaysAgo, 40)
    const since = vietnamDayKey(tenDaysAgo)
    await runRollUpJob()
    expect((await report(tree.orgs.b.id, since)).total.counters.quizAttempts).toBe(0)
    // 02:05 in Vietnam today: the pass that redoes the last 35 days' flows.
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date(`${seeded.today}T02:05:00+07:00`))
    await runRollUpJob()
    vi.useRealTimers()
    const b = await report(tree.orgs.b.id, since)
    expect(b.total.counters).toMatchObject({ quizAttempts: 1, quizParticipants: 1, quizPassed: 0 })
    // Yesterday's figures are still there after the wide pass.
    expect(b.total.counters.tasksDone).toBe(1)
  })
})

describe('a pass is atomic', () => {
  it('a report read between a pass’s delete and its insert sees the figures, never zeros', async () => {
    await rollUpReportDays(payload)
    const expected = (await report(tree.orgs.a.id)).total.counters
    expect(expected.noticesReceived).toBe(4)
    const reads: Promise<SubtreeReport>[] = []
    await rollUpReportDays(payload, {
      from: seeded.yesterday,
      replacing: async () => {
        const read = report(tree.orgs.a.id)
        reads.push(read)
        // Give the read its chance to run now; where the pass's transaction holds it (SQLite), it reads after.
        await Promise.race([read, new Promise((resolve) => setTimeout(resolve, 300))])
      },
    })
    expect(reads).toHaveLength(2)
    for (const read of await Promise.all(reads)) {
      expect(read.total.counters.noticesReceived).toBe(expected.noticesReceived)
      expect(read.total.counters.members).toBe(expected.members)
      expect(read.total.counters.meetingsHeld).toBe(1)
    }
  })
})
