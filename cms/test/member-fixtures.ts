/** Shared set-up for the member import and member card tests: an org tree, admins and member list files. */
import ExcelJS from 'exceljs'
import type { Payload } from 'payload'

export interface Tree {
  root: { id: number | string }
  a: { id: number | string }
  a1: { id: number | string; name: string }
  a2: { id: number | string }
  b: { id: number | string }
  b1: { id: number | string }
}

/** Tỉnh ủy → {A → A1, A2; B → B1}, codes prefixed with `p` so test files never collide. */
export async function orgTree(payload: Payload, p: string): Promise<Tree> {
  const org = (name: string, code: string, kind: string, parent?: { id: number | string }) =>
    payload.create({
      collection: 'orgs',
      data: { name, code, kind, parent: parent?.id } as any,
    }) as Promise<any>
  const root = await org(`Tỉnh ủy thử ${p}`, `${p}-TU`, 'tinh-uy')
  const a = await org('Đảng ủy xã An Bình', `${p}-A`, 'dang-uy-xa-phuong', root)
  const a1 = await org('Chi bộ thôn Đông', `${p}-A1`, 'chi-bo', a)
  const a2 = await org('Chi bộ thôn Tây', `${p}-A2`, 'chi-bo', a)
  const b = await org('Đảng ủy phường Bắc Sơn', `${p}-B`, 'dang-uy-xa-phuong', root)
  const b1 = await org('Chi bộ khu phố 1', `${p}-B1`, 'chi-bo', b)
  return { root, a, a1, a2, b, b1 }
}

export const PASSWORD = 'mat-khau-thu-nghiem-1'

/** A user with a password (to sign in through REST) and the given grants. */
export function person(
  payload: Payload,
  username: string,
  grants: { role: string; org: number | string }[],
  org?: number | string,
): Promise<any> {
  return payload.create({
    collection: 'users',
    data: { fullName: `Cán bộ ${username}`, username, password: PASSWORD, grants, org } as any,
  })
}

export const HEADER = [
  'Số thẻ đảng viên',
  'Họ và tên',
  'Ngày sinh',
  'Giới tính',
  'Ngày vào Đảng',
  'Ngày chính thức',
  'Mã tổ chức',
  'Điện thoại',
  'Email',
]

/** A CSV as Excel writes it for Vietnamese users: BOM, `;` separators, CRLF. */
export function csvFile(rows: (string | number)[][], name = 'danh-sach.csv') {
  const text = `\uFEFF${[HEADER, ...rows].map((r) => r.join(';')).join('\r\n')}\r\n`
  const data = Buffer.from(text, 'utf8')
  return { data, name, mimetype: 'text/csv', size: data.length }
}

/** An XLSX with a title row above an unaccented header, date cells and number cells, as real lists have. */
export async function xlsxFile(rows: unknown[][], name = 'danh-sach.xlsx') {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Đảng viên')
  sheet.addRow(['DANH SÁCH ĐẢNG VIÊN'])
  sheet.addRow(
    HEADER.map((h) =>
      h
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/Đ/g, 'D'),
    ),
  )
  for (const row of rows) sheet.addRow(row)
  sheet.getColumn(3).numFmt = 'dd/mm/yyyy'
  const data = Buffer.from(await workbook.xlsx.writeBuffer())
  return {
    data,
    name,
    mimetype: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    size: data.length,
  }
}

/** Creates an import as `user` (access rules applied), as the admin's upload form does. */
export function upload(
  payload: Payload,
  user: any,
  file: Awaited<ReturnType<typeof xlsxFile>>,
  org?: unknown,
) {
  return payload.create({
    collection: 'member-imports' as any,
    data: (org === undefined ? {} : { org }) as any,
    file,
    user,
    depth: 0,
    overrideAccess: false,
  }) as Promise<any>
}

/** Every account holding one of these card numbers. */
export async function accounts(payload: Payload, cards: string[]): Promise<any[]> {
  const found = await payload.find({
    collection: 'users',
    where: { username: { in: cards } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    showHiddenFields: true,
  })
  return found.docs
}

/** The jobs queued for one import. */
export async function jobsOf(payload: Payload, importId: number | string): Promise<any[]> {
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'importMembers' } },
    depth: 0,
    pagination: false,
  })
  return jobs.docs.filter((j: any) => String(j.input?.importId) === String(importId))
}
