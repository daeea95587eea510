/**
 * Payload's own sign-out (the admin's POST /api/users/logout) ends the session for the functions' lean inbox
 * check too, as the functions' sign-out does: this process's verifiers forget the user at once, and the Redis
 * counter (REDIS_URL) tells every other process on its next request. Payload runs afterLogout before it removes the
 * session row, so a request in between could read the row again: the revocation is told a second time once the
 * sign-out has had time to commit.
 */
import type { CollectionAfterLogoutHook } from 'payload'
import { processRevocations } from '../sessions/revocations.ts'

/** Longer than a sign-out's own transaction takes. */
const AFTER_COMMIT_MS = 1000

export const revokeOnLogout: CollectionAfterLogoutHook = async ({ req }) => {
  const id = req.user?.id
  if (id === undefined) return
  const revocations = processRevocations()
  await revocations.revoke(id)
  setTimeout(() => void revocations.revoke(id), AFTER_COMMIT_MS).unref()
}
