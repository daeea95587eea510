/**
 * The jobs function invoked as EventBridge invokes it on a schedule, against the test database: a queued
 * fan-out fills the members' inboxes and a scheduled publication goes live, with no CMS process running jobs.
 */
import { JOB_QUEUES } from '@sotay/cms'
import { type AccessTree, buildAccessTree, testPayload } from '@sotay/cms/testing'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { jobsHandler, requestedQueues, type ScheduledEvent } from './jobs.ts'

/** What an EventBridge rule with a schedule expression sends its target. */
const scheduledEvent = (detail: ScheduledEvent['detail'] = {}): ScheduledEvent & Record<string, unknown> => ({
  version: '0',
  id: '53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa',
  'detail-type': 'Scheduled Event',
  source: 'aws.events',
  account: '123456789012',
  time: new Date().toISOString(),
  region: 'ap-southeast-1',
  resources: ['arn:aws:events:ap-southeast-1:123456789012:rule/sotay-jobs-moi-phut'],
  detail,
})

let payload: Payload
let tree: AccessTree
let handler: ReturnType<typeof jobsHandler>

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, `job${Date.now()}`)
  handler = jobsHandler(payload, JOB_QUEUES)
})

describe('the jobs function on a schedule', () => {
  it('runs a queued fan-out: every member of the cell finds the notice in their inbox', async () => {
    const notice = await payload.create({
      collection: 'notices',
      data: {
        title: 'Họp chi bộ định kỳ tháng 12',
        body: 'Chi bộ họp lúc 19 giờ ngày 10/12/2026 tại nhà văn hóa thôn.',
        org: tree.orgs.a.id,
        targetOrg: tree.orgs.a1.id,
        targetRoles: [],
        targetUsers: [],
        priority: 'normal',
        channels: { push: false, email: false },
        sendAt: new Date().toISOString(),
        status: 'scheduled',
      },
      user: tree.users.adminA,
      overrideAccess: false,
    })
    const inboxOf = async () =>
      (
        await payload.find({
          collection: 'inbox',
          where: { notice: { equals: notice.id } },
          pagination: false,
          depth: 0,
          overrideAccess: true,
        })
      ).docs.map((row) => String(typeof row.recipient === 'object' ? row.recipient.id : row.recipient))
    expect(await inboxOf()).toEqual([])

    const { passes } = await handler(scheduledEvent())
    expect(passes.map((p) => p.queue)).toEqual(JOB_QUEUES.map((q) => q.queue))
    expect(Object.values(passes[0]?.ran ?? {})).toContain('success')

    const recipients = await inboxOf()
    expect(recipients).toContain(String(tree.users.memberA1.id))
    expect(recipients).toContain(String(tree.users.secretaryA1.id))
    expect(recipients).not.toContain(String(tree.users.memberB1.id))
    const sent = await payload.findByID({
      collection: 'notices',
      id: notice.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(sent.status).toBe('sent')
  })

  it('publishes a news post whose time has come, and leaves one set for later as a draft', async () => {
    const draft = (title: string) =>
      payload.create({
        collection: 'news',
        data: { title, category: 'co-so', org: tree.orgs.a.id, _status: 'draft' } as never,
        draft: true,
        depth: 0,
        overrideAccess: true,
      })
    const due = await draft('Kết quả Đại hội Chi bộ thôn Đông nhiệm kỳ 2025–2027')
    const later = await draft('Lịch tiếp công dân tháng 01/2027')
    for (const [doc, at] of [
      [due, new Date(Date.now() - 60_000)],
      [later, new Date(Date.now() + 3600_000)],
    ] as const)
      await payload.jobs.queue({
        task: 'schedulePublish',
        input: { type: 'publish', doc: { relationTo: 'news', value: String(doc.id) } },
        waitUntil: at,
      })

    await handler(scheduledEvent({ queue: 'default' }))

    const status = async (id: number | string) =>
      (await payload.findByID({ collection: 'news', id, depth: 0, draft: true, overrideAccess: true }))
        ._status
    expect(await status(due.id)).toBe('published')
    expect(await status(later.id)).toBe('draft')
  })

  it('takes one queue and its limit from a schedule’s input or a queue message', () => {
    expect(requestedQueues(scheduledEvent({ queue: 'speech' }), JOB_QUEUES)).toEqual([
      { queue: 'speech', limit: 2 },
    ])
    expect(requestedQueues({ queue: 'default', limit: 5 }, JOB_QUEUES)).toEqual([
      { queue: 'default', limit: 5 },
    ])
    expect(
      requestedQueues(
        { Records: [{ body: '{"queue":"pages"}' }, { body: '{"queue":"default"}' }] },
        JOB_QUEUES,
      ),
    ).toEqual([
      { queue: 'pages', limit: 2 },
      { queue: 'default', limit: 50 },
    ])
  })
})
