import { underPaths } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  accounts,
  csvFile,
  jobsOf,
  orgTree,
  person,
  type Tree,
  upload,
  xlsxFile,
} from '../../../test/member-fixtures.ts'
import { testPayload } from '../../../test/payload.ts'
import { upsertMembers } from './commit/commit.ts'
import { resumeUnfinishedImports } from './commit/resume.ts'

const P = 'MI'
let payload: Payload
let tree: Tree
let committeeA: any

const card = (n: number) => String(51_000_000 + n)

/** Commits an import the way an admin does: set "Đang nhập", then the queued job runs. */
async function commit(doc: any, user: any) {
  await payload.update({
    collection: 'member-imports' as any,
    id: doc.id,
    data: { status: 'committing' } as any,
    user,
    overrideAccess: false,
  })
  const [job] = await jobsOf(payload, doc.id)
  expect(job).toBeDefined()
  await payload.jobs.runByID({ id: job.id })
  return payload.findByID({ collection: 'member-imports' as any, id: doc.id, depth: 0 }) as Promise<any>
}

beforeAll(async () => {
  payload = await testPayload()
  tree = await orgTree(payload, P)
  committeeA = await person(payload, `${P}-cap-uy-a`, [{ role: 'committee', org: tree.a.id }])
})

describe('member import: preview', () => {
  it('reports row-level Vietnamese errors and creates no account', async () => {
    const file = csvFile([
      [
        card(1),
        'Nguyễn Văn An',
        '14/05/1980',
        'Nam',
        '02/09/2005',
        '02/09/2006',
        `${P}-A1`,
        '0912345678',
        '',
      ],
      [card(2), 'Trần Thị Bình', '31/02/1985', 'Nữ', '03/02/2010', '03/02/2011', `${P}-A1`, '', ''],
      [card(3), '', '01/01/1990', 'nu', '01/01/2015', '01/01/2014', `${P}-A2`, '12345', 'binh@'],
      [card(1), 'Lê Văn Cường', '01/01/1975', 'M', '01/01/2000', '', `${P}-KHONG`, '', ''],
      ['12AB', 'Phạm Thị Dung', '01/01/1975', 'F', '01/01/2000', '', `${P}-B1`, '', ''],
    ])
    const doc = await upload(payload, committeeA, file)
    expect(doc.status).toBe('invalid')
    expect(doc.org).toBe(tree.a.id) // the importer's org by default
    expect(doc.totalRows).toBe(5)
    expect(doc.validRows).toBe(0)
    const at = (row: number) => doc.errors.filter((e: any) => e.row === row).map((e: any) => e.message)
    expect(at(2)).toEqual([`Số thẻ ${card(1)} bị trùng với dòng 5.`])
    expect(at(3)).toEqual([
      'Ngày sinh “31/02/1985” không đọc được; hãy ghi theo dạng ngày/tháng/năm, ví dụ 05/09/1985.',
    ])
    expect(at(4)).toEqual([
      'Thiếu họ và tên.',
      'Ngày chính thức (01/01/2014) trước ngày vào Đảng (01/01/2015).',
      'Số điện thoại “12345” không hợp lệ; cần 10 chữ số bắt đầu bằng 0, hoặc dạng +84 và 9 chữ số.',
      'Email “binh@” không hợp lệ.',
    ])
    expect(at(5)).toEqual([
      `Không có tổ chức nào mang mã “${P}-KHONG”.`,
      `Số thẻ ${card(1)} bị trùng với dòng 2.`,
    ])
    expect(at(6)).toEqual([
      'Số thẻ đảng viên “12AB” không hợp lệ: số thẻ chỉ gồm chữ số, từ 6 đến 12 chữ số.',
      `Tổ chức “${P}-B1” không thuộc phạm vi quản lý của bạn.`,
    ])
    expect(doc.errorReport).toContain('Dòng 3 (Ngày sinh): Ngày sinh “31/02/1985” không đọc được')
    expect(await accounts(payload, [card(1), card(2), card(3)])).toEqual([])

    await expect(
      payload.update({
        collection: 'member-imports' as any,
        id: doc.id,
        data: { status: 'committing' } as any,
        user: committeeA,
        overrideAccess: false,
      }),
    ).rejects.toThrow('Tệp còn lỗi ở bước kiểm tra')
    expect(await jobsOf(payload, doc.id)).toEqual([])
  })

  it('refuses a file without the required columns, with a file-level message', async () => {
    const data = Buffer.from('Họ và tên,Ngày sinh\r\nNguyễn Văn An,01/01/1980\r\n')
    await expect(
      upload(payload, committeeA, { data, name: 'thieu-cot.csv', mimetype: 'text/csv', size: data.length }),
    ).rejects.toThrow('Tệp thiếu cột bắt buộc: “Số thẻ đảng viên”, “Mã tổ chức”.')
  })
})

describe('member import: commit', () => {
  const rows = [
    [
      Number(card(10)),
      'Hoàng Văn Hải',
      new Date(Date.UTC(1979, 3, 30)),
      'Nam',
      '19/05/2004',
      '19/05/2005',
      `${P}-A1`,
      912345678,
      'hai@example.vn',
    ],
    [
      card(11),
      'Đỗ Thị Hoa',
      new Date(Date.UTC(1990, 8, 2)),
      'Nữ',
      '2015-03-03',
      '',
      `${P}-A2`,
      '+84 987 654 321',
      '',
    ],
    [card(12), 'Vũ Minh Khoa', 31295, 'nam', '03/02/2010', '03/02/2011', `${P}-A1`, '', ''],
  ]

  it('previews an XLSX and commits it: accounts without password, with activation codes and ancestors', async () => {
    const doc = await upload(payload, committeeA, await xlsxFile(rows))
    expect(doc.errors).toEqual([])
    expect(doc.status).toBe('previewed')
    expect([doc.totalRows, doc.validRows]).toEqual([3, 3])
    expect(await accounts(payload, [card(10)])).toEqual([]) // nothing written at preview

    const done = await commit(doc, committeeA)
    expect(done).toMatchObject({
      status: 'done',
      processedRows: 3,
      created: 3,
      updated: 0,
      progress: '3/3 (100%)',
    })
    const [hai, hoa, khoa] = await Promise.all(
      [card(10), card(11), card(12)].map((c) => accounts(payload, [c])),
    )
    expect(hai).toHaveLength(1)
    expect(hai[0]).toMatchObject({
      fullName: 'Hoàng Văn Hải',
      birthDate: '1979-04-30T12:00:00.000Z',
      gender: 'nam',
      status: 'chinh-thuc',
      phone: '0912345678',
      email: 'hai@example.vn',
      org: tree.a1.id,
      orgAncestors: [tree.root.id, tree.a.id],
      orgPath: `/${tree.root.id}/${tree.a.id}/${tree.a1.id}/`,
    })
    expect(hai[0].hash ?? null).toBeNull()
    expect(hoa[0]).toMatchObject({ status: 'du-bi', phone: '0987654321', org: tree.a2.id, officialAt: null })
    expect(khoa[0].birthDate).toBe('1985-09-05T12:00:00.000Z')
    for (const a of [hai[0], hoa[0], khoa[0]]) expect(a.activationCode).toMatch(/^v1:\d+:[0-9a-f]{64}$/)

    // Subtree queries find the new members through the stored ancestors and the org path.
    const inA = await payload.count({ collection: 'users', where: { orgAncestors: { in: [tree.a.id] } } })
    expect(inA.totalDocs).toBeGreaterThanOrEqual(3)
    const underA = await payload.count({
      collection: 'users',
      where: underPaths([`/${tree.root.id}/${tree.a.id}/`]),
    })
    expect(underA.totalDocs).toBe(inA.totalDocs)
  })

  it('re-importing a card number updates that member and keeps its activation code', async () => {
    const [before] = await accounts(payload, [card(11)])
    const file = csvFile([
      [
        card(11),
        'Đỗ Thị Hoa',
        '02/09/1990',
        'Nữ',
        '03/03/2015',
        '03/03/2016',
        `${P}-A1`,
        '',
        'hoa@example.vn',
      ],
      [card(13), 'Ngô Văn Lâm', '07/07/1970', 'Nam', '07/07/1995', '07/07/1996', `${P}-A2`, '', ''],
    ])
    const doc = await upload(payload, committeeA, file)
    expect(doc.errors).toEqual([])
    const done = await commit(doc, committeeA)
    expect(done).toMatchObject({ status: 'done', created: 1, updated: 1 })
    const after = await accounts(payload, [card(11)])
    expect(after).toHaveLength(1)
    expect(after[0]).toMatchObject({
      id: before.id,
      activationCode: before.activationCode,
      status: 'chinh-thuc', // promoted: the list now gives the official date
      org: tree.a1.id,
      orgAncestors: [tree.root.id, tree.a.id],
      phone: '0987654321', // an empty cell does not erase
      email: 'hoa@example.vn',
    })
  })

  it('a run killed after one batch resumes from its checkpoint and ends with each member once', async () => {
    const list = Array.from({ length: 12 }, (_, i) => [
      card(100 + i),
      `Bùi Thị Mai ${i + 1}`,
      '01/01/1980',
      'Nữ',
      '01/01/2005',
      '01/01/2006',
      i % 2 ? `${P}-A1` : `${P}-A2`,
      '',
      '',
    ])
    const doc = await upload(payload, committeeA, csvFile(list))
    expect(doc.validRows).toBe(12)
    await payload.update({
      collection: 'member-imports' as any,
      id: doc.id,
      data: { status: 'committing' } as any,
      user: committeeA,
      overrideAccess: false,
    })
    const [queued] = await jobsOf(payload, doc.id)
    // The job started and died after its first batch of 5: the process was killed.
    await payload.update({ collection: 'payload-jobs', id: queued.id, data: { processing: true } })
    const { checkMemberRows } = await import('@sotay/content-schemas')
    const { readMemberFile } = await import('./file/readMemberFile.ts')
    const raw = await readMemberFile(csvFile(list))
    const check = await checkMemberRows(payload, raw, tree.a.id)
    await expect(
      upsertMembers(payload, check.rows, {
        batchSize: 5,
        checkpoint: { importId: doc.id, created: 0, updated: 0 },
        onBatch: () => {
          throw new Error('killed')
        },
      }),
    ).rejects.toThrow('killed')
    const midway = (await payload.findByID({ collection: 'member-imports' as any, id: doc.id })) as any
    expect(midway).toMatchObject({ status: 'committing', processedRows: 5, created: 5 })

    // The server starts again: the unfinished import is queued anew and its job finishes the rest.
    const resumed = await resumeUnfinishedImports(payload)
    expect(resumed.map((r) => String(r.importId))).toContain(String(doc.id))
    const job = resumed.find((r) => String(r.importId) === String(doc.id))!
    await payload.jobs.runByID({ id: job.jobId })
    const done = (await payload.findByID({ collection: 'member-imports' as any, id: doc.id })) as any
    expect(done).toMatchObject({ status: 'done', processedRows: 12, created: 12, updated: 0 })
    const members = await accounts(
      payload,
      list.map((r) => r[0] as string),
    )
    expect(members).toHaveLength(12)
    expect(new Set(members.map((m) => m.username)).size).toBe(12)
    expect(await resumeUnfinishedImports(payload)).toEqual([])
  })

  it('the portable adapter writer gives the same result as the SQL writer', async () => {
    const file = csvFile([
      [card(200), 'Tạ Văn Nam', '01/01/1980', 'Nam', '01/01/2005', '', `${P}-A1`, '', ''],
      [card(11), 'Đỗ Thị Hoa', '02/09/1990', 'Nữ', '', '', `${P}-A2`, '', ''],
    ])
    const { checkMemberRows } = await import('@sotay/content-schemas')
    const { readMemberFile } = await import('./file/readMemberFile.ts')
    const check = await checkMemberRows(payload, await readMemberFile(file), tree.a.id)
    expect(await upsertMembers(payload, check.rows, { strategy: 'adapter' })).toEqual({
      created: 1,
      updated: 1,
    })
    const [nam] = await accounts(payload, [card(200)])
    expect(nam).toMatchObject({
      status: 'du-bi',
      org: tree.a1.id,
      orgAncestors: [tree.root.id, tree.a.id],
      orgPath: `/${tree.root.id}/${tree.a.id}/${tree.a1.id}/`,
    })
    expect(nam.activationCode).toMatch(/^v1:\d+:[0-9a-f]{64}$/)
    const [hoa] = await accounts(payload, [card(11)])
    expect(hoa).toMatchObject({ org: tree.a2.id, status: 'chinh-thuc', email: 'hoa@example.vn' })
  })
})
