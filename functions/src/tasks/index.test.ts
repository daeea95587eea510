import { type AccessTree, buildAccessTree, testPayload } from '@sotay/cms/testing'
import { TASK_MESSAGES } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createApp, type FunctionsApp } from '../app.ts'
import type { AssignAnswer, ReportAnswer, TaskDetail, TaskOverview } from '../types.ts'
import { tasksRoutes } from './index.ts'

const ORIGIN = 'http://127.0.0.1:3900'
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<<>>endobj\nxref\n0 1\n0000000000 65535 f \ntrailer<<>>\nstartxref\n9\n%%EOF\n',
)
let payload: Payload
let app: FunctionsApp
let tree: AccessTree
let a2: { id: number | string }
let secretaryA2: { token: string; id: number | string }
const marker = `Rà soát danh sách đảng viên miễn sinh hoạt ${Date.now()}`

type Who = { token: string } | null
function call(path: string, who: Who, body?: unknown, method?: string) {
  const headers = new Headers({ origin: ORIGIN })
  if (who) headers.set('authorization', `JWT ${who.token}`)
  let payloadBody: BodyInit | undefined
  if (body instanceof FormData) payloadBody = body
  else if (body !== undefined) {
    headers.set('content-type', 'application/json')
    payloadBody = JSON.stringify(body)
  }
  return app.request(
    new Request(`${ORIGIN}/fn${path}`, {
      method: method ?? (body === undefined ? 'GET' : 'POST'),
      headers,
      body: payloadBody,
    }),
  )
}

function reportForm(percent: string, note?: string, file?: { bytes: Buffer; type: string; name: string }) {
  const form = new FormData()
  form.set('percent', percent)
  if (note) form.set('note', note)
  if (file) form.set('file', new File([new Uint8Array(file.bytes)], file.name, { type: file.type }))
  return form
}

const count = async (collection: 'tasks' | 'task-reports' | 'media', where = {}) =>
  (await payload.count({ collection, where })).totalDocs
const ownTasks = () => count('tasks', { title: { like: marker } })

beforeAll(async () => {
  payload = await testPayload()
  app = createApp({ routes: [tasksRoutes({ payload })] })
  tree = await buildAccessTree(payload, `tsk${Date.now()}`)
  a2 = await payload.create({
    collection: 'orgs',
    data: {
      code: `tsk-A2-${Date.now()}`,
      name: 'Chi bộ thôn Tây',
      kind: 'chi-bo',
      parent: tree.orgs.a.id,
    } as never,
  })
  const username = `tsk-a2-${Date.now()}`
  const made = await payload.create({
    collection: 'users',
    data: {
      username,
      password: 'MatKhau@2026',
      fullName: 'Bùi Văn Tây',
      org: a2.id,
      grants: [{ role: 'secretary', org: a2.id }],
    } as never,
  })
  const { token } = await payload.login({
    collection: 'users',
    data: { username, password: 'MatKhau@2026' } as never,
  })
  secretaryA2 = { id: made.id, token: token as string }
})

afterEach(() => {
  delete process.env.MAX_UPLOAD_MB
})

describe('Nhiệm vụ: assign, pass on, report, oversee', () => {
  let cellTasks: AssignAnswer['tasks']
  let subTaskId: number | string

  it('a committee assigns one task to two cells of its subtree', async () => {
    const due = new Date(Date.now() + 3 * 86_400_000).toISOString()
    const response = await call('/tasks', tree.users.adminA, {
      title: marker,
      description: 'Lập danh sách, đối chiếu hồ sơ.',
      dueAt: due,
      priority: 'cao',
      assigneeOrgs: [tree.orgs.a1.id, a2.id],
    })
    expect(response.status).toBe(201)
    const body = (await response.json()) as AssignAnswer
    cellTasks = body.tasks
    expect(body.tasks.map((t) => t.assignedTo).sort()).toEqual(['Chi bộ thôn Tây', 'Chi bộ thôn Đông'])
    expect(body.tasks[0]).toMatchObject({ statusLabel: 'Chưa bắt đầu', priorityLabel: 'Cao', progress: 0 })
    expect(body.tasks[0].dueLabel).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/)
  })

  it('refuses assigning outside one’s subtree, in Vietnamese, and stores none of the batch', async () => {
    const before = await ownTasks()
    const response = await call('/tasks', tree.users.adminA, {
      title: `${marker} ngoài phạm vi`,
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      assigneeOrgs: [tree.orgs.a1.id, tree.orgs.b1.id],
    })
    expect(response.status).toBe(403)
    expect((await response.json()).error.message).toBe(TASK_MESSAGES.outsideSubtree)
    const toMember = await call('/tasks', tree.users.secretaryA1, {
      title: `${marker} ngoài chi bộ`,
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      assignees: [tree.users.memberB1.id],
    })
    expect(toMember.status).toBe(403)
    expect(await ownTasks()).toBe(before)
  })

  it('the cell’s secretary sees it and passes it on to a member; another cell’s secretary may not', async () => {
    const a1Task = cellTasks.find((t) => t.assignedTo === 'Chi bộ thôn Đông')!
    const mine = (await (await call('/tasks', tree.users.secretaryA1)).json()) as { tasks: { id: unknown }[] }
    expect(mine.tasks.map((t) => t.id)).toContain(a1Task.id)
    const refused = await call('/tasks', tree.users.secretaryB1, {
      title: marker,
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      parent: a1Task.id,
      assignees: [tree.users.memberB1.id],
    })
    expect(refused.status).toBe(403)
    const passed = await call('/tasks', tree.users.secretaryA1, {
      title: marker,
      dueAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
      parent: a1Task.id,
      assignees: [tree.users.memberA1.id],
    })
    expect(passed.status).toBe(201)
    const sub = ((await passed.json()) as AssignAnswer).tasks[0]
    expect(sub).toMatchObject({ parentId: a1Task.id, assignedTo: 'Đỗ Thị Hoa' })
    subTaskId = sub.id
  })

  it('refuses a report that is not one’s own, a percentage outside 0–100, and a bad file; nothing is stored', async () => {
    const reports = await count('task-reports')
    const media = await count('media')
    const notOwn = await call(`/tasks/${subTaskId}/reports`, tree.users.secretaryA1, reportForm('50'))
    expect(notOwn.status).toBe(403)
    expect((await notOwn.json()).error.message).toBe(TASK_MESSAGES.notOwn)
    const unseen = await call(`/tasks/${subTaskId}/reports`, tree.users.memberB1, reportForm('50'))
    expect(unseen.status).toBe(404)
    for (const percent of ['101', '-1', '12.5', 'năm mươi']) {
      const bad = await call(`/tasks/${subTaskId}/reports`, tree.users.memberA1, reportForm(percent))
      expect(bad.status).toBe(400)
      expect((await bad.json()).error.message).toBe(TASK_MESSAGES.badPercent)
    }
    const wrongType = await call(
      `/tasks/${subTaskId}/reports`,
      tree.users.memberA1,
      reportForm('60', undefined, { bytes: Buffer.from('danh sách'), type: 'text/plain', name: 'ds.txt' }),
    )
    expect(wrongType.status).toBe(415)
    expect((await wrongType.json()).error.message).toBe(TASK_MESSAGES.badType)
    const disguised = await call(
      `/tasks/${subTaskId}/reports`,
      tree.users.memberA1,
      reportForm('60', undefined, {
        bytes: Buffer.from('MZ not a pdf'),
        type: 'application/pdf',
        name: 'ds.pdf',
      }),
    )
    expect(disguised.status).toBe(415)
    const damaged = await call(
      `/tasks/${subTaskId}/reports`,
      tree.users.memberA1,
      reportForm('60', undefined, {
        bytes: Buffer.from('%PDF-1.4 cut short'),
        type: 'application/pdf',
        name: 'ds.pdf',
      }),
    )
    expect(damaged.status).toBe(415)
    expect((await damaged.json()).error.message).toBe(TASK_MESSAGES.badFile)
    process.env.MAX_UPLOAD_MB = '0.00001'
    const tooLarge = await call(
      `/tasks/${subTaskId}/reports`,
      tree.users.memberA1,
      reportForm('60', undefined, { bytes: PDF, type: 'application/pdf', name: 'ds.pdf' }),
    )
    expect(tooLarge.status).toBe(413)
    expect((await tooLarge.json()).error.message).toMatch(/Tệp tải lên quá lớn/)
    expect(await count('task-reports')).toBe(reports)
    expect(await count('media')).toBe(media)
    const task = await payload.findByID({ collection: 'tasks', id: subTaskId })
    expect(task.progress).toBe(0)
  })

  it('the member reports 50%, then 100% with the list attached', async () => {
    const half = await call(
      `/tasks/${subTaskId}/reports`,
      tree.users.memberA1,
      reportForm('50', 'Đã rà soát 2 thôn.'),
    )
    expect(half.status).toBe(201)
    expect(((await half.json()) as ReportAnswer).task).toMatchObject({
      progress: 50,
      statusLabel: 'Đang làm',
    })
    const full = await call(
      `/tasks/${subTaskId}/reports`,
      tree.users.memberA1,
      reportForm('100', 'Danh sách kèm theo.', {
        bytes: PDF,
        type: 'application/pdf',
        name: 'danh-sach.pdf',
      }),
    )
    expect(full.status).toBe(201)
    const answer = (await full.json()) as ReportAnswer
    expect(answer.task).toMatchObject({ progress: 100, status: 'hoan-thanh', statusLabel: 'Hoàn thành' })
    expect(answer.report.attachment?.filename).toMatch(/danh-sach.*\.pdf/)
    const detail = (await (await call(`/tasks/${subTaskId}`, tree.users.memberA1)).json()) as TaskDetail
    expect(detail.reports.map((r) => r.percent)).toEqual([100, 50])
    expect(detail.canReport).toBe(true)
  })

  it('comments go with a report: the assigner comments, a stranger may not', async () => {
    const detail = (await (await call(`/tasks/${subTaskId}`, tree.users.adminA)).json()) as TaskDetail
    const reportId = detail.reports[0].id
    const ok = await call(`/tasks/reports/${reportId}/comments`, tree.users.adminA, {
      text: 'Tốt, đề nghị gửi bản ký.',
    })
    expect(ok.status).toBe(201)
    const stranger = await call(`/tasks/reports/${reportId}/comments`, tree.users.memberB1, {
      text: 'Xin góp ý',
    })
    expect(stranger.status).toBe(404)
    const after = (await (await call(`/tasks/${subTaskId}`, tree.users.memberA1)).json()) as TaskDetail
    expect(after.reports[0].comments).toEqual([
      expect.objectContaining({ author: 'Trần Văn An', text: 'Tốt, đề nghị gửi bản ký.' }),
    ])
  })

  it('the committee sees both cells’ progress, with the sub-assignment under its cell, and an overdue task', async () => {
    const late = await call('/tasks', tree.users.adminA, {
      title: `${marker} (đã quá hạn)`,
      dueAt: new Date(Date.now() - 3_600_000).toISOString(),
      assigneeOrgs: [a2.id],
    })
    expect(late.status).toBe(201)
    const overview = (await (await call('/tasks/overview', tree.users.adminA)).json()) as TaskOverview
    const ours = overview.tasks.filter((t) => t.title.startsWith(marker))
    expect(ours).toHaveLength(3)
    const a1 = ours.find((t) => t.assignedTo === 'Chi bộ thôn Đông')!
    expect(a1.subTasks).toEqual([
      expect.objectContaining({ progress: 100, statusLabel: 'Hoàn thành', assignedTo: 'Đỗ Thị Hoa' }),
    ])
    expect(ours.find((t) => t.title.endsWith('(đã quá hạn)'))).toMatchObject({
      status: 'qua-han',
      statusLabel: 'Quá hạn',
    })
    expect(overview.counts['qua-han']).toBeGreaterThanOrEqual(1)
    // The other branch's committee sees none of it.
    const other = (await (await call('/tasks/overview', tree.users.adminB)).json()) as TaskOverview
    expect(other.tasks.filter((t) => t.title.startsWith(marker))).toHaveLength(0)
    // A plain member has no overview.
    expect((await call('/tasks/overview', tree.users.memberA1)).status).toBe(403)
    // The secretary of A2 sees its two cell tasks as their own.
    const mine = (await (await call('/tasks', secretaryA2)).json()) as { tasks: { title: string }[] }
    expect(mine.tasks.filter((t) => t.title.startsWith(marker))).toHaveLength(2)
  })
})
