/**
 * Who receives a notice, in batches by keyset pagination on the member's id so that a rerun resumes where it
 * stopped; and the portable batch (MongoDB) that reads them through Payload and appends their inbox rows.
 */
import {
  type ID,
  idsOf,
  inboxItemId,
  NOT_RECIPIENT_STATUSES,
  type NoticeRoleTarget,
  type Ref,
  underPaths,
} from '@sotay/content-schemas'
import type { Payload, Where } from 'payload'
import { bulkWriter } from '../../../db/bulk/index.ts'
import { branchOf, type Target } from './subtree.ts'

export interface Recipient {
  id: ID
  email?: string | null
}

export interface Narrowing {
  roles: NoticeRoleTarget[]
  users: ID[]
}

interface UserRow {
  id: ID
  orgPath?: string | null
  email?: string | null
  grants?: { role?: string | null }[] | null
}

export function narrowingOf(notice: { targetRoles?: unknown; targetUsers?: Ref[] | null }): Narrowing {
  return {
    roles: (Array.isArray(notice.targetRoles) ? notice.targetRoles : []) as NoticeRoleTarget[],
    users: idsOf(notice.targetUsers),
  }
}

/** People at home in the subtree (one range on their path) who still belong to it (not moved away, not deceased). */
export function candidatesWhere(target: Target, narrowing: Narrowing): Where {
  const and: Where[] = [underPaths([target.path]), { status: { not_in: NOT_RECIPIENT_STATUSES } }]
  // Named people alone are a short list: ask the database for just them.
  if (narrowing.users.length && !narrowing.roles.length) and.push({ id: { in: narrowing.users } })
  return { and }
}

/** Roles and named people widen each other: "the secretaries, and also Mr X". `sqlBatches.ts` says the same in SQL. */
export function matches(user: Pick<UserRow, 'id' | 'grants'>, { roles, users }: Narrowing): boolean {
  if (!roles.length && !users.length) return true
  if (users.some((id) => String(id) === String(user.id))) return true
  const held = new Set((user.grants ?? []).map((g) => g.role))
  return roles.some((role) => (role === 'member' ? held.size === 0 : held.has(role)))
}

/**
 * Writes the inbox rows of the next batch of recipients after `after` (a member id): answers the batch's
 * recipients (new rows or not: the channels claim each delivery), the last id scanned (the checkpoint) and
 * how many rows were new.
 */
export type BatchStep = (
  after: ID | undefined,
  size: number,
) => Promise<{ recipients: Recipient[]; last: ID | undefined; written: number }>

export interface FanOutBatch {
  noticeId: ID
  target: Target
  narrowing: Narrowing
  sentAt: string
}

/** The portable batch, through Payload's find and the bulk layer (MongoDB; what the SQL batch must agree with). */
export function payloadBatchStep(payload: Payload, batch: FanOutBatch): BatchStep {
  const base = candidatesWhere(batch.target, batch.narrowing)
  const bulk = bulkWriter(payload)
  return async (after, size) => {
    const where: Where = after === undefined ? base : { and: [base, { id: { greater_than: after } }] }
    const { docs } = await payload.find({
      collection: 'users',
      where,
      sort: 'id',
      limit: size,
      pagination: false,
      depth: 0,
      select: { org: true, orgPath: true, email: true, grants: true },
      overrideAccess: true,
    })
    const scanned = docs as (UserRow & { org?: Ref })[]
    const chosen = scanned.filter((u) => matches(u, batch.narrowing))
    const rows = chosen.map((u) => ({
      id: inboxItemId(batch.noticeId, u.id),
      notice: batch.noticeId,
      recipient: u.id,
      org: typeof u.org === 'object' && u.org ? u.org.id : u.org,
      orgPath: u.orgPath,
      branch: branchOf(batch.target, u.orgPath ?? batch.target.path),
      sentAt: batch.sentAt,
      read: false,
    }))
    // Lean rows, no links, no transaction: a repeated row is a no-op.
    const written = rows.length ? await bulk.appendIfAbsent('inbox', rows, 'id') : 0
    return {
      recipients: chosen.map((u) => ({ id: u.id, email: u.email })),
      last: scanned.at(-1)?.id,
      written,
    }
  }
}
