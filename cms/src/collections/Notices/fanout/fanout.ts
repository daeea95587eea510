/**
 * The fan-out of one notice: the target subtree expanded into recipients batch by batch, an inbox row
 * (`notice:recipient`) for each, then the other channels. A checkpoint on the notice (the last recipient
 * id scanned) lets a killed run resume; the deterministic ids make the repeated batch a no-op.
 */
import { type ID, inboxItemId, NOTICE_SYSTEM_CONTEXT } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { bulkWriter } from '../../../db/bulk/index.ts'
import type { Notice } from '../../../payload-types.ts'
import { dispatchChannels } from '../channels/index.ts'
import { type BatchStep, candidatesWhere, narrowingOf, payloadBatchStep } from './recipients.ts'
import { sqlBatchStep } from './sqlBatches.ts'
import { targetOf } from './subtree.ts'

export interface FanOutOptions {
  /** Recipients per batch (one transaction and one channel dispatch each). */
  batchSize?: number
  /** Skip the channels after the inbox (the benchmark's boundary). */
  skipChannels?: boolean
  log?: (line: string) => void
}

export interface FanOutResult {
  outcome: 'sent' | 'skipped'
  /** Inbox rows of this notice when the run ended. */
  delivered: number
  /** Rows this run wrote (less than delivered when it resumed). */
  written: number
  batches: number
}

const number = new Intl.NumberFormat('vi-VN')
const CHECKPOINT_EVERY_MS = 1000
const system = { [NOTICE_SYSTEM_CONTEXT]: true }

async function markNotice(payload: Payload, id: ID, data: Partial<Notice>) {
  await payload.update({ collection: 'notices', id, data, depth: 0, overrideAccess: true, context: system })
}

export async function fanOutNotice(
  payload: Payload,
  noticeId: ID,
  options: FanOutOptions = {},
): Promise<FanOutResult> {
  const { batchSize = 1000, log = (line) => payload.logger.info(line) } = options
  const notice = await payload.findByID({
    collection: 'notices',
    id: noticeId,
    depth: 0,
    overrideAccess: true,
  })
  const skipped = {
    outcome: 'skipped' as const,
    delivered: notice.deliveredCount ?? 0,
    written: 0,
    batches: 0,
  }
  // Cancelled (back to draft), already sent, or rescheduled later: a newer job waits for the new time.
  if (notice.status !== 'scheduled' && notice.status !== 'sending') return skipped
  if (notice.sendAt && new Date(notice.sendAt).getTime() > Date.now() + 1000) return skipped

  const target = await targetOf(payload, notice.targetOrg)
  const narrowing = narrowingOf(notice)
  await markNotice(payload, notice.id, {
    status: 'sending',
    startedAt: notice.startedAt ?? new Date().toISOString(),
    failure: null,
  })
  // Counting a province's recipients scans them all: done after the first batch has reached the channels.
  let total = notice.recipientTotal ?? undefined
  const countTotal = async () => {
    total = target
      ? (
          await payload.count({
            collection: 'users',
            where: candidatesWhere(target, narrowing),
            overrideAccess: true,
          })
        ).totalDocs
      : 0
    await markNotice(payload, notice.id, { recipientTotal: total })
  }

  const bulk = bulkWriter(payload)
  const sentAt = new Date(notice.sendAt ?? Date.now()).toISOString()
  const batch = target && { noticeId: notice.id, target, narrowing, sentAt }
  const step: BatchStep = batch
    ? (sqlBatchStep(payload, batch) ?? payloadBatchStep(payload, batch))
    : async () => ({ recipients: [], last: undefined, written: 0 })
  let after: ID | undefined = notice.lastRecipientId ? checkpointId(notice.lastRecipientId) : undefined
  let delivered = notice.deliveredCount ?? 0
  let written = 0
  let batches = 0
  let savedAt = 0
  try {
    for (;;) {
      const { recipients, last, written: fresh } = await step(after, batchSize)
      if (last === undefined) break
      written += fresh
      delivered += fresh
      after = last
      batches += 1
      // The checkpoint at most once a second: a resumed run repeats what came after it, as no-ops.
      if (performance.now() - savedAt >= CHECKPOINT_EVERY_MS) {
        await bulk.updateWhereIn('notices', 'id', [notice.id], {
          lastRecipientId: String(last),
          deliveredCount: delivered,
        })
        savedAt = performance.now()
      }
      // Every row of the batch, new or not: the channels claim each delivery, so a batch repeated after a
      // kill rings no phone twice, and one killed between its inbox rows and its pushes still gets them.
      if (!options.skipChannels && recipients.length) {
        await dispatchChannels(payload, {
          notice,
          recipients: recipients.map((r) => ({
            id: r.id,
            email: r.email,
            inboxItemId: inboxItemId(notice.id, r.id),
          })),
        }).catch((error: unknown) =>
          log(`Gửi qua các kênh khác thất bại cho thông báo #${notice.id}: ${String(error)}`),
        )
      }
      if (total === undefined) await countTotal()
      log(`Gửi thông báo #${notice.id}: ${number.format(delivered)}/${number.format(total ?? delivered)}`)
    }
  } catch (error) {
    await markNotice(payload, notice.id, { failure: error instanceof Error ? error.message : String(error) })
    throw error
  }
  // The exact count, whatever earlier runs managed to record before they stopped.
  const { totalDocs } = await payload.count({
    collection: 'inbox',
    where: { notice: { equals: notice.id } },
    overrideAccess: true,
  })
  await markNotice(payload, notice.id, {
    status: 'sent',
    deliveredCount: totalDocs,
    finishedAt: new Date().toISOString(),
  })
  log(`Đã gửi xong thông báo #${notice.id} tới ${number.format(totalDocs)} người.`)
  return { outcome: 'sent', delivered: totalDocs, written, batches }
}

/** SQL ids are numbers, MongoDB's are strings; the checkpoint is stored as text. */
const checkpointId = (text: string): ID => (/^\d+$/.test(text) ? Number(text) : text)
