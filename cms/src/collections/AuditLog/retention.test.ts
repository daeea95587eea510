/** Retention: the daily job deletes entries older than AUDIT_RETENTION_DAYS and nothing younger. */
import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { testPayload } from '../../../test/payload.ts'
import { recordAudit } from './record.ts'
import {
  auditRetentionDays,
  DEFAULT_AUDIT_RETENTION_DAYS,
  pruneAuditLog,
  pruneAuditLogTask,
} from './retention.ts'

let payload: Payload
const DAY = 86_400_000

/** An entry dated `daysAgo` days back: written through `recordAudit`, then aged below the API, as time would. */
async function entryAged(daysAgo: number, marker: string): Promise<number | string> {
  await recordAudit(payload, { action: 'login-failed', actor: null, details: { marker } })
  const found = await payload.find({
    collection: 'audit-log',
    where: { 'details.marker': { equals: marker } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const id = (found.docs[0] as { id: number | string }).id
  await payload.db.updateOne({
    collection: 'audit-log',
    id,
    data: { at: new Date(Date.now() - daysAgo * DAY).toISOString() },
    req: {},
  })
  return id
}

const exists = async (id: number | string) =>
  (
    await payload.find({
      collection: 'audit-log',
      where: { id: { equals: id } },
      depth: 0,
      overrideAccess: true,
    })
  ).totalDocs === 1

beforeAll(async () => {
  payload = await testPayload()
})

afterEach(() => {
  delete process.env.AUDIT_RETENTION_DAYS
})

describe('audit retention', () => {
  it('keeps five years by default and reads AUDIT_RETENTION_DAYS', () => {
    expect(auditRetentionDays()).toBe(DEFAULT_AUDIT_RETENTION_DAYS)
    expect(DEFAULT_AUDIT_RETENTION_DAYS).toBe(1825)
    process.env.AUDIT_RETENTION_DAYS = '365'
    expect(auditRetentionDays()).toBe(365)
    process.env.AUDIT_RETENTION_DAYS = 'mãi mãi'
    expect(auditRetentionDays()).toBe(DEFAULT_AUDIT_RETENTION_DAYS)
  })

  it('deletes only the entries older than the period', async () => {
    const old = await entryAged(DEFAULT_AUDIT_RETENTION_DAYS + 3, 'ret-old')
    const older = await entryAged(DEFAULT_AUDIT_RETENTION_DAYS + 400, 'ret-older')
    const young = await entryAged(DEFAULT_AUDIT_RETENTION_DAYS - 3, 'ret-young')
    const fresh = await entryAged(0, 'ret-fresh')
    expect(await pruneAuditLog(payload)).toBeGreaterThanOrEqual(2)
    expect(await exists(old)).toBe(false)
    expect(await exists(older)).toBe(false)
    expect(await exists(young)).toBe(true)
    expect(await exists(fresh)).toBe(true)
  })

  it('runs as a scheduled job that deletes with the shorter period it is given', async () => {
    expect(pruneAuditLogTask.schedule?.[0]?.cron).toBe('0 45 3 * * *')
    const month = await entryAged(31, 'ret-month')
    const week = await entryAged(6, 'ret-week')
    process.env.AUDIT_RETENTION_DAYS = '30'
    // Run this job only: other files leave jobs of their own in the shared queue.
    const job = await payload.jobs.queue({ task: 'pruneAuditLog', input: {} })
    await payload.jobs.runByID({ id: (job as { id: number | string }).id })
    expect(await exists(month)).toBe(false)
    expect(await exists(week)).toBe(true)
  })
})
