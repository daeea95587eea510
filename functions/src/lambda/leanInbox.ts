/**
 * The inbox's hot path from the environment alone, for the Lambda entry: the same lean check and SQL page as on
 * the Node server (`inbox/list.ts`), with Payload's settings derived as Payload derives them instead of building
 * its config (seconds of a cold start). `leanInbox.test.ts` holds them equal to a built Payload's.
 */
import { createHash } from 'node:crypto'
import { configuredOrigins } from '@sotay/content-schemas/http/siteOrigins'
import type { Payload } from 'payload'
import { sqlRunnerOfUrl } from '../db/sql.ts'
import { type LeanInbox, mediaFileUrl } from '../inbox/list.ts'
import type { SessionVerifierOptions, VerifiedMember } from '../session/verifier.ts'
import { sessionVerifier } from '../session/verifier.ts'

type Env = Record<string, string | undefined>

/** Payload's signing key from PAYLOAD_SECRET, as `BasePayload.init` computes `payload.secret`. */
export const payloadSigningKey = (secret: string) =>
  createHash('sha256').update(secret).digest('hex').slice(0, 32)

/**
 * What the session check reads of Payload's sanitized config: the CMS leaves the cookie prefix and the token
 * order at Payload's defaults, and its CSRF list is the deployment's origins (`payloadOrigins`) plus SERVER_URL.
 */
export function leanSessionSettings(env: Env = process.env) {
  const serverURL = env.SERVER_URL ?? ''
  const csrf = configuredOrigins(env)
  if (serverURL) csrf.push(serverURL)
  return {
    secret: payloadSigningKey(env.PAYLOAD_SECRET ?? ''),
    serverURL,
    config: {
      auth: { jwtOrder: ['JWT', 'Bearer', 'cookie'] as Array<'JWT' | 'Bearer' | 'cookie'> },
      cookiePrefix: 'payload',
      csrf,
    },
  }
}

/** How long after an answer the day-of-use records wait for Payload, so opening it never delays that answer. */
const RECORD_AFTER_MS = 1000

/**
 * The lean inbox on DATABASE_URL, or null when the environment cannot give it (no PAYLOAD_SECRET: the CMS's
 * secret would be the one kept under data/; MongoDB): the Payload route answers then. Days of use need Payload's
 * writer; they are kept and written once `payload()` has opened it, shortly after the answer.
 */
export async function leanInboxFromEnv(
  payload: () => Promise<Payload>,
  options: SessionVerifierOptions = {},
  env: Env = process.env,
): Promise<LeanInbox | null> {
  if (!env.PAYLOAD_SECRET) return null
  const sql = await sqlRunnerOfUrl(env.DATABASE_URL)
  if (!sql) return null
  const settings = leanSessionSettings(env)
  const waiting = new Map<string, VerifiedMember>()
  let scheduled = false
  const record = async () => {
    scheduled = false
    const [opened, { recordActivityDay }] = await Promise.all([
      payload().catch(() => null),
      import('@sotay/cms/reports'),
    ])
    if (!opened) return
    for (const [key, member] of waiting) {
      waiting.delete(key)
      await recordActivityDay(opened, member).catch((error) =>
        opened.logger.warn({ err: error }, 'activity day not recorded'),
      )
    }
  }
  return {
    sql,
    verifier: sessionVerifier(settings, sql, options),
    fileUrl: mediaFileUrl(settings.serverURL, '/api'),
    async recordActivity(member) {
      waiting.set(String(member.id), member)
      if (!scheduled) setTimeout(record, RECORD_AFTER_MS)
      scheduled = true
    },
  }
}
