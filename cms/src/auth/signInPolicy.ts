/**
 * The one sign-in policy (chính sách đăng nhập) behind every door: Payload's POST /api/users/login (the admin's
 * form) and the member app's /fn/session/login and /activate. Whatever the door:
 *
 * - An unknown user, a wrong password, a locked account and an account that was never activated fail alike:
 *   the same work (an unknown or unusable account still runs one full PBKDF2 against a dummy salt), the same
 *   answer (each door has one refusal body), and never sooner than `floorMs` after the request arrived.
 * - The same limits on the same keys, so being held back at one door holds you back at all of them:
 *   attempts per account (every try counts), and failures per address. Only failures count per address: a
 *   commune hall or a carrier's NAT puts hundreds of members behind one address, and 300 of them signing in
 *   within ten minutes must get through; guessing is what fails, so guessing is what is counted.
 * - A successful sign-in goes through Payload's own login operation, which adds the session, resets the
 *   failed-attempt counter and rehashes a legacy (25,000-iteration) password at 600,000 iterations.
 */
import { pbkdf2, randomBytes } from 'node:crypto'
import type { Payload, PayloadRequest, TypedUser } from 'payload'
import { emitSignInEvent, type SignInDoor } from './events.ts'
import { type RateLimiter, type RateLimitRule, signInLimiter } from './limiter.ts'

export interface SignInRules {
  limiter: RateLimiter
  /** Attempts per account (card number or username), every try counted; Payload also locks after 5 failures. */
  perAccount: RateLimitRule
  /** Failed attempts per client address; successful ones are not counted. */
  failuresPerIp: RateLimitRule
  /** A failure is answered no sooner than this many ms after it arrived. */
  floorMs: number
}

const envNumber = (name: string, fallback: number) => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value >= 0 ? value : fallback
}

/**
 * The limits, sized for real places: 10 tries per account per 15 minutes (on top of Payload's lockout), and
 * 150 failures per address per 10 minutes: a congress of 300 with one typo in two still signs in, while a
 * script spraying one password over many cards from one address is stopped within a few minutes.
 */
export function signInRules(overrides: Partial<SignInRules> = {}): SignInRules {
  return {
    limiter: overrides.limiter ?? signInLimiter(),
    perAccount: overrides.perAccount ?? {
      limit: envNumber('SIGNIN_ATTEMPTS_PER_ACCOUNT', 10),
      windowMs: 15 * 60_000,
    },
    failuresPerIp: overrides.failuresPerIp ?? {
      limit: envNumber('SIGNIN_FAILURES_PER_IP', 150),
      windowMs: 10 * 60_000,
    },
    floorMs: overrides.floorMs ?? envNumber('SIGNIN_FAILURE_FLOOR_MS', 400),
  }
}

const ipFailureKey = (ip: string) => `signin:fail:ip:${ip}`

/** Counts an attempt on the account and checks the address's failures; the wait in seconds when held back. */
export async function heldBack(rules: SignInRules, accountKey: string, ip: string): Promise<number | null> {
  const [account, address] = await Promise.all([
    rules.limiter.hit(accountKey, rules.perAccount),
    rules.limiter.peek(ipFailureKey(ip), rules.failuresPerIp),
  ])
  const refused = [account, address].filter((d) => !d.allowed)
  return refused.length ? Math.max(1, ...refused.map((d) => d.retryAfterSeconds)) : null
}

/** Records one failure from this address (wrong password, unknown card, wrong activation code...). */
export async function recordFailure(rules: SignInRules, ip: string): Promise<void> {
  await rules.limiter.hit(ipFailureKey(ip), rules.failuresPerIp)
}

/** Waits until `floorMs` after `startedAt` (a performance.now() reading). */
export async function notSoonerThan(startedAt: number, floorMs: number): Promise<void> {
  const until = startedAt + floorMs
  // Timers may fire a fraction of a millisecond early: wait again until the floor has really passed.
  for (let now = performance.now(); now < until; now = performance.now()) {
    await new Promise((resolve) => setTimeout(resolve, Math.ceil(until - now)))
  }
}

// Payload's current parameters (payload/dist/auth/strategies/local/generatePasswordSaltHash.js).
const PBKDF2_ITERATIONS = 600_000
const PBKDF2_KEY_LENGTH = 32
const DUMMY_SALT = randomBytes(32).toString('hex')

/** The cost of checking a password, spent when there is no usable account to check it against. */
export function dummyPasswordCheck(password: string): Promise<void> {
  return new Promise((resolve) => {
    pbkdf2(password, DUMMY_SALT, PBKDF2_ITERATIONS, PBKDF2_KEY_LENGTH, 'sha256', () => resolve())
  })
}

interface StoredAccount {
  id: number | string
  hash?: string | null
  salt?: string | null
  lockUntil?: string | null
  grants?: unknown[] | null
}

/** The account a sign-in names, found the way Payload's login finds it (username, or email in that box). */
async function findAccount(payload: Payload, identifier: string): Promise<StoredAccount | null> {
  return (await payload.db.findOne({
    collection: 'users',
    where: { or: [{ username: { equals: identifier } }, { email: { equals: identifier } }] },
  })) as StoredAccount | null
}

const isLocked = (account: StoredAccount) =>
  Boolean(account.lockUntil && new Date(account.lockUntil).getTime() > Date.now())

/** Payload refuses a sign-in with a 4xx error (wrong password, locked meanwhile, blank field). */
const isRefusal = (error: unknown): boolean => {
  const status = (error as { status?: unknown })?.status
  return typeof status === 'number' && status >= 400 && status < 500
}

export interface SignInAttempt {
  payload: Payload
  /** Card number or username as typed; compared in lower case, as Payload stores it. */
  identifier: string
  password: string
  ip: string
  door: SignInDoor
  rules: SignInRules
  /** The request of Payload's own endpoint, so its locale and transaction are kept. */
  req?: PayloadRequest
  /** When the request arrived (performance.now()); the floor counts from here. */
  startedAt?: number
  /** Depth of the returned user: Payload's own door takes `?depth=` (else Payload's default), others get 0. */
  depth?: number
}

export type SignInOutcome =
  | { ok: true; user: TypedUser; token: string; exp: number }
  | { ok: false; reason: 'limited'; retryAfterSeconds: number }
  | { ok: false; reason: 'refused' }

export async function signInWithPassword(attempt: SignInAttempt): Promise<SignInOutcome> {
  const startedAt = attempt.startedAt ?? performance.now()
  const { payload, password, ip, door, rules } = attempt
  const identifier = attempt.identifier.toLowerCase().trim()

  const wait = await heldBack(rules, `login:card:${identifier}`, ip)
  if (wait !== null) {
    await emitSignInEvent(payload, { type: 'sign-in-limited', door, ip, identifier, retryAfterSeconds: wait })
    return { ok: false, reason: 'limited', retryAfterSeconds: wait }
  }

  const account = await findAccount(payload, identifier)
  const usable =
    account && typeof account.hash === 'string' && typeof account.salt === 'string' && !isLocked(account)
  if (usable) {
    try {
      const result = await payload.login({
        collection: 'users',
        data: { username: identifier, password },
        depth: attempt.depth ?? (attempt.req ? undefined : 0),
        ...(attempt.req ? { req: attempt.req } : {}),
      })
      if (result.token && result.user) {
        const admin = Boolean((result.user as { grants?: unknown[] }).grants?.length)
        await emitSignInEvent(payload, { type: 'signed-in', door, ip, userId: result.user.id, admin })
        return {
          ok: true,
          user: result.user as unknown as TypedUser,
          token: result.token,
          exp: result.exp ?? 0,
        }
      }
    } catch (error) {
      if (!isRefusal(error)) throw error
    }
  } else {
    await dummyPasswordCheck(password)
  }

  await recordFailure(rules, ip)
  await emitSignInEvent(payload, {
    type: 'sign-in-failed',
    door,
    ip,
    identifier,
    ...(account ? { userId: account.id } : {}),
    admin: Boolean(account?.grants?.length),
  })
  await notSoonerThan(startedAt, rules.floorMs)
  return { ok: false, reason: 'refused' }
}
