/** Who is signed in (from Payload's cookie or JWT header) and what the member app shows of them. */
import {
  grantedOrgIds,
  idOf,
  isSuperadmin,
  MEMBER_ROLES,
  type Ref,
  type SessionUser,
} from '@sotay/content-schemas'
import { executeAuthStrategies, type Payload, type TypedUser } from 'payload'
import type { Member } from './schemas.ts'

export type SignedInUser = TypedUser & SessionUser & { fullName?: string; username?: string; org?: Ref }

/**
 * The user of a valid, unrevoked session, or null. Payload's auth strategies only: `payload.auth()` would also
 * work out the caller's permissions on every collection, running every async access rule (a dozen queries)
 * on each request; the functions ask access per query instead. The user is read at depth 0 (Payload's JWT
 * strategy does so when told `isGraphQL`): the access rules take ids at any depth (`asSessionUser`), and
 * populating the org, its ancestors and the grants' orgs was half the cost of a member's request.
 */
export async function currentUser(payload: Payload, request: Request): Promise<SignedInUser | null> {
  const { user } = await executeAuthStrategies({ headers: request.headers, payload, isGraphQL: true })
  return user && user.collection === 'users' ? (user as SignedInUser) : null
}

export async function memberView(payload: Payload, user: SignedInUser): Promise<Member> {
  const orgId = idOf(user.org)
  const org =
    orgId === undefined
      ? null
      : ((await payload.findByID({
          collection: 'orgs',
          id: orgId,
          depth: 0,
          select: { name: true },
          user,
          overrideAccess: false,
          disableErrors: true,
        })) as { id: number | string; name: string } | null)
  return {
    id: user.id,
    fullName: String(user.fullName ?? ''),
    cardNumber: String(user.username ?? ''),
    org: org ? { id: org.id, name: org.name } : null,
    canResetMembers: isSuperadmin(user) || grantedOrgIds(user, MEMBER_ROLES).length > 0,
  }
}
