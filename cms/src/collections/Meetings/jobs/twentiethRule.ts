/**
 * The 20th rule's reminder: from the 15th to the 20th (Vietnam time), the secretaries of every cell that has not
 * posted next month's regular meeting get a notice, at most one per cell per day. The notice itself is the
 * record (its send time): a cell that already got today's reminder is skipped, so the job may run as often as it likes.
 */
import {
  CELL_KINDS,
  type ID,
  idOf,
  nextMonth,
  TWENTIETH_DEADLINE_DAY,
  TWENTIETH_REMINDER_FROM_DAY,
  vietnamDayOfMonth,
  vietnamDayStart,
  viMonth,
} from '@sotay/content-schemas'
import type { Payload, TaskConfig } from 'payload'
import { sendNotice } from '../../Notices/fanout/sendNotice.ts'

const DAY = 24 * 3600_000

export const TWENTIETH_RULE_TASK = 'meetingsTwentiethRule'

export const twentiethReminderTitle = (month: string) =>
  `Nhắc đăng lịch sinh hoạt thường kỳ tháng ${viMonth(month)} (hạn ngày 20)`

/** Cells (ids) of the whole tree with a regular meeting of `month` posted (not cancelled). */
export async function cellsWithRegularMeeting(payload: Payload, month: string): Promise<Set<string>> {
  const { docs } = await payload.find({
    collection: 'meetings',
    where: {
      and: [
        { kind: { equals: 'thuong-ky' } },
        { month: { equals: month } },
        { status: { not_equals: 'cancelled' } },
      ],
    },
    select: { org: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Set(docs.map((d) => String(idOf(d.org))))
}

/** Sends the reminders due at `now`; returns the cells reminded. */
export async function remindTwentiethRule(payload: Payload, now = new Date()): Promise<ID[]> {
  const day = vietnamDayOfMonth(now)
  if (day < TWENTIETH_REMINDER_FROM_DAY || day > TWENTIETH_DEADLINE_DAY) return []
  const month = nextMonth(now)
  const title = twentiethReminderTitle(month)
  const [posted, cells, remindedToday] = await Promise.all([
    cellsWithRegularMeeting(payload, month),
    payload.find({
      collection: 'orgs',
      where: { kind: { in: [...CELL_KINDS] } },
      select: { name: true },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    }),
    payload.find({
      collection: 'notices',
      where: {
        and: [
          { title: { equals: title } },
          { sendAt: { greater_than_equal: vietnamDayStart(now).toISOString() } },
          { sendAt: { less_than: new Date(vietnamDayStart(now).getTime() + DAY).toISOString() } },
        ],
      },
      select: { targetOrg: true },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    }),
  ])
  const done = new Set(remindedToday.docs.map((n) => String(idOf(n.targetOrg))))
  const reminded: ID[] = []
  for (const cell of cells.docs) {
    if (posted.has(String(cell.id)) || done.has(String(cell.id))) continue
    const left = TWENTIETH_DEADLINE_DAY - day
    await sendNotice(payload, {
      fromOrg: cell.id,
      title,
      body: `Chi bộ ${cell.name} chưa đăng lịch sinh hoạt thường kỳ tháng ${viMonth(month)}. ${
        left ? `Còn ${left} ngày đến hạn ngày 20.` : 'Hôm nay là hạn cuối (ngày 20).'
      } Lên lịch trong mục “Sinh hoạt chi bộ”: /thanh-vien/sinh-hoat/#moi`,
      target: { org: cell.id, roles: ['secretary'] },
      priority: left ? 'normal' : 'important',
      sendAt: now,
    })
    reminded.push(cell.id)
  }
  return reminded
}

export const twentiethRuleTask: TaskConfig<{ input: Record<string, never>; output: { reminded: number } }> = {
  slug: TWENTIETH_RULE_TASK,
  label: 'Nhắc bí thư đăng lịch sinh hoạt tháng sau (trước ngày 20)',
  outputSchema: [{ name: 'reminded', type: 'number' }],
  // 08:00 Vietnam time each day; the job itself checks the 15th–20th.
  schedule: [{ cron: '0 0 1 * * *', queue: 'default' }],
  retries: 1,
  handler: async ({ req }) => ({ output: { reminded: (await remindTwentiethRule(req.payload)).length } }),
}
