/**
 * One ballot, counted once: the (vote, member) row and the choice's count go in one transaction. On SQLite and
 * PostgreSQL the row is an INSERT … ON CONFLICT DO NOTHING (a second ballot inserts nothing) and the count an
 * UPDATE … SET count = count + 1, so concurrent ballots never lose a count to a read-modify-write. A secret
 * vote's row carries no choice.
 */
import { sql as pgSql } from '@payloadcms/db-postgres/drizzle'
import { sql as sqliteSql } from '@payloadcms/db-sqlite/drizzle'
import type { ID } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { drizzleAdapterOf, tableOf } from '../../db/bulk/drizzle.ts'
import type { MeetingVote } from '../../payload-types.ts'

export interface Ballot {
  vote: ID
  member: ID
  /** The `id` of the chosen row of the vote's `choices`. */
  choiceId: string
  choiceLabel: string
  secret: boolean
}

export type BallotOutcome = 'cast' | 'again'

export const ballotKey = (vote: ID, member: ID) => `${vote}:${member}`

export async function castBallot(payload: Payload, ballot: Ballot): Promise<BallotOutcome> {
  const db = drizzleAdapterOf(payload)
  if (!db) return castPortably(payload, ballot)
  const ballots = tableOf(db, 'meeting-ballots').table
  const votesTable = tableOf(db, 'meeting-votes')
  const votes = votesTable.table
  const choices = db.tables[`${votesTable.name}_choices`]
  if (!choices) throw new Error('Không tìm thấy bảng phương án biểu quyết')
  const sql = db.name === 'postgres' ? pgSql : sqliteSql
  const { and, equals } = db.operators
  const write = () =>
    db.drizzle.transaction(async (tx) => {
      const inserted = await tx
        .insert(ballots)
        .values([
          {
            id: ballotKey(ballot.vote, ballot.member),
            vote: ballot.vote,
            member: ballot.member,
            choice: ballot.secret ? null : ballot.choiceLabel,
          },
        ])
        .onConflictDoNothing({ target: ballots.id })
        .returning({ id: ballots.id })
      if (!inserted.length) return 'again'
      await tx
        .update(choices)
        .set({ count: sql`coalesce(${choices.count}, 0) + 1` })
        .where(and(equals(choices._parentID, ballot.vote), equals(choices.id, ballot.choiceId)))
      await tx
        .update(votes)
        .set({ votersCount: sql`coalesce(${votes.votersCount}, 0) + 1` })
        .where(equals(votes.id, ballot.vote))
      return 'cast' as const
    })
  return db.name === 'sqlite' ? onSqliteWriter(write) : write()
}

/**
 * SQLite has one writer: libsql gives each transaction its own connection, and two at once fail with
 * SQLITE_BUSY instead of waiting. Ballots of this process take turns; a lock held by another writer (a
 * Payload write, another process) is waited out a few times.
 */
let sqliteTurn: Promise<unknown> = Promise.resolve()
function onSqliteWriter<T>(work: () => Promise<T>): Promise<T> {
  const run = async () => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await work()
      } catch (error) {
        if (attempt >= 40 || !/SQLITE_BUSY|database is locked/.test(String(error))) throw error
        await new Promise((resolve) => setTimeout(resolve, 25 + attempt * 10))
      }
    }
  }
  const turn = sqliteTurn.then(run, run)
  sqliteTurn = turn.catch(() => undefined)
  return turn
}

/** MongoDB (no Drizzle): the unique id still refuses a second ballot; the count is read and written back. */
async function castPortably(payload: Payload, ballot: Ballot): Promise<BallotOutcome> {
  const vote = (await payload.findByID({
    collection: 'meeting-votes',
    id: ballot.vote,
    depth: 0,
  })) as MeetingVote
  try {
    await payload.create({
      collection: 'meeting-ballots',
      data: {
        id: ballotKey(ballot.vote, ballot.member),
        vote: ballot.vote as number,
        member: ballot.member as number,
        choice: ballot.secret ? null : ballot.choiceLabel,
      },
      overrideAccess: true,
    })
  } catch {
    return 'again'
  }
  await payload.update({
    collection: 'meeting-votes',
    id: ballot.vote,
    data: {
      votersCount: (vote.votersCount ?? 0) + 1,
      choices: vote.choices.map((c) => (c.id === ballot.choiceId ? { ...c, count: (c.count ?? 0) + 1 } : c)),
    },
    overrideAccess: true,
  })
  return 'cast'
}
