/**
 * Attendance over the last 12 months of an org's subtree: per member (rate) and per cell, with the Article 8
 * flag: a member absent without good reason (no "Vắng" reply with a reason, not checked in, not exempt) from
 * regular meetings in 3 different months of the current year (Vietnam time).
 */
import {
  ARTICLE8_MONTHS,
  addMonths,
  attendanceRate,
  type ID,
  idOf,
  meetingMonth,
  monthRange,
} from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { meetingsOf } from './meetingsOf.ts'
import { type Tally, tallyBy, unexcusedOf } from './tallies.ts'

export interface MemberAttendance {
  member: { id: ID; fullName: string; org: ID | null }
  invited: number
  present: number
  expected: number
  rate: number | null
  /** Months ("2027-01") of this year with a regular meeting missed without good reason. */
  unexcusedMonths: string[]
  flagged: boolean
}

export interface CellAttendance {
  org: { id: ID; name: string }
  meetings: number
  present: number
  expected: number
  rate: number | null
}

export interface AttendanceReport {
  from: string
  to: string
  year: number
  members: MemberAttendance[]
  cells: CellAttendance[]
}

export async function attendanceReport(
  payload: Payload,
  root: ID,
  now = new Date(),
): Promise<AttendanceReport> {
  const thisMonth = meetingMonth(now)
  const from = monthRange(addMonths(thisMonth, -11)).start
  const year = Number(thisMonth.slice(0, 4))
  const yearStart = monthRange(`${year}-01`).start
  const windowStart = new Date(Math.min(from.getTime(), yearStart.getTime()))
  const meetings = (await meetingsOf(payload, [root], { from: windowStart, to: now })).filter(
    (m) => new Date(m.startsAt) <= now,
  )
  const byId = new Map(meetings.map((m) => [String(m.id), m]))
  const inWindow = meetings.filter((m) => new Date(m.startsAt) >= from).map((m) => m.id)
  // Article 8 looks at this year's regular meetings only.
  const regularThisYear = meetings
    .filter((m) => m.kind === 'thuong-ky' && new Date(m.startsAt) >= yearStart)
    .map((m) => m.id)
  // Counted by the database (GROUP BY member, GROUP BY meeting); only the unexcused absences come back as rows.
  const [perMemberTally, perMeeting, unexcused] = await Promise.all([
    tallyBy(payload, 'member', inWindow),
    tallyBy(payload, 'meeting', inWindow),
    unexcusedOf(payload, regularThisYear),
  ])
  const perMember = new Map<string, { tally: Tally; months: Set<string> }>()
  for (const [id, tally] of perMemberTally) perMember.set(id, { tally, months: new Set() })
  for (const { member, meeting } of unexcused) {
    const m = byId.get(String(meeting))
    const entry = perMember.get(String(member))
    if (m && entry) entry.months.add(meetingMonth(m.startsAt))
  }
  const perCell = new Map<string, { meetings: number; tally: Tally }>()
  for (const [meetingId, tally] of perMeeting) {
    const meeting = byId.get(meetingId)
    if (!meeting) continue
    const key = String(idOf(meeting.org))
    const c = perCell.get(key) ?? { meetings: 0, tally: { invited: 0, present: 0, expected: 0 } }
    c.meetings += 1
    c.tally.present += tally.present
    c.tally.expected += tally.expected
    perCell.set(key, c)
  }
  const [people, orgs] = await Promise.all([
    namesOf(payload, 'users', [...perMember.keys()]),
    namesOf(payload, 'orgs', [...perCell.keys()]),
  ])
  const members: MemberAttendance[] = [...perMember.entries()].map(([id, m]) => {
    const counts = m.tally
    const person = people.get(id)
    const unexcusedMonths = [...m.months].sort()
    return {
      member: { id: person?.id ?? id, fullName: person?.name ?? '', org: person?.org ?? null },
      invited: counts.invited,
      present: counts.present,
      expected: counts.expected,
      rate: attendanceRate(counts),
      unexcusedMonths,
      flagged: unexcusedMonths.length >= ARTICLE8_MONTHS,
    }
  })
  members.sort(
    (a, b) =>
      Number(b.flagged) - Number(a.flagged) || a.member.fullName.localeCompare(b.member.fullName, 'vi'),
  )
  const cells: CellAttendance[] = [...perCell.entries()].map(([id, c]) => {
    const counts = c.tally
    const org = orgs.get(id)
    return {
      org: { id: org?.id ?? id, name: org?.name ?? '' },
      meetings: c.meetings,
      present: counts.present,
      expected: counts.expected,
      rate: attendanceRate(counts),
    }
  })
  cells.sort((a, b) => a.org.name.localeCompare(b.org.name, 'vi'))
  return { from: from.toISOString(), to: now.toISOString(), year, members, cells }
}

async function namesOf(
  payload: Payload,
  collection: 'users' | 'orgs',
  ids: string[],
): Promise<Map<string, { id: ID; name: string; org: ID | null }>> {
  const out = new Map<string, { id: ID; name: string; org: ID | null }>()
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500)
    const { docs } = await payload.find({
      collection,
      where: { id: { in: chunk } },
      select: collection === 'users' ? { fullName: true, org: true } : { name: true },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const d of docs as { id: ID; fullName?: string; name?: string; org?: unknown }[])
      out.set(String(d.id), {
        id: d.id,
        name: d.fullName ?? d.name ?? '',
        org: (idOf(d.org as never) as ID | undefined) ?? null,
      })
  }
  return out
}
