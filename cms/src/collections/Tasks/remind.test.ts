/** Task and calendar reminders reach the right inboxes through the notices pipeline, once each. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { type AccessTree, buildAccessTree } from '../../../test/fixtures/accessTree.ts'
import { inboxRecipients, runFanOutJob } from '../../../test/notices-fixtures.ts'
import { testPayload } from '../../../test/payload.ts'
import { remindCalendarEntries } from '../CalendarEntries/remind.ts'
import { remindTasks } from './remind.ts'

let payload: Payload
let tree: AccessTree
const HOUR = 3_600_000
const marker = `Nhắc ${Date.now()}`

const noticesTitled = async (title: string) =>
  (
    await payload.find({
      collection: 'notices',
      where: { title: { equals: title } },
      depth: 0,
      overrideAccess: true,
    })
  ).docs

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, `rmd${Date.now()}`)
})

describe('task reminders', () => {
  it('reminds the cell’s secretary of an overdue task and the member of one due tomorrow, once each', async () => {
    const as = { user: tree.users.adminA as never, overrideAccess: false } as const
    const now = new Date()
    await payload.create({
      collection: 'tasks',
      data: {
        title: `${marker} quá hạn`,
        dueAt: new Date(now.getTime() - HOUR).toISOString(),
        org: tree.orgs.a.id,
        assigneeOrg: tree.orgs.a1.id,
      } as never,
      ...as,
    })
    await payload.create({
      collection: 'tasks',
      data: {
        title: `${marker} sắp hạn`,
        dueAt: new Date(now.getTime() + 5 * HOUR).toISOString(),
        org: tree.orgs.a.id,
        assignee: tree.users.memberA1.id,
      } as never,
      ...as,
    })
    const first = await remindTasks(payload, { now })
    expect(first.overdue).toBeGreaterThanOrEqual(1)
    expect(first.dueSoon).toBeGreaterThanOrEqual(1)
    const [late] = await noticesTitled(`Quá hạn: ${marker} quá hạn`)
    const [soon] = await noticesTitled(`Sắp đến hạn: ${marker} sắp hạn`)
    await runFanOutJob(payload, late.id)
    await runFanOutJob(payload, soon.id)
    expect(await inboxRecipients(payload, late.id)).toEqual([String(tree.users.secretaryA1.id)])
    expect(await inboxRecipients(payload, soon.id)).toEqual([String(tree.users.memberA1.id)])
    await remindTasks(payload, { now })
    expect(await noticesTitled(`Quá hạn: ${marker} quá hạn`)).toHaveLength(1)
  })

  it('reminds a member of their own calendar entry when its reminder time comes', async () => {
    const startsAt = new Date(Date.now() + 30 * 60_000)
    await payload.create({
      collection: 'calendar-entries',
      data: { title: `${marker} thăm hỏi`, startsAt: startsAt.toISOString(), reminder: '1h' } as never,
      user: tree.users.memberB1 as never,
      overrideAccess: false,
    })
    expect(await remindCalendarEntries(payload)).toBeGreaterThanOrEqual(1)
    const [notice] = await noticesTitled(`Nhắc việc: ${marker} thăm hỏi`)
    await runFanOutJob(payload, notice.id)
    expect(await inboxRecipients(payload, notice.id)).toEqual([String(tree.users.memberB1.id)])
    await remindCalendarEntries(payload)
    expect(await noticesTitled(`Nhắc việc: ${marker} thăm hỏi`)).toHaveLength(1)
  })
})
