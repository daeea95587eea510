/**
 * Study windows sent to the member (kind `study`): a contest's opening, and the close of every quiz, contest
 * and survey. Read as the member, then kept to what was sent to their own lineage (a study admin also reads
 * drafts of their subtree, which are not theirs to sit).
 */
import { asSessionUser, idOf, memberScope } from '@sotay/content-schemas'
import { type CalendarSource, calendarItem, inWindow, isoOf, type SourceQuery } from '../item.ts'
import type { CalendarItem } from '../schemas.ts'

type Windowed = {
  id: number | string
  title: string
  org: unknown
  opensAt?: string | null
  closesAt?: string | null
  updatedAt?: string | null
  kind?: string | null
}

async function windowsOf(query: SourceQuery, collection: 'quizzes' | 'surveys'): Promise<Windowed[]> {
  const { payload, db, user, from, to } = query
  const scope = memberScope(asSessionUser(user))
  if (!scope.length) return []
  if (db) {
    // What `readQuizzes`/`readSurveys` send a member: published, from an org of their own lineage.
    const { sql } = db
    const w = db.table(collection)
    const inRange = (column: unknown) =>
      sql`(${column} >= ${from.toISOString()} and ${column} < ${to.toISOString()})`
    const orgs = sql.join(
      scope.map((id) => sql`${id}`),
      sql`, `,
    )
    const rows = await db.rows(
      sql`select ${w.id} as "id", ${w.title} as "title", ${w.org} as "org", ${w.opensAt} as "opensAt",
        ${w.closesAt} as "closesAt", ${w.updatedAt} as "updatedAt"${collection === 'quizzes' ? sql`, ${w.kind} as "kind"` : sql``}
        from ${w} where ${w.published} and ${w.org} in (${orgs})
        and (${inRange(w.opensAt)} or ${inRange(w.closesAt)}) limit 200`,
    )
    return rows.map((r) => ({
      ...(r as unknown as Windowed),
      opensAt: isoOf(r.opensAt),
      closesAt: isoOf(r.closesAt),
      updatedAt: isoOf(r.updatedAt),
    }))
  }
  const { docs } = await payload.find({
    collection,
    where: {
      and: [
        { published: { equals: true } },
        { or: [inWindow('opensAt', query), inWindow('closesAt', query)] },
      ],
    },
    depth: 0,
    limit: 200,
    pagination: false,
    select: {
      title: true,
      org: true,
      opensAt: true,
      closesAt: true,
      updatedAt: true,
      ...(collection === 'quizzes' ? { kind: true } : {}),
    },
    user,
    overrideAccess: false,
  })
  const sent = new Set(scope.map(String))
  return (docs as unknown as Windowed[]).filter((d) => sent.has(String(idOf(d.org as never))))
}

const within = (iso: string | null | undefined, { from, to }: SourceQuery) =>
  Boolean(iso) && new Date(iso as string) >= from && new Date(iso as string) < to

export const studySource: CalendarSource = {
  kind: 'study',
  async items(query) {
    const [quizzes, surveys] = await Promise.all([windowsOf(query, 'quizzes'), windowsOf(query, 'surveys')])
    const items: CalendarItem[] = []
    const add = (
      doc: Windowed,
      suffix: string,
      title: string,
      at: string,
      link: string,
      alarmMinutes: number,
    ) =>
      items.push(
        calendarItem({
          kind: 'study',
          id: `${doc.id}-${suffix}`,
          title,
          startsAt: at,
          updatedAt: doc.updatedAt,
          link,
          alarmMinutes,
        }),
      )
    for (const quiz of quizzes) {
      const link = '/thanh-vien/trac-nghiem/'
      const contest = quiz.kind === 'contest'
      if (contest && within(quiz.opensAt, query))
        add(quiz, 'mo', `Hội thi mở: ${quiz.title}`, quiz.opensAt as string, link, 60)
      if (within(quiz.closesAt, query))
        add(
          quiz,
          'han',
          `${contest ? 'Hội thi kết thúc' : 'Hạn làm bài'}: ${quiz.title}`,
          quiz.closesAt as string,
          link,
          1440,
        )
    }
    for (const survey of surveys)
      if (within(survey.closesAt, query))
        add(
          survey,
          'khao-sat',
          `Hạn khảo sát: ${survey.title}`,
          survey.closesAt as string,
          `/thanh-vien/khao-sat/#${survey.id}`,
          1440,
        )
    return items.sort((a, b) => a.startsAt.localeCompare(b.startsAt))
  },
}
