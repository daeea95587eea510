/**
 * Study windows sent to the member (kind `study`): a contest's opening, and the close of every quiz, contest
 * and survey. What `readQuizzes`/`readSurveys` send a member: published, from an org of their own lineage (a study
 * admin also reads drafts of their subtree, which are not theirs to sit).
 */
import { asSessionUser, idOf, memberScope } from '@sotay/content-schemas'
import {
  type AgendaWindow,
  type CalendarSource,
  calendarItem,
  inWindow,
  type PayloadQuery,
  type SourceRow,
  sourceSelect,
} from '../item.ts'
import type { CalendarItem } from '../schemas.ts'
import { MEMBER_SCOPE } from './member.ts'

type Windowed = 'quizzes' | 'surveys'
const SOURCE: Record<Windowed, string> = { quizzes: 'quiz', surveys: 'survey' }

const sentWindows = (table: Windowed) =>
  `SELECT * FROM (${sourceSelect(
    SOURCE[table],
    {
      id: '"id"',
      title: '"title"',
      at: '"opens_at"',
      status: table === 'quizzes' ? '"kind"' : undefined,
      updatedAt: '"updated_at"',
      closesAt: '"closes_at"',
    },
    `FROM "${table}" WHERE "published" AND "org_id" IN (${MEMBER_SCOPE})
    AND (("opens_at" >= ?2 AND "opens_at" < ?3) OR ("closes_at" >= ?2 AND "closes_at" < ?3))
    ORDER BY "id" LIMIT 200`,
  )}) AS "${SOURCE[table]}_rows"`

async function readWindows(query: PayloadQuery, collection: Windowed): Promise<SourceRow[]> {
  const { payload, user } = query
  const scope = memberScope(asSessionUser(user))
  if (!scope.length) return []
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
  type Doc = { id: number | string; title: string; org: unknown; kind?: string | null } & Record<
    string,
    unknown
  >
  return (docs as unknown as Doc[])
    .filter((d) => sent.has(String(idOf(d.org as never))))
    .map((d) => ({
      source: SOURCE[collection],
      id: d.id,
      title: d.title,
      at: (d.opensAt as string | null) ?? null,
      endsAt: null,
      place: null,
      note: null,
      status: d.kind ?? null,
      updatedAt: (d.updatedAt as string | null) ?? null,
      closesAt: (d.closesAt as string | null) ?? null,
    }))
}

const within = (iso: string | null | undefined, { from, to }: AgendaWindow) =>
  Boolean(iso) && new Date(iso as string) >= from && new Date(iso as string) < to

function present(rows: SourceRow[], window: AgendaWindow): CalendarItem[] {
  const items: CalendarItem[] = []
  const add = (
    row: SourceRow,
    suffix: string,
    title: string,
    at: string,
    link: string,
    alarmMinutes: number,
  ) =>
    items.push(
      calendarItem({
        kind: 'study',
        id: `${row.id}-${suffix}`,
        title,
        startsAt: at,
        updatedAt: row.updatedAt,
        link,
        alarmMinutes,
      }),
    )
  for (const quiz of rows.filter((r) => r.source === 'quiz')) {
    const link = '/thanh-vien/trac-nghiem/'
    const contest = quiz.status === 'contest'
    if (contest && within(quiz.at, window))
      add(quiz, 'mo', `Hội thi mở: ${quiz.title}`, quiz.at as string, link, 60)
    if (within(quiz.closesAt, window))
      add(
        quiz,
        'han',
        `${contest ? 'Hội thi kết thúc' : 'Hạn làm bài'}: ${quiz.title}`,
        quiz.closesAt as string,
        link,
        1440,
      )
  }
  for (const survey of rows.filter((r) => r.source === 'survey'))
    if (within(survey.closesAt, window))
      add(
        survey,
        'khao-sat',
        `Hạn khảo sát: ${survey.title}`,
        survey.closesAt as string,
        `/thanh-vien/khao-sat/#${survey.id}`,
        1440,
      )
  return items.sort((a, b) => a.startsAt.localeCompare(b.startsAt))
}

export const studySource: CalendarSource = {
  kind: 'study',
  rows: ['quiz', 'survey'],
  sql: [sentWindows('quizzes'), sentWindows('surveys')],
  async read(query) {
    const [quizzes, surveys] = await Promise.all([
      readWindows(query, 'quizzes'),
      readWindows(query, 'surveys'),
    ])
    return [...quizzes, ...surveys]
  },
  present,
}
