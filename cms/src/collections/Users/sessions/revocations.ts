/**
 * Sign-outs and resets, told to every session verifier: at once in this process, and through Redis (REDIS_URL) to
 * every other one. Redis keeps a counter per user that each sign-out raises; a verifier compares it with the value
 * it saw when it last read the user's sessions, so a process that never heard the sign-out still notices it on its
 * next request. Without Redis (or while it does not answer) other processes notice within their cache's bound.
 */
import type { ID } from '@sotay/content-schemas'
import { Redis } from 'ioredis'

export interface Revocations {
  /** Forget the user's sessions here, then raise their counter in Redis (awaited: the answer comes after). */
  revoke(userId: ID): Promise<void>
  /** Called in this process for each revocation; returns the unsubscribe. */
  onRevoke(listener: (userId: string) => void): () => void
  /** The user's counter in Redis: null when never raised, undefined without Redis or when it does not answer. */
  version(userId: ID): Promise<string | null | undefined>
  /** Whether other processes hear of revocations at once (a Redis is configured). */
  readonly shared: boolean
  close(): Promise<void>
}

export interface RevocationsOptions {
  redisUrl?: string
  /** Prefix of the counters' keys, so several deployments can share a Redis. */
  prefix?: string
  log?: (line: string) => void
}

/** A counter outlives every token it could revoke (Payload's tokens last 8 hours here). */
const COUNTER_SECONDS = 24 * 60 * 60

export function revocations(options: RevocationsOptions = {}): Revocations {
  const prefix = options.prefix ?? 'sotay:sessions'
  const log = options.log ?? ((line: string) => console.warn(line))
  const listeners = new Set<(userId: string) => void>()
  // Fail fast while Redis is down: the cache's bound answers instead of every request waiting.
  const redis = options.redisUrl
    ? new Redis(options.redisUrl, {
        enableAutoPipelining: true,
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        commandTimeout: 500,
      })
    : undefined
  let warned = false
  redis?.on('error', (error) => {
    if (!warned) log(`[phiên] Redis không trả lời (${error.message}); các máy khác biết đăng xuất chậm hơn.`)
    warned = true
  })
  redis?.on('ready', () => {
    warned = false
  })
  const key = (userId: ID) => `${prefix}:${userId}`

  return {
    shared: Boolean(redis),
    async revoke(userId) {
      for (const listener of listeners) listener(String(userId))
      if (!redis) return
      try {
        await redis.multi().incr(key(userId)).expire(key(userId), COUNTER_SECONDS).exec()
      } catch (error) {
        log(`[phiên] không báo được đăng xuất qua Redis: ${(error as Error).message}`)
      }
    },
    onRevoke(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async version(userId) {
      if (redis?.status !== 'ready') return undefined
      try {
        return await redis.get(key(userId))
      } catch {
        return undefined
      }
    },
    async close() {
      listeners.clear()
      if (redis) await redis.quit().catch(() => redis.disconnect())
    },
  }
}

let processWide: Revocations | undefined

/** This process's revocations, with Redis when REDIS_URL is set. */
export function processRevocations(): Revocations {
  processWide ??= revocations({ redisUrl: process.env.REDIS_URL || undefined })
  return processWide
}

/**
 * Makes `replacement` this process's revocations from now on (a test that shares one process with others needs
 * Redis where they do not); returns the one it replaces, to put back.
 */
export function replaceProcessRevocations(replacement: Revocations | undefined): Revocations | undefined {
  const previous = processWide
  processWide = replacement
  return previous
}
