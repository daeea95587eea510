/**
 * The sign-in policy's events that the audit log keeps: a failed sign-in to an admin account and an unlock.
 * Registered when the config module loads, because both processes that answer sign-in doors load it (the
 * front server starts Payload without onInit). Member failures are not kept: the limits count them, and a
 * log of every mistyped card number would bury what an inspector looks for.
 */
import type { Payload } from 'payload'
import { onSignInEvent } from '../../auth/events.ts'
import type { AuditActor } from './entry.ts'
import { recordAudit } from './record.ts'

type ID = number | string

const account = (payload: Payload, id: ID | undefined) =>
  id === undefined
    ? Promise.resolve(null)
    : (payload
        .findByID({ collection: 'users', id, depth: 0, overrideAccess: true })
        .catch(() => null) as Promise<(AuditActor & { id: ID; org?: unknown }) | null>)

const orgOf = (user: { org?: unknown } | null): ID | null => {
  const org = user?.org
  if (org && typeof org === 'object') return (org as { id: ID }).id
  return (org as ID | undefined) ?? null
}

const registry = globalThis as { __sotayAuditSignIn?: boolean }

export function recordSignInEvents(): void {
  if (registry.__sotayAuditSignIn) return
  registry.__sotayAuditSignIn = true
  onSignInEvent(async (event, payload) => {
    if (event.type === 'sign-in-failed' && event.admin) {
      const named = await account(payload, event.userId)
      await recordAudit(payload, {
        action: 'login-failed',
        actor: null,
        collection: 'users',
        docId: named?.id ?? null,
        docTitle: named?.fullName ?? null,
        org: orgOf(named),
        ip: event.ip === 'unknown' ? null : event.ip,
        details: { door: event.door, username: event.identifier },
      })
    }
    if (event.type === 'account-unlocked') {
      const [actor, named] = await Promise.all([
        account(payload, event.actorId),
        account(payload, event.userId),
      ])
      await recordAudit(payload, {
        action: 'unlock',
        actor,
        collection: 'users',
        docId: event.userId,
        docTitle: named?.fullName ?? null,
        org: orgOf(named),
        ip: event.ip === 'unknown' ? null : event.ip,
        details: { door: event.door },
      })
    }
  })
}
