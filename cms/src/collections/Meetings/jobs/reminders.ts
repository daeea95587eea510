/**
 * Reminders before a meeting: one the day before (within 24 hours of its start) and one an hour before. Each is
 * recorded on the meeting when sent, so a rerun, or a run every few minutes, sends it once. Those who replied
 * "Vắng" are not reminded.
 */
import type { Payload, TaskConfig } from 'payload'
import type { Meeting } from '../../../payload-types.ts'
import { invitees, sendMeetingNotice, whenAndWhere } from '../notify.ts'

export const MEETING_REMINDERS_TASK = 'meetingReminders'

const HOUR = 3600_000
const WINDOWS = [
  { field: 'remindedDayBeforeAt', ahead: 24 * HOUR, title: 'Nhắc lịch họp ngày mai' },
  { field: 'remindedHourBeforeAt', ahead: HOUR, title: 'Sắp họp (còn khoảng 1 giờ)' },
] as const

/** Sends the reminders due at `now`; returns how many meetings were reminded. */
export async function sendMeetingReminders(payload: Payload, now = new Date()): Promise<number> {
  let sent = 0
  for (const window of WINDOWS) {
    const { docs } = await payload.find({
      collection: 'meetings',
      where: {
        and: [
          { status: { equals: 'scheduled' } },
          { startsAt: { greater_than: now.toISOString() } },
          { startsAt: { less_than_equal: new Date(now.getTime() + window.ahead).toISOString() } },
          { [window.field]: { exists: false } },
        ],
      },
      depth: 0,
      limit: 500,
      overrideAccess: true,
    })
    for (const meeting of docs as Meeting[]) {
      // The hour-before reminder supersedes a day-before one not yet sent (a meeting posted at short notice).
      if (
        window.field === 'remindedDayBeforeAt' &&
        meeting.startsAt <= new Date(now.getTime() + HOUR).toISOString()
      )
        continue
      const people = (await invitees(payload, meeting.id)).filter((p) => !p.absent).map((p) => p.member)
      await sendMeetingNotice(payload, meeting, people, {
        title: `${window.title}: ${meeting.title}`,
        body: whenAndWhere(meeting),
      })
      await payload.update({
        collection: 'meetings',
        id: meeting.id,
        data: { [window.field]: now.toISOString() },
        depth: 0,
        overrideAccess: true,
        context: { meetingsQuiet: true },
      })
      sent += 1
    }
  }
  return sent
}

export const meetingRemindersTask: TaskConfig<{ input: Record<string, never>; output: { sent: number } }> = {
  slug: MEETING_REMINDERS_TASK,
  label: 'Nhắc lịch họp (trước một ngày, trước một giờ)',
  outputSchema: [{ name: 'sent', type: 'number' }],
  // Every five minutes: the hour-before reminder arrives 55 to 60 minutes ahead.
  schedule: [{ cron: '0 */5 * * * *', queue: 'default' }],
  retries: 1,
  handler: async ({ req }) => ({ output: { sent: await sendMeetingReminders(req.payload) } }),
}
