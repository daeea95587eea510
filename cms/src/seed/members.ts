/**
 * Generates the demo members (đảng viên) as import rows: names, plausible life dates, phones and
 * emails, spread over the cells. Pure and deterministic for a given seed.
 */

import { foldAccents } from '@sotay/content-schemas'
import type { MemberRow } from '@sotay/content-schemas/member-imports/row'
import { fullName, type Gender } from './names.ts'
import { allocate, type OrgPlan, type Profile } from './orgTree.ts'
import type { Random } from './random.ts'

/** Dates are drawn relative to this day, not today, so the data does not drift between runs. */
export const REFERENCE_DATE = '2026-10-01'

export type MemberStatus = 'chinh-thuc' | 'du-bi' | 'mien-sinh-hoat'

export interface DemoMember extends MemberRow {
  status: MemberStatus
}

/** 12-digit party card numbers: a fixed prefix and a scrambled, collision-free sequence. */
export function cardNumber(index: number): string {
  // 7,919,357 is coprime with 10^10, so index -> suffix is one-to-one.
  const suffix = (index * 7_919_357 + 1_234_567) % 10_000_000_000
  return `88${String(suffix).padStart(10, '0')}`
}

const PROFILES: Record<Profile, { ages: [number, number]; joinBy: number; female: number; email: number }> = {
  local: { ages: [24, 86], joinBy: 30, female: 0.42, email: 0.1 },
  office: { ages: [24, 60], joinBy: 14, female: 0.5, email: 0.45 },
  armed: { ages: [20, 56], joinBy: 8, female: 0.12, email: 0.15 },
}

const MOBILE_PREFIXES = [
  '032',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '039',
  '070',
  '076',
  '077',
  '078',
  '079',
  '081',
  '083',
  '084',
  '085',
  '086',
  '088',
  '089',
  '090',
  '091',
  '093',
  '094',
  '096',
  '097',
  '098',
]

const DAY = 86_400_000
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10)
const addYears = (date: string, years: number) =>
  `${Number(date.slice(0, 4)) + years}${date.slice(4)}`.replace('-02-29', '-02-28')

function lifeDates(random: Random, profile: Profile) {
  const p = PROFILES[profile]
  const reference = Date.parse(REFERENCE_DATE)
  // The mean of two draws leans the ages toward the middle of the range.
  const age = Math.floor(p.ages[0] + ((random.next() + random.next()) / 2) * (p.ages[1] - p.ages[0]))
  const birthDate = iso(reference - (age * 365.25 + random.int(0, 364)) * DAY)
  const recent = random.chance(0.05)
  const maxJoinAge = Math.max(0, Math.min(age - 19, p.joinBy))
  const admitted = recent
    ? reference - random.int(20, 340) * DAY
    : Date.parse(addYears(birthDate, 18 + Math.floor(random.next() ** 1.4 * maxJoinAge))) +
      random.int(0, 300) * DAY
  const admittedAt = iso(Math.min(admitted, reference - 20 * DAY))
  const official = addYears(admittedAt, 1)
  const officialAt = official <= REFERENCE_DATE ? official : null
  const status: MemberStatus = !officialAt
    ? 'du-bi'
    : age >= 72 && random.chance(0.35)
      ? 'mien-sinh-hoat'
      : 'chinh-thuc'
  return { birthDate, admittedAt, officialAt, status }
}

function phone(random: Random): string {
  return `${random.pick(MOBILE_PREFIXES)}${String(random.int(0, 9_999_999)).padStart(7, '0')}`
}

function email(name: string, card: string): string {
  // The last six digits differ for every member below a million, so addresses never collide.
  const words = foldAccents(name).toLowerCase().split(' ')
  const given = words.pop()!
  return `${given}.${words.map((w) => w[0]).join('')}${card.slice(-6)}@example.org`
}

/** `total` members over the given cells, each cell getting a share around the average. */
export function generateMembers(cells: OrgPlan[], total: number, random: Random): DemoMember[] {
  const weights = cells.map(() => 0.5 + random.next() * 1.5)
  const counts = allocate(
    total,
    weights,
    cells.map(() => Math.min(4, Math.floor(total / cells.length))),
  )
  const members: DemoMember[] = []
  cells.forEach((cell, c) => {
    const p = PROFILES[cell.profile]
    for (let i = 0; i < counts[c]!; i++) {
      const index = members.length
      const gender: Gender = random.chance(p.female) ? 'nu' : 'nam'
      const name = fullName(random, gender)
      const card = cardNumber(index)
      members.push({
        row: index + 2,
        cardNumber: card,
        fullName: name,
        gender,
        ...lifeDates(random, cell.profile),
        orgCode: cell.code,
        phone: random.chance(0.95) ? phone(random) : null,
        email: random.chance(p.email) ? email(name, card) : null,
      })
    }
  })
  return members
}
