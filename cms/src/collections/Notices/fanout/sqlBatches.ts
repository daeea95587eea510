/**
 * The fan-out's batch on SQLite and PostgreSQL: the database copies the next recipients into the inbox
 * itself (INSERT … SELECT from `users`, in id order after the checkpoint, ON CONFLICT DO NOTHING), so the
 * rows never travel through Node; the same transaction answers the batch's ids for the channels. A row's
 * `orgPath` is the member's own, its `branch` the segment of that path after the target's (`branchOf`).
 */
import { type ID, NOT_RECIPIENT_STATUSES } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { type DrizzleAdapter, drizzleAdapterOf, tableOf } from '../../../db/bulk/drizzle.ts'
import type { BatchStep, FanOutBatch, Recipient } from './recipients.ts'

/** Above every character a path holds: the subtree's range ends at `path + PAST_PREFIX` (as `underPaths`). */
const PAST_PREFIX = '\uffff'

export function sqlBatchStep(payload: Payload, batch: FanOutBatch): BatchStep | undefined {
  const db = drizzleAdapterOf(payload)
  if (!db) return undefined
  const sqlite = db.name === 'sqlite'
  const q = quoted(db)
  const { target, narrowing } = batch

  // Numbered parameters, the same numbers on both engines: 1 and 2 are the batch's (after, size).
  const fixed: unknown[] = []
  const arg = (value: unknown, type: string) => {
    fixed.push(value)
    const n = fixed.length + 2
    return sqlite ? `?${n}` : `$${n}::${type}`
  }
  const [after, size] = sqlite ? ['?1', '?2'] : ['$1::integer', '$2::integer']

  const u = (field: string) => `u.${q('users', field)}`
  // Payload makes select fields enums on PostgreSQL: compared as text there.
  const asText = (expr: string) => (sqlite ? expr : `${expr}::text`)
  // `|| ''` keeps the planners off the path index: through it, each batch would gather and sort every remaining
  // recipient (quadratic over a province); walking the primary key reads each member once over the whole run.
  const path = `(${u('orgPath')} || '')`
  const statuses = NOT_RECIPIENT_STATUSES.map((s) => arg(s, 'text')).join(', ')
  const filter = [
    `${u('id')} > ${after}`,
    `${path} >= ${arg(target.path, 'text')}`,
    `${path} < ${arg(target.path + PAST_PREFIX, 'text')}`,
    `(${u('status')} IS NULL OR ${asText(u('status'))} NOT IN (${statuses}))`,
    ...narrowed(),
  ].join(' AND ')
  // The rows' own parameters come after the filter's: reading the ids needs only the first ones.
  const filterArgs = fixed.length + 2

  /** The same choice as `matches`: named people, or holders of the roles ('member': no grant at all). */
  function narrowed(): string[] {
    const { roles, users } = narrowing
    if (!roles.length && !users.length) return []
    const named = users.length ? `${u('id')} IN (${users.map((id) => arg(id, 'integer')).join(', ')})` : ''
    if (!roles.length) return [named]
    const parent = `g.${q('users_grants', '_parentID')}`
    const grants = `FROM ${q('users_grants')} g WHERE ${parent} = ${u('id')}`
    const held = roles.filter((r) => r !== 'member')
    const either = [
      named,
      held.length
        ? `EXISTS (SELECT 1 ${grants} AND ${asText(`g.${q('users_grants', 'role')}`)} IN (${held.map((r) => arg(r, 'text')).join(', ')}))`
        : '',
      roles.includes('member') ? `NOT EXISTS (SELECT 1 ${grants})` : '',
    ].filter(Boolean)
    return [`(${either.join(' OR ')})`]
  }

  const i = (field: string) => q('inbox', field)
  const columns = ['id', 'notice', 'recipient', 'org', 'orgPath', 'branch', 'sentAt', 'read']
    .map(i)
    .join(', ')
  const inboxRow = (from: string) => {
    const home = `${from}.${q('users', 'orgPath')}`
    const start = arg(target.path.length, 'integer')
    const segment = sqlite
      ? `CAST(substr(${home}, ${start} + 1, instr(substr(${home}, ${start} + 1), '/') - 1) AS INTEGER)`
      : `split_part(substr(${home}, ${start} + 1), '/', 1)::integer`
    const branch = `CASE WHEN length(${home}) = ${start} THEN ${arg(target.id, 'integer')} ELSE ${segment} END`
    return [
      `${arg(String(batch.noticeId), 'text')} || ':' || ${from}.${q('users', 'id')}`,
      arg(batch.noticeId, 'integer'),
      `${from}.${q('users', 'id')}`,
      `${from}.${q('users', 'org')}`,
      home,
      branch,
      arg(batch.sentAt, 'timestamptz'),
      sqlite ? '0' : 'false',
    ].join(', ')
  }
  const users = `${q('users')} u`
  const next = `WHERE ${filter} ORDER BY ${u('id')} LIMIT ${size}`
  const conflict = `ON CONFLICT (${i('id')}) DO NOTHING`

  if (sqlite) {
    const client = db.client
    if (!client) throw new Error('Không tìm thấy kết nối SQLite')
    const insert = `INSERT INTO ${q('inbox')} (${columns}) SELECT ${inboxRow('u')} FROM ${users} ${next} ${conflict}`
    const select = `SELECT ${u('id')} AS id, ${u('email')} AS email FROM ${users} ${next}`
    return async (from, limit) => {
      const args = [from ?? 0, limit, ...fixed]
      // One transaction: the ids read are exactly the rows the insert chose.
      const [added, chosen] = await client.batch(
        [
          { sql: insert, args },
          { sql: select, args: args.slice(0, filterArgs) },
        ],
        'write',
      )
      return answer(chosen?.rows ?? [], added?.rowsAffected ?? 0)
    }
  }

  const pool = db.pool
  if (!pool) throw new Error('Không tìm thấy kết nối PostgreSQL')
  const text = `WITH batch AS (SELECT u.* FROM ${users} ${next}),
    added AS (INSERT INTO ${q('inbox')} (${columns}) SELECT ${inboxRow('batch')} FROM batch ${conflict} RETURNING 1)
    SELECT batch.${q('users', 'id')} AS id, batch.${q('users', 'email')} AS email,
      (SELECT count(*) FROM added)::integer AS added
    FROM batch`
  return async (from, limit) => {
    const client = await pool.connect()
    try {
      // A table just filled has no statistics yet: the planner then guesses the subtree small and, every batch,
      // reads all of it and sorts. With sorting off, the one plan left walks the primary key from the checkpoint.
      // That setting prices any sort as enormous, which would make PostgreSQL JIT-compile the statement (2 s a
      // batch, measured): JIT off too.
      await client.query('BEGIN; SET LOCAL enable_sort = off; SET LOCAL jit = off')
      const { rows } = await client.query(text, [from ?? 0, limit, ...fixed])
      await client.query('COMMIT')
      // In id order for the checkpoint: sorted here, where sorting is not switched off.
      rows.sort((a, b) => Number(a.id) - Number(b.id))
      return answer(rows, Number(rows[0]?.added ?? 0))
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {})
      throw error
    } finally {
      client.release()
    }
  }
}

function answer(rows: Record<string, unknown>[], written: number) {
  const recipients = rows.map(
    (r): Recipient => ({ id: r.id as ID, email: (r.email as string | null) ?? null }),
  )
  return { recipients, last: recipients.at(-1)?.id, written }
}

/** Quoted names from Payload's schema: a table by its slug, or one of its columns by the field's name. */
function quoted(db: DrizzleAdapter) {
  return (slug: string, field?: string): string => {
    const { name, table } = tableOf(db, slug)
    if (field === undefined) return `"${name}"`
    const column = table[field]
    if (!column) throw new Error(`Không tìm thấy cột ${field} của ${slug}`)
    return `"${column.name}"`
  }
}
