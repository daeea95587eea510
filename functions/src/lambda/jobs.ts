/**
 * Payload's job runner as a function, for deployments without a long-lived CMS process: an EventBridge schedule
 * (every minute, say) or a queue message invokes it, and it does what the CMS's autoRun would do each pass —
 * queues the tasks whose `schedule` is due, then runs up to each queue's limit of waiting jobs (fan-outs,
 * scheduled publishing, reminders, imports). One invocation runs its passes one after another; give the
 * function a time limit longer than a pass (a fan-out writes in checkpointed batches).
 */
import type { JobQueue } from '@sotay/cms'
import type { Payload } from 'payload'
import type { PayloadSource } from '../http/payloadReady.ts'
import { payloadLoader } from '../http/payloadReady.ts'

/** What one pass asks for: EventBridge Scheduler's input, a rule's `detail`, or an SQS message body. */
export interface JobsRequest {
  queue?: string
  limit?: number
}

/** An EventBridge scheduled event ("Scheduled Event", source aws.events), with our request in `detail`. */
export interface ScheduledEvent {
  source?: string
  'detail-type'?: string
  detail?: JobsRequest
}

/** An SQS batch: each message body is a JSON JobsRequest. */
export interface QueueEvent {
  Records: { body: string }[]
}

export type JobsEvent = ScheduledEvent | QueueEvent | JobsRequest

export interface QueuePass {
  queue: string
  /** Tasks whose schedule came due and were queued by this pass. */
  scheduled: number
  /** Jobs this pass ran, by id: the status Payload reports for each. */
  ran: Record<string, string>
  /** Whether waiting jobs remain (the next pass takes them). */
  more: boolean
}

/** The passes an event asks for: one queue when it names one, else every queue with its own limit. */
export function requestedQueues(event: JobsEvent, queues: JobQueue[]): JobQueue[] {
  const requests: JobsRequest[] =
    'Records' in event
      ? event.Records.map((r) => JSON.parse(r.body || '{}') as JobsRequest)
      : ['detail' in event ? (event.detail ?? {}) : (event as JobsRequest)]
  return requests.flatMap((request) =>
    request.queue
      ? [
          {
            queue: request.queue,
            limit: request.limit ?? queues.find((q) => q.queue === request.queue)?.limit ?? 10,
          },
        ]
      : queues.map((q) => ({ ...q, limit: request.limit ?? q.limit })),
  )
}

async function pass(payload: Payload, { queue, limit }: JobQueue): Promise<QueuePass> {
  const schedules = await payload.jobs.handleSchedules({ queue })
  const result = await payload.jobs.run({ queue, limit })
  return {
    queue,
    scheduled: schedules.queued.length,
    ran: Object.fromEntries(Object.entries(result.jobStatus ?? {}).map(([id, r]) => [id, r.status])),
    more: result.noJobsRemaining !== true,
  }
}

export function jobsHandler(source: PayloadSource, queues: JobQueue[]) {
  const load = payloadLoader(source)
  return async (event: JobsEvent = {}): Promise<{ passes: QueuePass[] }> => {
    const payload = await load()
    const passes: QueuePass[] = []
    for (const queue of requestedQueues(event, queues)) passes.push(await pass(payload, queue))
    return { passes }
  }
}
