/**
 * The committee dashboard as the admin renders it: the caller's subtree only, a meeting held and a task overdue
 * counted, drill-down into a cell and back, ECharts' SVG on the page.
 */
import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it } from 'vitest'
import { type AccessTree, buildAccessTree } from '../../../test/fixtures/accessTree.ts'
import { testPayload } from '../../../test/payload.ts'
import { CommitteeDashboard } from './CommitteeDashboard.tsx'

const HOUR = 3_600_000
let payload: Payload
let tree: AccessTree

const render = async (user: unknown, org?: unknown) => {
  const element = await CommitteeDashboard({
    payload,
    user: user as never,
    searchParams: org === undefined ? {} : { org: String(org) },
  })
  return element ? renderToStaticMarkup(element) : ''
}

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, `dash${Date.now()}`)
  const startsAt = new Date(Date.now() - 2 * HOUR)
  const meeting = await payload.create({
    collection: 'meetings',
    data: {
      title: 'Sinh hoạt chi bộ tháng này',
      kind: 'thuong-ky',
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + HOUR).toISOString(),
      org: tree.orgs.a1.id,
    } as never,
    overrideAccess: true,
  })
  const rows = await payload.find({
    collection: 'meeting-attendance',
    where: { meeting: { equals: meeting.id } },
    depth: 0,
    overrideAccess: true,
  })
  // One of the cell's two invited checks in.
  await payload.update({
    collection: 'meeting-attendance',
    id: rows.docs.find((r) => String(r.member) === String(tree.users.memberA1.id))!.id,
    data: { checkedInAt: new Date(Date.now() - HOUR).toISOString(), checkinMethod: 'qr' },
    overrideAccess: true,
  })
  await payload.create({
    collection: 'tasks',
    data: {
      title: 'Nộp báo cáo quý',
      dueAt: new Date(Date.now() - HOUR).toISOString(),
      org: tree.orgs.a.id,
      assigneeOrg: tree.orgs.a1.id,
    } as never,
    overrideAccess: true,
  })
}, 400_000)

describe('the committee dashboard', () => {
  it('shows the committee its subtree: tiles, the cell compared and linked, and the charts', async () => {
    const html = await render(tree.users.adminA)
    expect(html).toContain('Đảng ủy xã An Bình')
    expect(html).toContain('Chi bộ đã họp')
    expect(html).toMatch(/Chi bộ đã họp<\/div><strong[^>]*>1\/1</)
    expect(html).toMatch(/Tỷ lệ dự họp<\/div><strong[^>]*>50%</)
    expect(html).toMatch(/Nhiệm vụ quá hạn<\/div><strong[^>]*>1</)
    expect(html).toContain(`href="/admin?org=${tree.orgs.a1.id}"`)
    expect(html).toContain(`/fn/reports/export?org=${tree.orgs.a.id}&amp;format=xlsx`)
    expect(html.match(/<svg/g)?.length).toBe(2)
    expect(html).not.toContain('Chi bộ khu phố 3')
  })

  it('drills into a cell with a way back, and refuses an org outside the subtree', async () => {
    const cell = await render(tree.users.adminA, tree.orgs.a1.id)
    expect(cell).toContain('Chi bộ thôn Đông')
    expect(cell).toContain('← Về Đảng ủy xã An Bình')
    const outside = await render(tree.users.adminA, tree.orgs.b1.id)
    expect(outside).toContain('Tổ chức này nằm ngoài phạm vi đồng chí quản lý.')
    expect(outside).not.toContain('Chi bộ khu phố 3')
  })

  it('is not shown to a member or an editor', async () => {
    expect(await render(tree.users.memberA1)).toBe('')
    expect(await render(tree.users.editorA)).toBe('')
  })
})
