/**
 * What the minutes are drafted from, read from the database after the caller's standing was checked (they run
 * the meeting). Names of other people, every attendance row and the votes are read with `overrideAccess: true`:
 * a recorder who is an ordinary member may not read other members' records, yet the minutes must name them.
 */
import type { Meeting, MeetingAttendance, MeetingVote, Org, User } from '@sotay/cms'
import { draftMinutes, idOf, type MinutesGenerated, type MinutesSnapshot } from '@sotay/content-schemas'
import type { Payload } from 'payload'

const nameOf = (user: unknown) =>
  user && typeof user === 'object' ? ((user as User).fullName ?? '').trim() : ''

async function fullName(payload: Payload, ref: Meeting['chair']): Promise<string | null> {
  const id = idOf(ref)
  if (id === undefined) return null
  const user = await payload.findByID({
    collection: 'users',
    id,
    depth: 0,
    select: { fullName: true },
    overrideAccess: true,
    disableErrors: true,
  })
  return nameOf(user) || null
}

export async function meetingSnapshot(payload: Payload, meeting: Meeting): Promise<MinutesSnapshot> {
  const orgId = idOf(meeting.org)
  const [org, chair, recorder, rows, votes] = await Promise.all([
    orgId === undefined
      ? null
      : (payload.findByID({ collection: 'orgs', id: orgId, depth: 1, overrideAccess: true }) as Promise<Org>),
    fullName(payload, meeting.chair),
    fullName(payload, meeting.recorder),
    payload.find({
      collection: 'meeting-attendance',
      where: { meeting: { equals: meeting.id } },
      depth: 1,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    }),
    payload.find({
      collection: 'meeting-votes',
      where: { and: [{ meeting: { equals: meeting.id } }, { status: { equals: 'closed' } }] },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
    }),
  ])
  const parent = org?.parent && typeof org.parent === 'object' ? org.parent.name : null
  return {
    meeting: {
      title: meeting.title,
      kind: meeting.kind,
      startsAt: meeting.startsAt,
      endsAt: meeting.endsAt,
      place: meeting.place,
      agenda: (meeting.agenda ?? []).map((item) => ({ id: item.id, title: item.title, note: item.note })),
    },
    org: { name: org?.name ?? '', parentName: parent },
    chair,
    recorder,
    attendance: (rows.docs as MeetingAttendance[]).map((row) => ({
      name: nameOf(row.member) || 'Đảng viên',
      exempt: row.exempt,
      reply: row.reply,
      reason: row.reason,
      checkedInAt: row.checkedInAt,
      checkinMethod: row.checkinMethod,
    })),
    votes: (votes.docs as MeetingVote[]).map((vote) => ({
      agendaItem: vote.agendaItem,
      question: vote.question,
      secret: Boolean(vote.secret),
      choices: (vote.choices ?? []).map((c) => c.label),
      counts: (vote.counts && typeof vote.counts === 'object' ? vote.counts : {}) as Record<string, number>,
      votersCount: vote.votersCount ?? 0,
      closedAt: vote.closedAt,
    })),
  }
}

export async function generatedFor(payload: Payload, meeting: Meeting): Promise<MinutesGenerated> {
  return draftMinutes(await meetingSnapshot(payload, meeting))
}
