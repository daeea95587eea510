import { type AccessTree, buildAccessTree, testPayload } from '@sotay/cms/testing'
import { TASK_MESSAGES } from '@sotay/content-schemas'
import { handleEndpoints, type Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { createApp, type FunctionsApp } from '../app.ts'
import type { AssignAnswer, AssignableTargets, ReportAnswer, TaskDetail, TaskOverview } from '../types.ts'
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
  let reportFileUrl: string

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
    reportFileUrl = answer.report.attachment!.url
  })

  it('the report’s file opens for the reporter and the committee above, through the media file door, and for nobody outside', async () => {
    // Payload's own REST handler, which /api/media/file/… reaches through the front server.
    const download = (who: Who) =>
      handleEndpoints({
        config: payload.config,
        request: new Request(`${ORIGIN}${new URL(reportFileUrl, ORIGIN).pathname}`, {
          headers: who ? { authorization: `JWT ${who.token}` } : {},
        }),
      })
    for (const who of [tree.users.memberA1, tree.users.adminA, tree.users.secretaryA1]) {
      const response = await download(who)
      expect(response.status).toBe(200)
      expect(
        Buffer.from(await response.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-')
    }
    for (const who of [tree.users.memberB1, tree.users.adminB, tree.users.secretaryB1, null])
      expect([403, 404]).toContain((await download(who)).status)
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
    // The cell passed it on: its progress is its sub-assignment's, rolled up for the committee.
    expect(a1).toMatchObject({ progress: 100, statusLabel: 'Hoàn thành' })
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

describe('Nhiệm vụ: whom one may assign to, from the phone', () => {
  const targets = async (who: Who, query: string) => {
    const response = await call(`/tasks/assignable?${query}`, who)
    return { status: response.status, body: (await response.json()) as AssignableTargets & ErrorBody }
  }
  type ErrorBody = { error?: { message: string } }

  it('a committee sees its own org and the cells below, never a neighbour branch', async () => {
    const { status, body } = await targets(tree.users.adminA, 'kind=org')
    expect(status).toBe(200)
    const ids = body.targets.map((t) => String(t.id))
    expect(ids).toEqual(expect.arrayContaining([tree.orgs.a.id, tree.orgs.a1.id, a2.id].map(String)))
    expect(ids).not.toContain(String(tree.orgs.b1.id))
    expect(body.from.id).toEqual(tree.orgs.a.id)
  })

  it('finds members without accents, only inside the subtree, page by page', async () => {
    const found = await targets(tree.users.adminA, `kind=member&q=${encodeURIComponent('do thi')}`)
    expect(found.status).toBe(200)
    expect(found.body.targets).toEqual([
      expect.objectContaining({ id: tree.users.memberA1.id, name: 'Đỗ Thị Hoa', detail: 'Chi bộ thôn Đông' }),
    ])
    const all = await targets(tree.users.adminA, 'kind=member')
    expect(all.body.targets.map((t) => String(t.id))).not.toContain(String(tree.users.memberB1.id))
    expect((await targets(tree.users.adminA, 'kind=member&page=999')).body.targets).toEqual([])
    // A cell's secretary passing a task on sees only their cell's members.
    const own = await targets(secretaryA2, `kind=member&q=${encodeURIComponent('BUI VAN')}`)
    expect(own.body.targets.map((t) => t.name)).toEqual(['Bùi Văn Tây'])
    const cell = await targets(secretaryA2, 'kind=member')
    expect(cell.body.targets.map((t) => String(t.id))).not.toContain(String(tree.users.memberA1.id))
  })

  it('"nguyen van" finds every Nguyễn Văn of the subtree, 20 a page, and none of the neighbour branch', async () => {
    const stamp = Date.now()
    const person = (fullName: string, org: unknown, n: number, status?: string) =>
      payload.create({
        collection: 'users',
        data: { username: `tsk-nv-${stamp}-${n}`, password: 'MatKhau@2026', fullName, org, status } as never,
      })
    for (let n = 0; n < 21; n++) await person(`Nguyễn Văn Hùng ${String(n + 1).padStart(2, '0')}`, a2.id, n)
    await person('NGUYỄN VĂN AN', tree.orgs.a1.id, 21)
    await person('Nguyễn Văn Bắc', tree.orgs.b1.id, 22)
    await person('Nguyễn Văn Đi', tree.orgs.a1.id, 23, 'da-chuyen-di')
    await person('Nguyễn Thị Vân', tree.orgs.a1.id, 24)
    const query = (page: number) => `kind=member&q=${encodeURIComponent('nguyen van')}&page=${page}`
    const first = await targets(tree.users.adminA, query(1))
    expect(first.body.totalPages).toBe(2)
    expect(first.body.targets).toHaveLength(20)
    const second = await targets(tree.users.adminA, query(2))
    const names = [...first.body.targets, ...second.body.targets].map((t) => t.name)
    expect(names).toHaveLength(22)
    expect(names).toContain('NGUYỄN VĂN AN')
    expect(names).toContain('Nguyễn Văn Hùng 21')
    expect(second.body.targets.find((t) => t.name === 'Nguyễn Văn Hùng 21')?.detail).toBe('Chi bộ thôn Tây')
    for (const absent of ['Nguyễn Văn Bắc', 'Nguyễn Văn Đi', 'Nguyễn Thị Vân'])
      expect(names).not.toContain(absent)
  })

  it('refuses an org outside the subtree, a task not given to one’s cell, and a plain member, in Vietnamese', async () => {
    const outside = await targets(tree.users.adminA, `kind=member&org=${tree.orgs.b1.id}`)
    expect(outside.status).toBe(403)
    expect(outside.body.error?.message).toBe(TASK_MESSAGES.outsideSubtree)
    const given = await call('/tasks', tree.users.adminA, {
      title: `${marker} chọn người`,
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      assigneeOrgs: [a2.id],
    })
    const taskId = ((await given.json()) as AssignAnswer).tasks[0].id
    const notMine = await targets(tree.users.secretaryA1, `kind=member&parent=${taskId}`)
    expect(notMine.status).toBe(403)
    expect(notMine.body.error?.message).toBe(TASK_MESSAGES.badParent)
    const mine = await targets(secretaryA2, `kind=member&parent=${taskId}`)
    expect(mine.status).toBe(200)
    expect(mine.body.from.id).toEqual(a2.id)
    expect((await targets(tree.users.memberA1, 'kind=member')).status).toBe(403)
    // Passing it on to someone the list would not offer is refused too, and nothing is stored.
    const before = await ownTasks()
    const refused = await call('/tasks', secretaryA2, {
      title: `${marker} chọn người`,
      dueAt: new Date(Date.now() + 86_400_000).toISOString(),
      parent: taskId,
      assignees: [tree.users.memberA1.id],
    })
    expect(refused.status).toBe(403)
    expect((await refused.json()).error.message).toBe(TASK_MESSAGES.outsideSubtree)
    expect(await ownTasks()).toBe(before)
  })
})
