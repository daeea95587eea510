import { type AccessTree, buildAccessTree, testPayload } from '@sotay/cms/testing'
import { CORRECTION_MESSAGES } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { createApp, type FunctionsApp } from '../app.ts'
import type { CorrectionAnswer, ProfileAnswer } from '../types.ts'
import { profileRoutes } from './index.ts'

const ORIGIN = 'http://127.0.0.1:3900'
let payload: Payload
let app: FunctionsApp
let tree: AccessTree

function call(path: string, who: { token: string } | null, body?: unknown) {
  const headers = new Headers({ origin: ORIGIN })
  if (who) headers.set('authorization', `JWT ${who.token}`)
  if (body !== undefined) headers.set('content-type', 'application/json')
  const method = body === undefined ? 'GET' : 'POST'
  return app.request(
    new Request(`${ORIGIN}/fn${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  )
}

const profileOf = async (who: { token: string }) =>
  (await (await call('/profile', who)).json()) as ProfileAnswer
const requestsAs = async (who: AccessTree['users'][keyof AccessTree['users']]) =>
  (
    await payload.find({
      collection: 'profile-corrections',
      where: { member: { equals: tree.users.memberA1.id } },
      user: who,
      overrideAccess: false,
      depth: 0,
    })
  ).docs
const stored = async () =>
  (
    await payload.count({
      collection: 'profile-corrections',
      where: { member: { equals: tree.users.memberA1.id } },
    })
  ).totalDocs

beforeAll(async () => {
  payload = await testPayload()
  app = createApp({ routes: [profileRoutes({ payload })] })
  tree = await buildAccessTree(payload, `prf${Date.now()}`)
  await payload.update({
    collection: 'users',
    id: tree.users.memberA1.id,
    // 03/02/2010 and 03/02/2011 in Hà Nội: stored as UTC the evening before.
    data: {
      admittedAt: '2010-02-02T17:00:00.000Z',
      officialAt: '2011-02-02T17:00:00.000Z',
      phone: '0912 000 111',
    },
    overrideAccess: true,
  })
})

describe('"Của tôi": the member’s own record', () => {
  it('shows their card number, cell, dates dd/mm/yyyy, phone and email', async () => {
    const { profile } = await profileOf(tree.users.memberA1)
    expect(profile).toMatchObject({
      fullName: 'Đỗ Thị Hoa',
      cardNumber: tree.users.memberA1.username,
      cell: tree.orgs.a1.name,
      admittedAt: '03/02/2010',
      officialAt: '03/02/2011',
      phone: '0912 000 111',
    })
  })

  it('is refused to a visitor who is not signed in', async () => {
    const response = await call('/profile', null)
    expect(response.status).toBe(401)
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/đăng nhập/)
  })
})

describe('a correction request', () => {
  let sent: CorrectionAnswer
  beforeAll(async () => {
    const response = await call('/profile/corrections', tree.users.memberA1, {
      field: 'admittedAt',
      proposedValue: '03/02/2009',
      note: 'Quyết định kết nạp ghi năm 2009',
      // Naming someone else changes nothing: a request is always the caller's own.
      member: tree.users.memberB1.id,
    })
    expect(response.status).toBe(201)
    sent = (await response.json()) as CorrectionAnswer
  })

  it('is recorded for the member and their cell, quoting what the record says now, status "Mới"', async () => {
    expect(sent.correction).toMatchObject({
      field: 'admittedAt',
      fieldLabel: 'Ngày vào Đảng',
      currentValue: '03/02/2010',
      proposedValue: '03/02/2009',
      status: 'new',
      statusLabel: 'Mới',
    })
    const [doc] = (await requestsAs(tree.users.superadmin)) as any[]
    expect(String(doc.member)).toBe(String(tree.users.memberA1.id))
    expect(String(doc.org)).toBe(String(tree.orgs.a1.id))
    expect((await profileOf(tree.users.memberA1)).corrections.map((c) => c.proposedValue)).toEqual([
      '03/02/2009',
    ])
  })

  it('is sent to the cell’s secretaries as a notice', async () => {
    const { docs } = await payload.find({
      collection: 'notices',
      where: {
        and: [
          { title: { equals: 'Đề nghị sửa thông tin của đảng viên' } },
          { targetOrg: { equals: tree.orgs.a1.id } },
        ],
      },
      depth: 0,
    })
    const notice = docs.find((n) => n.body.includes('"03/02/2010" → "03/02/2009"'))
    expect(notice).toMatchObject({ targetRoles: ['secretary'], status: 'scheduled' })
    expect(notice?.body).toContain('Đỗ Thị Hoa')
  })

  it('reaches the cell’s secretary and the committee above, never a neighbour cell or another member', async () => {
    expect(await requestsAs(tree.users.secretaryA1)).toHaveLength(1)
    expect(await requestsAs(tree.users.adminA)).toHaveLength(1)
    expect(await requestsAs(tree.users.secretaryB1)).toHaveLength(0)
    expect(await requestsAs(tree.users.adminB)).toHaveLength(0)
    expect(await requestsAs(tree.users.memberB1)).toHaveLength(0)
    expect((await profileOf(tree.users.memberB1)).corrections).toEqual([])
  })

  it('has its status set by the secretary, which the member then sees; nobody else may change it', async () => {
    const id = sent.correction.id
    const write = (who: AccessTree['users'][keyof AccessTree['users']]) =>
      payload
        .update({
          collection: 'profile-corrections',
          id,
          data: { status: 'not_fixed' },
          user: who,
          overrideAccess: false,
        })
        .catch(() => null)
    await write(tree.users.memberA1)
    await write(tree.users.memberB1)
    await write(tree.users.secretaryB1)
    expect((await profileOf(tree.users.memberA1)).corrections[0]?.statusLabel).toBe('Mới')
    await payload.update({
      collection: 'profile-corrections',
      id,
      data: { status: 'fixed' },
      user: tree.users.secretaryA1,
      overrideAccess: false,
    })
    expect((await profileOf(tree.users.memberA1)).corrections[0]?.statusLabel).toBe('Đã sửa')
    const { docs } = await payload.find({
      collection: 'notices',
      where: { title: { equals: 'Chi bộ đã xem đề nghị sửa thông tin của đồng chí' } },
      depth: 0,
    })
    const told = docs.find((n) => (n.targetUsers ?? []).map(String).includes(String(tree.users.memberA1.id)))
    expect(told?.body).toContain('Đã sửa')
  })

  it('refuses bad input with a clear Vietnamese message and writes nothing', async () => {
    const before = await stored()
    const cases: [unknown, string][] = [
      [{ field: 'officialAt', proposedValue: '2011-02-03' }, CORRECTION_MESSAGES.badDate],
      [{ field: 'phone', proposedValue: 'không nhớ' }, CORRECTION_MESSAGES.badPhone],
      [{ field: 'email', proposedValue: 'hoa@' }, CORRECTION_MESSAGES.badEmail],
      [{ field: 'password', proposedValue: 'x' }, CORRECTION_MESSAGES.badField],
      [{ field: 'cell', proposedValue: '  ' }, CORRECTION_MESSAGES.emptyValue],
      [{ field: 'cell', proposedValue: 'Chi bộ 2', note: 'x'.repeat(1001) }, CORRECTION_MESSAGES.longNote],
    ]
    for (const [body, message] of cases) {
      const response = await call('/profile/corrections', tree.users.memberA1, body)
      expect(response.status).toBe(400)
      expect(((await response.json()) as { error: { message: string } }).error.message).toBe(message)
    }
    expect(await stored()).toBe(before)
  })

  it('is refused to a visitor who is not signed in', async () => {
    const response = await call('/profile/corrections', null, { field: 'phone', proposedValue: '0912345678' })
    expect(response.status).toBe(401)
  })
})
