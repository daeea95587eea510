/** Who receives a notice, read in batches by keyset pagination on id so that a rerun resumes where it stopped. */
import {
  type ID,
  idOf,
  idsOf,
  NOT_RECIPIENT_STATUSES,
  type NoticeRoleTarget,
  type Ref,
} from '@sotay/content-schemas'
import type { Payload, Where } from 'payload'

export interface Recipient {
  id: ID
  org: ID
  email?: string | null
}

export interface Narrowing {
  roles: NoticeRoleTarget[]
  users: ID[]
}

interface UserRow {
  id: ID
  org?: Ref
  email?: string | null
  grants?: { role?: string }[] | null
}

export function narrowingOf(notice: { targetRoles?: unknown; targetUsers?: Ref[] | null }): Narrowing {
  return {
    roles: (Array.isArray(notice.targetRoles) ? notice.targetRoles : []) as NoticeRoleTarget[],
    users: idsOf(notice.targetUsers),
  }
}

/** People at home in the subtree who still belong to it (not moved away, not deceased). */
export function candidatesWhere(orgIds: ID[], narrowing: Narrowing): Where {
  const and: Where[] = [{ org: { in: orgIds } }, { status: { not_in: NOT_RECIPIENT_STATUSES } }]
  // Named people alone are a short list: ask the database for just them.
  if (narrowing.users.length && !narrowing.roles.length) and.push({ id: { in: narrowing.users } })
  return { and }
}

/** Roles and named people widen each other: "the secretaries, and also Mr X". */
export function matches(user: Pick<UserRow, 'id' | 'grants'>, { roles, users }: Narrowing): boolean {
  if (!roles.length && !users.length) return true
  if (users.some((id) => String(id) === String(user.id))) return true
  const held = new Set((user.grants ?? []).map((g) => g.role))
  return roles.some((role) => (role === 'member' ? held.size === 0 : held.has(role)))
}

/** Reads the next batch after `after` (a recipient id); the last id scanned is the checkpoint. */
export type BatchReader = (
  after: ID | undefined,
  size: number,
) => Promise<{ recipients: Recipient[]; last: ID | undefined }>

/** The portable reader, through Payload's find (MongoDB; and what the SQL reader must agree with). */
export const payloadBatchReader =
  (payload: Payload, base: Where, narrowing: Narrowing): BatchReader =>
  (after, size) =>
    nextBatch(payload, base, narrowing, after, size)

export async function nextBatch(
  payload: Payload,
  base: Where,
  narrowing: Narrowing,
  after: ID | undefined,
  size: number,
): Promise<{ recipients: Recipient[]; last: ID | undefined }> {
  const where: Where = after === undefined ? base : { and: [base, { id: { greater_than: after } }] }
  const { docs } = await payload.find({
    collection: 'users',
    where,
    sort: 'id',
    limit: size,
    pagination: false,
    depth: 0,
    select: { org: true, email: true, grants: true },
    overrideAccess: true,
  })
  const rows: UserRow[] = docs
  const recipients = rows
    .filter((u) => matches(u, narrowing))
    .map((u) => ({ id: u.id, org: idOf(u.org) as ID, email: u.email }))
  return { recipients, last: rows.at(-1)?.id }
}
