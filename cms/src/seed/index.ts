/**
 * Seeds the fictional province "Đảng bộ tỉnh Sơn Hà": org tree, members, sample content and demo
 * logins. Deterministic, and idempotent: a finished province is left untouched, a half-seeded one is
 * completed without duplicating what exists.
 */
import type { ID } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { upsertMembers } from '../collections/MemberImports/commit/commit.ts'
import { seedDemoMeetings } from './demoMeetings.ts'
import { writeDemoStudy } from './demoStudy.ts'
import { writeDemoTasks } from './demoTasks.ts'
import { DEFAULT_MEMBERS, MAX_MEMBERS } from './limits.ts'
import { type DemoLogin, readLogins, writeLogins } from './logins.ts'
import { generateMembers } from './members.ts'
import { PROVINCE } from './orgNames.ts'
import { writeOrgs } from './orgs.ts'
import { type OrgPlan, planOrgTree } from './orgTree.ts'
import { createRandom } from './random.ts'
import { writeFaq, writeNews, writeStudyTopics } from './writeContent.ts'
import { writeDocuments } from './writeDocuments.ts'

export type { DemoLogin } from './logins.ts'

export { DEFAULT_MEMBERS, MAX_MEMBERS }

const SEED = 2026
/** The account created last: its presence means a previous run finished. */
const LAST_ACCOUNT = 'quantri'

export interface SeedOptions {
  /** About how many members; at least 8 per cell are made so no cell is empty. */
  members?: number
  onProgress?: (step: string, done: number, total: number) => void
}

export interface SeedResult {
  created: boolean
  logins: DemoLogin[]
}

async function isSeeded(payload: Payload): Promise<boolean> {
  const [root, last] = await Promise.all([
    payload.count({ collection: 'orgs', where: { code: { equals: PROVINCE.code } } }),
    payload.count({ collection: 'users', where: { username: { equals: LAST_ACCOUNT } } }),
  ])
  return root.totalDocs > 0 && last.totalDocs > 0
}

/** Cells grow with the member count (about 28 members each), never fewer than 30. */
export function sizeFor(requested: number) {
  const members = Math.min(MAX_MEMBERS, Math.max(1, Math.round(requested)))
  const cells = Math.max(30, Math.round(members / 28))
  return { cells, members: Math.max(members, cells * 8) }
}

/** The demo accounts' places: a commune directly under the province and one of its hamlet cells. */
function pickPlaces(plans: OrgPlan[]) {
  const parentOf = new Map(plans.map((p) => [p.code, p.parent]))
  const within = (code: string, ancestor: string): boolean => {
    const parent = parentOf.get(code)
    return parent === ancestor || (parent !== undefined && within(parent, ancestor))
  }
  const committee = plans.find((p) => p.code === 'SH-XTL')!
  const communeCells = plans.filter((p) => p.isCell && p.parent === committee.code)
  const cell = communeCells.find((p) => p.name.startsWith('Chi bộ thôn')) ?? communeCells[0]!
  const committeeHome = communeCells.at(-1)!
  const editorHome = plans.find((p) => p.isCell && within(p.code, 'SH-CQD'))!
  return { committee, cell, committeeHome, editorHome }
}

export async function seedDemo(payload: Payload, opts: SeedOptions = {}): Promise<SeedResult> {
  if (await isSeeded(payload)) return { created: false, logins: await readLogins(payload) }
  const report = opts.onProgress ?? (() => {})
  const size = sizeFor(opts.members ?? DEFAULT_MEMBERS)
  const random = createRandom(SEED)
  const plans = planOrgTree(size.cells, random)
  const members = generateMembers(
    plans.filter((p) => p.isCell),
    size.members,
    random,
  )
  const now = Date.now()

  const orgIds = await writeOrgs(payload, plans, (done, total) => report('Tạo tổ chức đảng', done, total))
  await upsertMembers(payload, members, {
    onBatch: (done, total) => report('Tạo đảng viên', done, total),
  })
  // The import sets chính thức / dự bị from the dates; elderly members exempt from meetings are marked here.
  const exempt = members.filter((m) => m.status === 'mien-sinh-hoat').map((m) => m.cardNumber)
  for (let i = 0; i < exempt.length; i += 500) {
    await payload.db.updateMany({
      collection: 'users',
      where: { username: { in: exempt.slice(i, i + 500) } },
      data: { status: 'mien-sinh-hoat' },
    })
  }

  const places = pickPlaces(plans)
  const id = (code: string): ID => orgIds.get(code)!
  const cell = { id: id(places.cell.code), name: places.cell.name }
  const documentIds = await writeDocuments(payload, orgIds, cell, (d, t) => report('Tạo văn bản', d, t))
  await writeNews(payload, orgIds, now, (d, t) => report('Tạo tin tức', d, t))
  await writeStudyTopics(payload, orgIds, documentIds, now, (d, t) => report('Tạo chuyên đề học tập', d, t))
  await writeFaq(payload, orgIds, (d, t) => report('Tạo hỏi đáp', d, t))

  const cellMembers = members.filter((m) => m.orgCode === places.cell.code)
  const memberCard = (cellMembers.find((m) => m.status === 'chinh-thuc') ?? cellMembers[0]!).cardNumber
  report('Tạo nhiệm vụ mẫu', 0, 1)
  await writeDemoTasks(payload, {
    committee: id(places.committee.code),
    cells: plans.filter((p) => p.isCell && p.parent === places.committee.code).map((p) => id(p.code)),
    cell: cell.id,
    memberCard,
    now,
  })
  report('Tạo bài trắc nghiệm, hội thi và khảo sát mẫu', 0, 1)
  await writeDemoStudy(payload, { province: id(PROVINCE.code), committee: id(places.committee.code), now })
  report('Tạo tài khoản mẫu', 0, 1)
  await writeLogins(
    payload,
    {
      province: { id: id(PROVINCE.code), name: PROVINCE.name },
      committee: { id: id(places.committee.code), name: places.committee.name },
      cell,
      editorHome: id(places.editorHome.code),
      committeeHome: id(places.committeeHome.code),
      memberCard,
    },
    now,
  )
  report('Tạo tài khoản mẫu', 1, 1)
  await seedDemoMeetings(payload, cell)
  return { created: true, logins: await readLogins(payload) }
}
export { FAQ } from './content/faq.ts'
export { demoFaqBank } from './demoFaqBank.ts'
