/** Questions a cell has not answered in time go to the committee above it (chuyển cấp trên). */
import { idOf } from '@sotay/content-schemas'
import type { Payload, TaskConfig } from 'payload'

export const ESCALATE_TASK = 'escalateQuestions'

/** Hours a question may wait at its cell; `QUESTION_ESCALATE_AFTER_HOURS`, 48 by default. */
export function escalateAfterHours(env: NodeJS.ProcessEnv = process.env): number {
  const hours = Number(env.QUESTION_ESCALATE_AFTER_HOURS)
  return Number.isFinite(hours) && hours > 0 ? hours : 48
}

export interface EscalateOptions {
  now?: Date
  afterHours?: number
}

/** Moves every question pending since before the deadline to the parent of its assigned org; returns how many. */
export async function escalateQuestions(payload: Payload, options: EscalateOptions = {}): Promise<number> {
  const now = options.now ?? new Date()
  const deadline = new Date(now.getTime() - (options.afterHours ?? escalateAfterHours()) * 3600_000)
  const due = await payload.find({
    collection: 'questions',
    where: {
      and: [{ status: { equals: 'pending' } }, { pendingSince: { less_than: deadline.toISOString() } }],
    },
    depth: 0,
    limit: 500,
    overrideAccess: true,
  })
  let moved = 0
  for (const question of due.docs) {
    const assigned = idOf(question.assignedOrg)
    if (assigned === undefined) continue
    const org = await payload.findByID({ collection: 'orgs', id: assigned, depth: 0, overrideAccess: true })
    const parent = idOf(org.parent)
    // A question at the root has nobody above it: it stays pending where it is.
    if (parent === undefined) continue
    await payload.update({
      collection: 'questions',
      id: question.id,
      data: { status: 'escalated', assignedOrg: parent, escalatedAt: now.toISOString() },
      depth: 0,
      overrideAccess: true,
    })
    moved += 1
  }
  return moved
}

export const escalateQuestionsTask: TaskConfig<{ input: Record<string, never>; output: { moved: number } }> =
  {
    slug: ESCALATE_TASK,
    label: 'Chuyển câu hỏi quá hạn lên cấp ủy cấp trên',
    outputSchema: [{ name: 'moved', type: 'number' }],
    // Every five minutes: a question is late by at most that much past its deadline.
    schedule: [{ cron: '0 */5 * * * *', queue: 'default' }],
    retries: 1,
    handler: async ({ req }) => ({ output: { moved: await escalateQuestions(req.payload) } }),
  }
