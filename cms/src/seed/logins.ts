/**
 * The demo accounts, one per kind of user: superadmin, provincial editor, commune committee staff,
 * a cell secretary and an activated member of the same cell. Passwords are public demo values.
 */
import { type ID, idOf } from '@sotay/content-schemas'
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'

export interface DemoLogin {
  /** In Vietnamese, e.g. "Biên tập viên cấp tỉnh". */
  role: string
  username: string
  password: string
  /** The organisation the account works in. */
  org: string
}

export interface LoginPlaces {
  province: { id: ID; name: string }
  /** An organisation directly under the province, run by the committee account. */
  committee: { id: ID; name: string }
  /** A cell inside it, home of the secretary and the member. */
  cell: { id: ID; name: string }
  /** Home cells of the editor and the committee staffer (who are members too). */
  editorHome: ID
  committeeHome: ID
  /** Card number (username) of the member account, one of the imported members of `cell`. */
  memberCard: string
}

interface Account {
  login: DemoLogin
  data: Omit<RequiredDataFromCollectionSlug<'users'>, 'username'>
}

function accounts(at: LoginPlaces): Account[] {
  const cellLabel = `${at.cell.name} (${at.committee.name})`
  return [
    {
      login: {
        role: 'Biên tập viên cấp tỉnh',
        username: 'bientap',
        password: 'BienTap@2026',
        org: at.province.name,
      },
      data: {
        fullName: 'Trần Thu Hương',
        gender: 'nu',
        org: at.editorHome,
        grants: [{ role: 'editor', org: at.province.id }],
      },
    },
    {
      login: {
        role: 'Cấp ủy (văn phòng Đảng ủy xã)',
        username: 'capuy',
        password: 'CapUy@2026',
        org: at.committee.name,
      },
      data: {
        fullName: 'Lê Văn Thắng',
        gender: 'nam',
        org: at.committeeHome,
        grants: [{ role: 'committee', org: at.committee.id }],
      },
    },
    {
      login: { role: 'Bí thư chi bộ', username: 'bithu', password: 'BiThu@2026', org: cellLabel },
      data: {
        fullName: 'Phạm Đức Minh',
        gender: 'nam',
        birthDate: '1972-04-12',
        admittedAt: '1996-05-19',
        officialAt: '1997-05-19',
        status: 'chinh-thuc',
        phone: '0912000111',
        org: at.cell.id,
        grants: [{ role: 'secretary', org: at.cell.id }],
      },
    },
    // Last on purpose: the seed treats this account's presence as "a previous run finished".
    {
      login: {
        role: 'Quản trị hệ thống',
        username: 'quantri',
        password: 'QuanTri@2026',
        org: at.province.name,
      },
      data: { fullName: 'Quản trị hệ thống', grants: [{ role: 'superadmin', org: at.province.id }] },
    },
  ]
}

const MEMBER_PASSWORD = 'DangVien@2026'

/** The logins as they will be printed, whether or not the accounts exist yet. */
export function demoLogins(
  at: Pick<LoginPlaces, 'province' | 'committee' | 'cell' | 'memberCard'>,
): DemoLogin[] {
  const listed = accounts({ ...at, editorHome: 0, committeeHome: 0 }).map((a) => a.login)
  const secretary = listed.find((l) => l.username === 'bithu')!
  const member = { role: 'Đảng viên', username: at.memberCard, password: MEMBER_PASSWORD, org: secretary.org }
  // Printed from the widest reach to the narrowest: superadmin first, the member last.
  return [listed.at(-1)!, ...listed.slice(0, -1), member]
}

async function findUser(payload: Payload, username: string) {
  const found = await payload.find({
    collection: 'users',
    where: { username: { equals: username } },
    depth: 0,
    limit: 1,
  })
  return found.docs.at(0)
}

/** Activates the member account, then creates the admin accounts that are missing (superadmin last). */
export async function writeLogins(payload: Payload, at: LoginPlaces, now: number): Promise<void> {
  const member = await findUser(payload, at.memberCard)
  if (!member) throw new Error(`Không tìm thấy đảng viên mẫu có số thẻ ${at.memberCard}.`)
  if (!member.activatedAt) {
    await payload.update({
      collection: 'users',
      id: member.id,
      data: { password: MEMBER_PASSWORD, activatedAt: new Date(now).toISOString() },
      depth: 0,
    })
  }
  for (const { login, data } of accounts(at)) {
    if (await findUser(payload, login.username)) continue
    await payload.create({
      collection: 'users',
      data: {
        ...data,
        username: login.username,
        password: login.password,
        activatedAt: new Date(now).toISOString(),
      },
      depth: 0,
    })
  }
}

const orgName = async (payload: Payload, id: ID) =>
  String((await payload.findByID({ collection: 'orgs', id, depth: 0 })).name)

/** The demo logins as they stand in the database (the seed may have been run at another size). */
export async function readLogins(payload: Payload): Promise<DemoLogin[]> {
  const province = await payload.find({
    collection: 'orgs',
    where: { code: { equals: 'SH' } },
    depth: 0,
    limit: 1,
  })
  const [capuy, bithu] = await Promise.all([findUser(payload, 'capuy'), findUser(payload, 'bithu')])
  if (!province.docs[0] || !capuy?.grants?.[0] || !bithu?.org) return []
  const cellId = idOf(bithu.org)!
  const member = await payload.find({
    collection: 'users',
    where: { org: { equals: cellId }, activatedAt: { exists: true }, username: { not_equals: 'bithu' } },
    sort: 'activatedAt',
    depth: 0,
    limit: 1,
  })
  const committeeId = idOf(capuy.grants[0].org)!
  return demoLogins({
    province: { id: province.docs[0].id, name: String(province.docs[0].name) },
    committee: { id: committeeId, name: await orgName(payload, committeeId) },
    cell: { id: cellId, name: await orgName(payload, cellId) },
    memberCard: String((member.docs[0] as { username?: string } | undefined)?.username ?? ''),
  })
}
