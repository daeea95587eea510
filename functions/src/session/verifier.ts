/**
 * The lean session check of the hot paths (GET /fn/inbox): Payload's own JWT check without loading the user
 * through Payload. It verifies the token's signature and expiry with Payload's secret and header version, then
 * looks for the token's session id among the user's sessions, read with one SQL statement and remembered for at
 * most `SESSION_CACHE_SECONDS` (30 by default). A sign-out or reset in this process forgets the user at once; with
 * Redis, other processes see the user's revocation counter change on their next request (`revocations.ts`).
 */
import type { ID } from '@sotay/content-schemas'
import { jwtVerify } from 'jose'
import type { Payload } from 'payload'
import { isoDate, type SqlRunner } from '../db/sql.ts'
import { JWT_AUTH_VERSION } from './jwtAuthVersion.ts'
import { processRevocations, type Revocations } from './revocations.ts'
import { type TokenSettings, type TokenSources, tokenOf, tokenSources } from './token.ts'

/** Who a verified session belongs to: enough for the member's own rows and their activity day. */
export interface VerifiedMember {
  id: ID
  org: ID | null
}

export interface SessionVerifier {
  /** The member of a valid, unrevoked session, or null. */
  verify(headers: Headers): Promise<VerifiedMember | null>
  /** Stop listening to revocations. */
  close(): void
}

export interface SessionVerifierOptions {
  /** Defaults to this process's (Redis when REDIS_URL is set). */
  revocations?: Revocations
  /** How long a user's sessions are trusted without reading them again; SESSION_CACHE_SECONDS, else 30. */
  cacheSeconds?: number
}

interface Known {
  org: ID | null
  /** Session id → when it expires (ms). */
  sessions: Map<string, number>
  /** Until when (ms) this may be used without reading the database. */
  until: number
  /** The Redis counter when the sessions were read. */
  version: string | null | undefined
}

const SESSIONS_OF = `SELECT u."org_id" AS "org", s."id" AS "sid", s."expires_at" AS "expires"
  FROM "users" u LEFT JOIN "users_sessions" s ON s."_parent_id" = u."id" WHERE u."id" = ?`

/** How many checked tokens a process remembers (a few MB at most); past that it starts again. */
const CHECKED_TOKENS = 50_000

interface Claims {
  id: ID
  sid: string
  /** The token's `exp`, in ms. */
  expires: number
}

/** A token's claims if Payload signed it for a user's session (its secret, its header version), else null. */
async function claimsOf(token: string, key: Uint8Array): Promise<Claims | null> {
  try {
    const { payload, protectedHeader } = await jwtVerify(token, key)
    const { id, collection, sid, exp } = payload as Record<string, unknown>
    if (protectedHeader.authVersion !== JWT_AUTH_VERSION || collection !== 'users') return null
    if (typeof sid !== 'string' || typeof exp !== 'number') return null
    if (typeof id !== 'number' && typeof id !== 'string') return null
    return { id, sid, expires: exp * 1000 }
  } catch {
    return null
  }
}

export function cacheSecondsFromEnv(): number {
  const value = Number(process.env.SESSION_CACHE_SECONDS)
  return Number.isFinite(value) && value >= 0 ? value : 30
}

export function sessionVerifier(
  payload: Pick<Payload, 'secret'> & TokenSettings,
  sql: SqlRunner,
  options: SessionVerifierOptions = {},
): SessionVerifier {
  const key = new TextEncoder().encode(payload.secret)
  const sources: TokenSources = tokenSources(payload)
  const revoked = options.revocations ?? processRevocations()
  const ttl = (options.cacheSeconds ?? cacheSecondsFromEnv()) * 1000
  const known = new Map<string, Known>()
  // Tokens whose signature has been checked, with their claims: a member's phone sends the same token all day.
  const checked = new Map<string, Claims>()
  const stopListening = revoked.onRevoke((userId) => known.delete(userId))

  async function read(userId: ID): Promise<Known | null> {
    // The counter first: a revocation between the two reads is then seen as a change next time.
    const version = await revoked.version(userId)
    const rows = await sql(SESSIONS_OF, [userId])
    if (!rows.length) return null
    const sessions = new Map<string, number>()
    for (const row of rows) {
      if (row.sid !== null && row.sid !== undefined) {
        sessions.set(String(row.sid), Date.parse(isoDate(row.expires) ?? '') || Number.POSITIVE_INFINITY)
      }
    }
    const org = (rows[0]?.org ?? null) as ID | null
    return { org, sessions, until: Date.now() + ttl, version }
  }

  async function sessionsOf(userId: ID, sid: string): Promise<Known | null> {
    const id = String(userId)
    const cached = known.get(id)
    if (cached && cached.until > Date.now() && cached.sessions.has(sid)) {
      if (!revoked.shared) return cached
      const version = await revoked.version(userId)
      if (version === cached.version || version === undefined) return cached
    }
    // A new sign-in adds a session this process has not seen: read again rather than refuse.
    const fresh = await read(userId)
    if (fresh) known.set(id, fresh)
    else known.delete(id)
    return fresh
  }

  return {
    async verify(headers) {
      const token = tokenOf(headers, sources)
      if (!token) return null
      let claims = checked.get(token)
      if (!claims) {
        claims = (await claimsOf(token, key)) ?? undefined
        if (!claims) return null
        if (checked.size >= CHECKED_TOKENS) checked.clear()
        checked.set(token, claims)
      }
      if (claims.expires <= Date.now()) {
        checked.delete(token)
        return null
      }
      const { id, sid } = claims
      const user = await sessionsOf(id, sid)
      const expires = user?.sessions.get(sid)
      if (!user || expires === undefined || expires <= Date.now()) return null
      return { id, org: user.org }
    },
    close: stopListening,
  }
}
