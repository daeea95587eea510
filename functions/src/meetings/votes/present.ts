/** A vote as its reader sees it: counts for the runner always, for members once it is closed. */
import type { MeetingBallot, MeetingVote } from '@sotay/cms'
import type { Vote } from './schemas.ts'

export function presentVote(
  vote: MeetingVote,
  reader: { runs: boolean; present: boolean; ballot: MeetingBallot | undefined },
): Vote {
  const closed = vote.status === 'closed'
  const showCounts = reader.runs || closed
  return {
    id: vote.id,
    question: vote.question,
    agendaItem: vote.agendaItem ?? null,
    secret: Boolean(vote.secret),
    status: closed ? 'closed' : 'open',
    choices: vote.choices.map((c) => ({
      id: c.id ?? '',
      label: c.label,
      count: showCounts ? Number(c.count ?? 0) : null,
    })),
    votersCount: showCounts ? Number(vote.votersCount ?? 0) : null,
    closedAt: vote.closedAt ?? null,
    voted: Boolean(reader.ballot),
    myChoice: reader.ballot?.choice ?? null,
    canVote: !closed && reader.present && !reader.ballot,
  }
}

/** The closed result written on the vote, `{ "Tán thành": 12, … }`, for the minutes. */
export const finalCounts = (vote: MeetingVote): Record<string, number> =>
  Object.fromEntries(vote.choices.map((c) => [c.label, Number(c.count ?? 0)]))
