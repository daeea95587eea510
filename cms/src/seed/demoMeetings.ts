/**
 * The demo cell's meetings: next month's regular meeting, posted on time, with its agenda and the cell's
 * resolution 08-NQ/CB, run by the demo secretary; and the last three months' meetings, held, with attendance
 * (most present, a few away with a reason, one member absent without reason each time, so the attendance
 * report shows the Article 8 flag).
 */
import {
  addMonths,
  type ID,
  idOf,
  meetingMonth,
  monthRange,
  postedOnTime,
  viMonth,
} from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { MEETINGS_QUIET_CONTEXT } from '../collections/Meetings/notify.ts'
import type { Meeting } from '../payload-types.ts'

const HOUR = 3600_000
const AGENDA = [
  'Đánh giá kết quả thực hiện nhiệm vụ tháng',
  'Quán triệt Nghị quyết 08-NQ/CB của chi bộ',
  'Phương hướng, nhiệm vụ tháng tới',
]
const REASONS = ['Đi công tác ngoài tỉnh', 'Ốm, đang điều trị', 'Việc gia đình']

/** 08:00 Vietnam time on the 5th of `month`. */
const fifthOf = (month: string) => new Date(monthRange(month).start.getTime() + 4 * 24 * HOUR + 8 * HOUR)

export async function seedDemoMeetings(payload: Payload, cell: { id: ID; name: string }, now = new Date()) {
  const [secretary] = (
    await payload.find({ collection: 'users', where: { username: { equals: 'bithu' } }, depth: 0, limit: 1 })
  ).docs
  const resolution = (
    await payload.find({
      collection: 'documents',
      where: { numberSymbol: { equals: '08-NQ/CB' } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
  ).docs[0]
  const base = (month: string, startsAt: Date) => ({
    title: `Sinh hoạt chi bộ thường kỳ tháng ${viMonth(month)}`,
    kind: 'thuong-ky' as const,
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2.5 * HOUR).toISOString(),
    place: `Nhà văn hóa ${cell.name.replace(/^Chi bộ /, '')}`,
    agenda: AGENDA.map((title) => ({ title })),
    documents: resolution ? [resolution.id] : [],
    chair: secretary?.id,
    org: cell.id,
  })

  // Next month when it can still be posted on time; past the 20th, the month after.
  let month = addMonths(meetingMonth(now), 1)
  if (!postedOnTime(now, fifthOf(month))) month = addMonths(month, 1)
  await payload.create({
    collection: 'meetings',
    data: { ...base(month, fifthOf(month)), online: true, status: 'scheduled' },
    overrideAccess: true,
    depth: 0,
  })

  for (const back of [1, 2, 3]) {
    const past = addMonths(meetingMonth(now), -back)
    const startsAt = fifthOf(past)
    if (startsAt > now) continue
    const meeting = (await payload.create({
      collection: 'meetings',
      data: { ...base(past, startsAt), status: 'held' },
      overrideAccess: true,
      depth: 0,
      context: { [MEETINGS_QUIET_CONTEXT]: true },
    })) as Meeting
    const { docs: rows } = await payload.find({
      collection: 'meeting-attendance',
      where: { meeting: { equals: meeting.id } },
      sort: 'member',
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    })
    for (const [i, row] of rows.entries()) {
      if (row.exempt) continue
      const isSecretary = String(idOf(row.member)) === String(secretary?.id)
      // The second member (by id) misses every month without a reason: the Article 8 example.
      if (i === 1 && !isSecretary) continue
      const away = !isSecretary && (i + back) % 7 === 0
      await payload.update({
        collection: 'meeting-attendance',
        id: row.id,
        data: away
          ? { reply: 'absent', reason: REASONS[(i + back) % REASONS.length] }
          : {
              reply: 'present',
              checkedInAt: new Date(startsAt.getTime() + (i % 10) * 60_000).toISOString(),
              checkinMethod: i % 3 === 0 ? 'manual' : 'qr',
            },
        overrideAccess: true,
        depth: 0,
        context: { [MEETINGS_QUIET_CONTEXT]: true },
      })
    }
  }
}
