/** Quiz and contest deadlines of the member's subtree: a published quiz whose window closes in the range. */
import type { Quiz } from '@sotay/cms'
import { QUIZ_KINDS, viDateTime } from '@sotay/content-schemas'
import { type CalendarSource, calendarItem } from '../item.ts'

export const studySource: CalendarSource = {
  kind: 'study',
  async items({ payload, user, from, to }) {
    const { docs } = await payload.find({
      collection: 'quizzes',
      where: {
        and: [
          // Read as the member, a study admin would also get drafts: only what was sent to members counts.
          { published: { equals: true } },
          { closesAt: { greater_than_equal: from.toISOString() } },
          { closesAt: { less_than: to.toISOString() } },
        ],
      },
      sort: 'closesAt',
      depth: 0,
      limit: 500,
      // One query, no count: a calendar window never holds more.
      pagination: false,
      select: { title: true, kind: true, opensAt: true, closesAt: true, updatedAt: true },
      user,
      overrideAccess: false,
    })
    return (docs as Quiz[]).map((q) =>
      calendarItem({
        kind: 'study',
        id: q.id,
        title: `Hạn ${QUIZ_KINDS.find((k) => k.value === q.kind)?.label.vi.toLowerCase() ?? 'làm bài'}: ${q.title}`,
        startsAt: q.closesAt as string,
        note: q.opensAt ? `Mở từ ${viDateTime(q.opensAt)}` : null,
        alarmMinutes: 1440,
        updatedAt: q.updatedAt,
        link: '/thanh-vien/trac-nghiem/',
      }),
    )
  },
}
