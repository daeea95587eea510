import { activationCodeOpens } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  accounts,
  csvFile,
  orgTree,
  PASSWORD,
  person,
  type Tree,
  upload,
} from '../../../test/member-fixtures.ts'
import { testPayload } from '../../../test/payload.ts'
import { restAs } from '../../../test/requests.ts'
import { upsertMembers } from './commit/commit.ts'

const P = 'MC'
let payload: Payload
let tree: Tree
let adminA: any
const tokens: Record<string, string> = {}

const card = (n: number) => String(52_000_000 + n)

/** A request through Payload's REST routing, signed in as `who`. */
const call = (who: string | null, method: string, path: string, body?: unknown): Promise<Response> =>
  restAs(payload, path, who ? { token: tokens[who] } : undefined, { method, body })

async function signIn(username: string) {
  const { token } = await payload.login({
    collection: 'users',
    data: { username, password: PASSWORD } as any,
  })
  tokens[username] = token!
}

beforeAll(async () => {
  payload = await testPayload()
  tree = await orgTree(payload, P)
  adminA = await person(payload, `${P}-cap-uy-a`, [{ role: 'committee', org: tree.a.id }])
  await person(payload, `${P}-bi-thu-b1`, [{ role: 'secretary', org: tree.b1.id }])
  await person(payload, card(99), [], tree.a1.id)
  for (const u of [`${P}-cap-uy-a`, `${P}-bi-thu-b1`, card(99)]) await signIn(u)

  const { checkMemberRows } = await import('@sotay/content-schemas')
  const { readMemberFile } = await import('./file/readMemberFile.ts')
  const file = csvFile([
    [card(1), 'Nguyễn Thị Ánh', '01/01/1980', 'Nữ', '01/01/2005', '01/01/2006', `${P}-A1`, '', ''],
    [card(2), 'Trần Văn Bảo', '01/01/1981', 'Nam', '01/01/2006', '', `${P}-A1`, '', ''],
    [card(3), 'Lê Văn Chính', '01/01/1982', 'Nam', '01/01/2007', '', `${P}-A2`, '', ''],
    [card(4), 'Phạm "Út" Dũng', '01/01/1983', 'Nam', '01/01/2008', '', `${P}-B1`, '', ''],
  ])
  const check = await checkMemberRows(payload, await readMemberFile(file), tree.root.id)
  expect(check.errors).toEqual([])
  await upsertMembers(payload, check.rows)
})

describe('activation codes for the secretary', () => {
  it('gives the right admin a CSV with a BOM, only for members under the given org', async () => {
    const res = await call(`${P}-cap-uy-a`, 'POST', `/users/activation-codes?org=${tree.a1.id}&format=csv`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n')
    const [ánh, bảo] = await Promise.all([accounts(payload, [card(1)]), accounts(payload, [card(2)])])
    const codeOf = (line: string) => line.split(',').pop() ?? ''
    expect(lines.map((l) => l.replace(/,[A-Z2-9]{8}$/, ',<mã>'))).toEqual([
      'Họ và tên,Số thẻ,Chi bộ,Mã kích hoạt',
      `Nguyễn Thị Ánh,${card(1)},Chi bộ thôn Đông,<mã>`,
      `Trần Văn Bảo,${card(2)},Chi bộ thôn Đông,<mã>`,
    ])
    // Issued now, stored only sealed: each printed code opens its member's account, and nothing else.
    expect(activationCodeOpens(payload.secret, ánh[0].activationCode, codeOf(lines[1]))).toBe(true)
    expect(activationCodeOpens(payload.secret, bảo[0].activationCode, codeOf(lines[2]))).toBe(true)
    expect(activationCodeOpens(payload.secret, ánh[0].activationCode, codeOf(lines[2]))).toBe(false)
    expect(ánh[0].activationCode).toMatch(/^v1:\d+:[0-9a-f]{64}$/)
  })

  it('prints new codes each time: the slip printed before stops working', async () => {
    const first = await (
      await call(`${P}-cap-uy-a`, 'POST', `/users/activation-codes?org=${tree.a1.id}`)
    ).text()
    const again = await (
      await call(`${P}-cap-uy-a`, 'POST', `/users/activation-codes?org=${tree.a1.id}`)
    ).text()
    const codeFor = (csv: string) =>
      csv
        .split('\r\n')
        .find((l) => l.includes(card(1)))
        ?.split(',')
        .pop() ?? ''
    expect(codeFor(first)).not.toBe(codeFor(again))
    const [ánh] = await accounts(payload, [card(1)])
    expect(activationCodeOpens(payload.secret, ánh.activationCode, codeFor(again))).toBe(true)
    expect(activationCodeOpens(payload.secret, ánh.activationCode, codeFor(first))).toBe(false)
  })

  it('refuses the old GET link with a Vietnamese message and issues nothing', async () => {
    const [before] = await accounts(payload, [card(1)])
    const res = await call(`${P}-cap-uy-a`, 'GET', `/users/activation-codes?org=${tree.a1.id}&format=csv`)
    expect(res.status).toBe(405)
    expect((await res.json()).errors[0].message).toMatch(/In phiếu mã kích hoạt/)
    expect((await accounts(payload, [card(1)]))[0].activationCode).toBe(before.activationCode)
  })

  it('prints slips as a Vietnamese HTML page for the whole subtree', async () => {
    const res = await call(`${P}-cap-uy-a`, 'POST', '/users/activation-codes?format=html')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('<html lang="vi">')
    expect(html).toContain('Đăng nhập lần đầu bằng số thẻ và mã kích hoạt, sau đó đặt mật khẩu mới.')
    for (const c of [card(1), card(2), card(3)]) expect(html).toContain(c)
    expect(html).not.toContain(card(4)) // another subtree
  })

  it('refuses members and admins of another subtree, in Vietnamese', async () => {
    const asMember = await call(card(99), 'POST', `/users/activation-codes?org=${tree.a1.id}`)
    expect(asMember.status).toBe(403)
    expect((await asMember.json()).errors[0].message).toBe(
      'Chỉ cán bộ quản lý đảng viên mới được xem mã kích hoạt.',
    )
    const outside = await call(`${P}-bi-thu-b1`, 'POST', `/users/activation-codes?org=${tree.a1.id}`)
    expect(outside.status).toBe(403)
    expect((await outside.json()).errors[0].message).toBe('Tổ chức này không thuộc phạm vi quản lý của bạn.')
    expect((await call(null, 'POST', '/users/activation-codes')).status).toBe(403)
    const own = await call(`${P}-bi-thu-b1`, 'POST', `/users/activation-codes?org=${tree.b1.id}`)
    expect(await own.text()).toContain(`"Phạm ""Út"" Dũng",${card(4)},Chi bộ khu phố 1,`)
  })
})

describe('card re-issue', () => {
  it('moves the old number into the history and signs the member in with the new one', async () => {
    const [member] = await accounts(payload, [card(3)])
    const res = await call(`${P}-cap-uy-a`, 'POST', `/users/${member.id}/reissue-card`, {
      newNumber: card(33),
      reason: 'Thẻ cũ bị mất',
    })
    expect(res.status).toBe(200)
    const [after] = await accounts(payload, [card(33)])
    expect(after.id).toBe(member.id)
    expect(after.cardHistory).toHaveLength(1)
    expect(after.cardHistory[0]).toMatchObject({ number: card(3), reason: 'Thẻ cũ bị mất' })
    expect(after.cardHistory[0].replacedAt).toBeTruthy()
    expect(await accounts(payload, [card(3)])).toEqual([])

    // The old number can neither be issued again nor come back through an import.
    const again = await call(`${P}-cap-uy-a`, 'POST', `/users/${after.id}/reissue-card`, {
      newNumber: card(3),
      reason: 'Nhầm',
    })
    expect(again.status).toBe(409)
    const admin = await payload.findByID({ collection: 'users', id: adminA.id, depth: 0 })
    const doc = await upload(
      payload,
      admin,
      csvFile([[card(3), 'Lê Văn Chính', '01/01/1982', 'Nam', '01/01/2007', '', `${P}-A2`, '', '']]),
    )
    expect(doc.errors[0].message).toContain(`Số thẻ ${card(3)} đã được thay bằng số thẻ mới`)
  })

  it('refuses a used number, a bad number and an admin of another subtree, changing nothing', async () => {
    const [member] = await accounts(payload, [card(2)])
    const cases: [string, unknown, number, string][] = [
      [`${P}-cap-uy-a`, { newNumber: card(1), reason: 'Đổi thẻ' }, 409, `Số thẻ ${card(1)} đã được cấp`],
      [`${P}-cap-uy-a`, { newNumber: '12-34', reason: 'Đổi thẻ' }, 400, 'Số thẻ mới không hợp lệ'],
      [`${P}-cap-uy-a`, { newNumber: card(22), reason: ' ' }, 400, 'Hãy ghi lý do cấp lại thẻ.'],
      [
        `${P}-bi-thu-b1`,
        { newNumber: card(22), reason: 'Đổi thẻ' },
        403,
        'không thuộc phạm vi quản lý của bạn',
      ],
      [card(99), { newNumber: card(22), reason: 'Đổi thẻ' }, 403, 'Chỉ cán bộ quản lý đảng viên'],
    ]
    for (const [who, body, status, message] of cases) {
      const res = await call(who, 'POST', `/users/${member.id}/reissue-card`, body)
      expect(res.status, `${who} ${JSON.stringify(body)}`).toBe(status)
      expect((await res.json()).errors[0].message).toContain(message)
    }
    const [unchanged] = await accounts(payload, [card(2)])
    expect(unchanged).toMatchObject({ id: member.id, cardHistory: [] })
  })
})
