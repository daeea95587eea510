/** Calendar entry reminders (nhắc việc): when an entry's reminder time has come, one notice to its owner. */
import { idOf, type Ref, reminderMinutes, viDateTime } from '@sotay/content-schemas'
import type { Payload, TaskConfig } from 'payload'
import type { CalendarEntry, User } from '../../payload-types.ts'
import { sendNotice } from '../Notices/fanout/sendNotice.ts'

export const REMIND_ENTRIES = 'remindCalendarEntries'
/** The longest reminder is a day: nothing further ahead can be due. */
const LOOKAHEAD = 1440 * 60_000

export async function remindCalendarEntries(payload: Payload, options: { now?: Date } = {}): Promise<number> {
  const now = options.now ?? new Date()
  const { docs } = await payload.find({
    collection: 'calendar-entries',
    where: {
      and: [
        { reminder: { not_equals: 'none' } },
        { remindedAt: { exists: false } },
        { startsAt: { greater_than_equal: now.toISOString() } },
        { startsAt: { less_than: new Date(now.getTime() + LOOKAHEAD).toISOString() } },
      ],
    },
    depth: 0,
    limit: 500,
    overrideAccess: true,
  })
  let sent = 0
  for (const entry of docs as CalendarEntry[]) {
    const at = new Date(entry.startsAt).getTime() - reminderMinutes(entry.reminder) * 60_000
    if (at > now.getTime()) continue
    const ownerId = idOf(entry.owner as Ref)
    const owner =
      ownerId === undefined
        ? null
        : ((await payload.findByID({
            collection: 'users',
            id: ownerId,
            depth: 0,
            overrideAccess: true,
            disableErrors: true,
          })) as User | null)
    const home = idOf(owner?.org as Ref)
    if (!owner || home === undefined) continue
    await sendNotice(payload, {
      fromOrg: home,
      title: `Nhắc việc: ${entry.title}`,
      body: `${entry.title} lúc ${viDateTime(entry.startsAt)}${entry.place ? `, tại ${entry.place}` : ''}.`,
      target: { org: home, users: [owner.id] },
    })
    await payload.update({
      collection: 'calendar-entries',
      id: entry.id,
      data: { remindedAt: now.toISOString() },
      overrideAccess: true,
    })
    sent += 1
  }
  return sent
}

export const remindCalendarEntriesTask: TaskConfig<{
  input: Record<string, never>
  output: { sent: number }
}> = {
  slug: REMIND_ENTRIES,
  label: 'Nhắc việc trong lịch cá nhân',
  outputSchema: [{ name: 'sent', type: 'number' }],
  // Every minute: a 15-minute reminder arrives within a minute of its time.
  schedule: [{ cron: '0 * * * * *', queue: 'default' }],
  retries: 1,
  handler: async ({ req }) => ({ output: { sent: await remindCalendarEntries(req.payload) } }),
}
