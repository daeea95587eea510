/**
 * Claims in the delivery log: a row keyed `notice:recipient:channel[:device]` is inserted if absent BEFORE
 * sending, and only the keys this run inserted are sent. A rerun after a crash skips what was claimed
 * (at most once); a claim whose send never happened stays "claimed" and is visible in the log.
 */
import type { DeliveryChannel, DeliveryStatus } from '@sotay/content-schemas'
import type { Payload } from 'payload'

export interface Claim {
  key: string
  notice: string
  recipient: string
  channel: DeliveryChannel
  device?: string
}

export interface Result {
  key: string
  status: Exclude<DeliveryStatus, 'claimed'>
  reason?: string
  attempts?: number
}

export const deliveryKey = (
  notice: unknown,
  recipient: unknown,
  channel: DeliveryChannel,
  device?: unknown,
) => [notice, recipient, channel, ...(device === undefined ? [] : [device])].map(String).join(':')

const CHUNK = 400

/** Payload's Drizzle adapters (SQLite, PostgreSQL) give one INSERT … ON CONFLICT DO NOTHING per chunk. */
interface Drizzle {
  drizzle: any
  tables: Record<string, any>
  tableNameMap: Map<string, string>
  operators: { in: (col: unknown, values: unknown[]) => unknown }
}

function deliveriesTable(payload: Payload): { db: Drizzle; table: any } | undefined {
  const db = payload.db as unknown as Partial<Drizzle>
  if (!db.drizzle || !db.tables || !db.tableNameMap || !db.operators) return undefined
  const table = db.tables[db.tableNameMap.get('deliveries') ?? 'deliveries']
  return table ? { db: db as Drizzle, table } : undefined
}

/** Inserts the claims that are not there yet; returns the keys this call inserted. */
export async function claimDeliveries(payload: Payload, claims: Claim[]): Promise<Set<string>> {
  const won = new Set<string>()
  const sql = deliveriesTable(payload)
  const now = new Date().toISOString()
  for (let i = 0; i < claims.length; i += CHUNK) {
    const part = claims.slice(i, i + CHUNK)
    if (sql) {
      const rows: { key: string }[] = await sql.db.drizzle
        .insert(sql.table)
        .values(
          part.map((c) => ({
            ...c,
            device: c.device ?? null,
            status: 'claimed',
            createdAt: now,
            updatedAt: now,
          })),
        )
        .onConflictDoNothing({ target: sql.table.key })
        .returning({ key: sql.table.key })
      for (const row of rows) won.add(row.key)
      continue
    }
    // Other adapters: the unique index on `key` refuses a second insert.
    for (const claim of part) {
      try {
        await payload.create({
          collection: 'deliveries' as never,
          data: { ...claim, status: 'claimed' } as never,
        })
        won.add(claim.key)
      } catch {
        // Already claimed by an earlier run.
      }
    }
  }
  return won
}

/** Writes what became of each claimed delivery: "sent" in bulk, failures one by one with their reason. */
export async function recordResults(payload: Payload, results: Result[]): Promise<void> {
  const sql = deliveriesTable(payload)
  const now = new Date().toISOString()
  const sent = results.filter((r) => r.status === 'sent').map((r) => r.key)
  const failed = results.filter((r) => r.status === 'failed')
  if (sql) {
    for (let i = 0; i < sent.length; i += CHUNK) {
      await sql.db.drizzle
        .update(sql.table)
        .set({ status: 'sent', updatedAt: now })
        .where(sql.db.operators.in(sql.table.key, sent.slice(i, i + CHUNK)))
    }
    for (const f of failed) {
      await sql.db.drizzle
        .update(sql.table)
        .set({ status: 'failed', reason: f.reason ?? null, attempts: f.attempts ?? null, updatedAt: now })
        .where(sql.db.operators.in(sql.table.key, [f.key]))
    }
    return
  }
  for (const r of results) {
    await payload.update({
      collection: 'deliveries' as never,
      where: { key: { equals: r.key } },
      data: { status: r.status, reason: r.reason, attempts: r.attempts } as never,
    })
  }
}
