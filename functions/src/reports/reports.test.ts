/**
 * The report functions on a real database: a committee's figures count its own subtree (and never another's),
 * in the JSON, the exports and the unread lists; every export is in the audit log; "Nhắc lại" reaches the
 * members who have not read, through the notices pipeline.
 */
import { fanOutNotice, sendNotice } from '@sotay/cms/notices'
import { type AccessTree, buildAccessTree, testPayload } from '@sotay/cms/testing'
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { createApp, type FunctionsApp } from '../app.ts'
import type { NoticeReminder, NoticeUnread, Report } from '../types.ts'
import { reportsRoutes } from './index.ts'

const ORIGIN = 'http://127.0.0.1:3900'
let payload: Payload
let app: FunctionsApp
let tree: AccessTree
let noticeId: string | number

function call(path: string, who: { token: string } | null, method = 'GET') {
  const headers = new Headers({ origin: ORIGIN })
  if (who) headers.set('authorization', `JWT ${who.token}`)
  return app.request(new Request(`${ORIGIN}/fn${path}`, { method, headers }))
}

const inboxOf = async (member: { id: unknown }) =>
  (
    await payload.find({
      collection: 'inbox',
      where: { recipient: { equals: member.id } },
      sort: '-sentAt',
      depth: 0,
      overrideAccess: true,
    })
  ).docs

beforeAll(async () => {
  payload = await testPayload()
  app = createApp({ routes: [reportsRoutes({ payload })] })
  tree = await buildAccessTree(payload, `rpt${Date.now()}`)
  const { users, orgs } = tree
  await payload.update({
    collection: 'users',
    id: users.memberA1.id,
    data: { status: 'chinh-thuc', activatedAt: new Date().toISOString() },
    overrideAccess: true,
  })
  await payload.update({
    collection: 'users',
    id: users.memberB1.id,
    data: { status: 'du-bi', activatedAt: new Date().toISOString() },
    overrideAccess: true,
  })
  const notice = await sendNotice(payload, {
    fromOrg: orgs.a.id,
    title: 'Triệu tập hội nghị quán triệt nghị quyết',
    body: 'Đề nghị các đồng chí dự hội nghị lúc 8 giờ thứ Hai tại hội trường xã.',
    target: {},
  })
  noticeId = notice.id
  await fanOutNotice(payload, notice.id, { log: () => {} })
  const [row] = await inboxOf(users.secretaryA1)
  await payload.update({
    collection: 'inbox',
    id: row.id,
    data: { read: true, readAt: new Date().toISOString() },
    overrideAccess: true,
  })
}, 120_000)

describe('a committee’s report', () => {
  it('records the day a member uses the app, once, and refuses a member the reports', async () => {
    for (let i = 0; i < 2; i += 1) {
      const refused = await call('/reports', tree.users.memberA1)
      expect(refused.status).toBe(403)
      expect(((await refused.json()) as { error: { message: string } }).error.message).toContain(
        'cấp ủy, bí thư',
      )
    }
    const days = await payload.count({
      collection: 'activity-days',
      where: { member: { equals: tree.users.memberA1.id } },
      overrideAccess: true,
    })
    expect(days.totalDocs).toBe(1)
  })

  it('counts the committee’s subtree, per child cell', async () => {
    const response = await call('/reports', tree.users.adminA)
    expect(response.status).toBe(200)
    const report = (await response.json()) as Report
    expect(report.org.name).toBe('Đảng ủy xã An Bình')
    // adminA and editorA live in A; secretaryA1 and memberA1 in A1.
    expect(report.total.counters.members).toBe(4)
    // A new account is a full member unless its record says otherwise.
    expect(report.total.counters.chinhThuc).toBe(4)
    expect(report.total.counters.duBi).toBe(0)
    expect(report.total.counters.activated).toBe(1)
    expect(report.total.counters.active30).toBeGreaterThanOrEqual(1)
    expect(report.total.counters.noticesReceived).toBe(4)
    expect(report.total.counters.noticesRead).toBe(1)
    expect(report.total.rates.noticeRead).toBe(0.25)
    expect(report.total.counters.cells).toBe(1)
    expect(report.children.map((c) => c.org.name)).toEqual(['Chi bộ thôn Đông'])
    expect(report.children[0].counters.members).toBe(2)
    expect(report.trend).toHaveLength(12)
  })

  it('drills into a cell of the subtree and refuses a neighbour’s or a parent’s', async () => {
    const cell = (await (await call(`/reports?org=${tree.orgs.a1.id}`, tree.users.adminA)).json()) as Report
    expect(cell.total.counters.members).toBe(2)
    for (const org of [tree.orgs.b.id, tree.orgs.b1.id, tree.orgs.root.id]) {
      for (const path of [`/reports?org=${org}`, `/reports/export?org=${org}&format=csv`]) {
        const response = await call(path, tree.users.adminA)
        expect(response.status).toBe(403)
        expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
          'Tổ chức này nằm ngoài phạm vi đồng chí quản lý.',
        )
      }
    }
    const other = (await (await call('/reports', tree.users.adminB)).json()) as Report
    expect(other.total.counters.members).toBe(3)
    expect(other.total.counters.duBi).toBe(1)
    expect(other.total.counters.noticesReceived).toBe(0)
    expect(other.children.map((c) => c.org.name)).toEqual(['Chi bộ khu phố 3'])
  })

  it('refuses a bad period or format in Vietnamese', async () => {
    const badDay = await call('/reports?from=2026-13-01', tree.users.adminA)
    expect(badDay.status).toBe(400)
    expect(JSON.stringify(await badDay.json())).toContain('YYYY-MM-DD')
    const backwards = await call('/reports?from=2026-12-07&to=2026-12-01', tree.users.adminA)
    expect(backwards.status).toBe(400)
    const format = await call('/reports/export?format=docx', tree.users.adminA)
    expect(format.status).toBe(400)
    expect(JSON.stringify(await format.json())).toContain('xlsx, csv hoặc pdf')
  })
})

describe('exports', () => {
  it('exports XLSX with the JSON’s numbers and writes the export to the audit log', async () => {
    const before = await payload.count({
      collection: 'audit-log',
      where: { action: { equals: 'export' } },
      overrideAccess: true,
    })
    const response = await call('/reports/export?format=xlsx', tree.users.adminA)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toContain('.xlsx')
    const book = new ExcelJS.Workbook()
    await book.xlsx.load(Buffer.from(await response.arrayBuffer()) as unknown as ArrayBuffer)
    const sheet = book.getWorksheet('Báo cáo')!
    const headers = (sheet.getRow(1).values as unknown[]).slice(1)
    const membersColumn = headers.indexOf('Đảng viên') + 1
    expect(sheet.rowCount).toBe(3)
    expect(sheet.getRow(2).getCell(1).value).toBe('Chi bộ thôn Đông')
    expect(sheet.getRow(2).getCell(membersColumn).value).toBe(2)
    expect(sheet.getRow(3).getCell(1).value).toBe('Tổng cộng Đảng ủy xã An Bình')
    expect(sheet.getRow(3).getCell(membersColumn).value).toBe(4)
    const entries = await payload.find({
      collection: 'audit-log',
      where: { action: { equals: 'export' } },
      sort: '-at',
      overrideAccess: true,
    })
    expect(entries.totalDocs).toBe(before.totalDocs + 1)
    expect(entries.docs[0]).toMatchObject({
      actorName: 'Trần Văn An',
      docTitle: 'Báo cáo thống kê Đảng ủy xã An Bình',
    })
  })

  it('exports CSV (UTF-8 with a BOM) and PDF', async () => {
    const csv = await call('/reports/export?format=csv', tree.users.adminA)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const bytes = new Uint8Array(await csv.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder().decode(bytes)
    expect(text).toContain('Chi bộ thôn Đông')
    const pdf = await call('/reports/export?format=pdf', tree.users.adminA)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    expect(new TextDecoder().decode((await pdf.arrayBuffer()).slice(0, 5))).toBe('%PDF-')
  })
})

describe('Nhắc lại', () => {
  it('lists who in the subtree has not read, and refuses a committee that did not send it', async () => {
    const response = await call(`/reports/notices/${noticeId}/unread`, tree.users.adminA)
    expect(response.status).toBe(200)
    const body = (await response.json()) as NoticeUnread
    expect(body.recipients).toBe(4)
    expect(body.read).toBe(1)
    expect(body.unread.map((u) => u.fullName).sort()).toEqual(
      ['Phạm Đức Ý', 'Trần Văn An', 'Đỗ Thị Hoa'].sort(),
    )
    expect((await call(`/reports/notices/${noticeId}/unread`, tree.users.adminB)).status).toBe(404)
    expect((await call(`/reports/notices/${noticeId}/remind`, tree.users.adminB, 'POST')).status).toBe(404)
  })

  it('sends the notice again to just the members who have not read it', async () => {
    const response = await call(`/reports/notices/${noticeId}/remind`, tree.users.adminA, 'POST')
    expect(response.status).toBe(201)
    const body = (await response.json()) as NoticeReminder
    expect(body.reminded).toBe(3)
    expect(body.message).toBe('Đã gửi nhắc lại tới 3 đảng viên chưa đọc.')
    const reminder = await payload.find({
      collection: 'notices',
      where: { title: { equals: 'Nhắc lại: Triệu tập hội nghị quán triệt nghị quyết' } },
      overrideAccess: true,
    })
    expect(reminder.totalDocs).toBe(1)
    await fanOutNotice(payload, reminder.docs[0].id, { log: () => {} })
    expect(await inboxOf(tree.users.memberA1)).toHaveLength(2)
    expect(await inboxOf(tree.users.secretaryA1)).toHaveLength(1)
  })
})

describe('/fn/openapi.json', () => {
  it('describes the export as a GET with an org and a format of xlsx, csv or pdf', async () => {
    const doc = await (await call('/openapi.json', null)).json()
    const operation = doc.paths['/reports/export'].get
    const params = Object.fromEntries(
      (operation.parameters as { name: string; schema: { enum?: string[] } }[]).map((p) => [p.name, p]),
    )
    expect(params.org).toBeDefined()
    expect(params.format.schema.enum).toEqual(['xlsx', 'csv', 'pdf'])
    expect(Object.keys(operation.responses['200'].content)).toContain(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
  })
})
