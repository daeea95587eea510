/**
 * What a hot path reads instead of going through Payload (GET /fn/inbox, GET /fn/calendar): the SQL reader of
 * Payload's database, the lean session check and the day-of-use record. One set per Payload and route list, so a
 * verifier's session cache lives as long as its routes.
 */
import { recordActivityDay } from '@sotay/cms/reports'
import type { Payload } from 'payload'
import { type SqlRunner, sqlRunner } from '../db/sql.ts'
import {
  type SessionVerifier,
  type SessionVerifierOptions,
  sessionVerifier,
  type VerifiedMember,
} from '../session/verifier.ts'

export interface LeanReads {
  sql: SqlRunner
  verifier: SessionVerifier
  /** Marks the member's day of use for the reports; never fails the answer. */
  recordActivity(member: VerifiedMember): Promise<void>
}

/** The reports' "active in 7 / 30 days": the day is marked once, a failure never costs the member their answer. */
export const recordActivity = (payload: Payload, member: Parameters<typeof recordActivityDay>[1]) =>
  recordActivityDay(payload, member).catch((error) =>
    payload.logger.warn({ err: error }, 'activity day not recorded'),
  )

/** The lean reads of each Payload the routes are given (tests give several); null on MongoDB. */
export function leanReadsFor(options: SessionVerifierOptions): (payload: Payload) => LeanReads | null {
  const opened = new WeakMap<Payload, LeanReads | null>()
  return (payload) => {
    if (!opened.has(payload)) {
      const sql = sqlRunner(payload)
      opened.set(
        payload,
        sql
          ? {
              sql,
              verifier: sessionVerifier(payload, sql, options),
              recordActivity: (member) => recordActivity(payload, member),
            }
          : null,
      )
    }
    return opened.get(payload) ?? null
  }
}
