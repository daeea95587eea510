/**
 * Claims in the delivery log: a row keyed `notice:recipient:channel[:device]` is inserted if absent BEFORE
 * sending, and only the keys this run inserted are sent. A rerun after a crash skips what was claimed
 * (at most once); a claim whose send never happened stays "claimed" and is visible in the log.
 */
import type { DeliveryChannel, DeliveryStatus } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { bulkWriter } from '../../db/bulk/index.ts'

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

/** Inserts the claims that are not there yet; returns the keys this call inserted. */
export async function claimDeliveries(payload: Payload, claims: Claim[]): Promise<Set<string>> {
  const rows = claims.map((c) => ({ ...c, device: c.device ?? null, status: 'claimed' as const }))
  return bulkWriter(payload).insertIfAbsent('deliveries', rows, 'key')
}

/** Writes what became of each claimed delivery: "sent" in bulk, failures one by one with their reason. */
export async function recordResults(payload: Payload, results: Result[]): Promise<void> {
  const bulk = bulkWriter(payload)
  const sent = results.filter((r) => r.status === 'sent').map((r) => r.key)
  await bulk.updateWhereIn('deliveries', 'key', sent, { status: 'sent' })
  for (const f of results.filter((r) => r.status === 'failed')) {
    await bulk.updateWhereIn('deliveries', 'key', [f.key], {
      status: 'failed',
      reason: f.reason ?? null,
      attempts: f.attempts ?? null,
    })
  }
}
