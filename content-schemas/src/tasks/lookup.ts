/** What the task rules read of a task, without access control (the rule decides, not the reader). */
import type { PayloadRequest } from 'payload'
import type { Ref } from '../shared/ids.ts'

export interface TaskStanding {
  assignee?: Ref | null
  assigneeOrg?: Ref | null
  status?: string | null
}

export async function taskStanding(req: PayloadRequest, task: Ref): Promise<TaskStanding | null> {
  const id = typeof task === 'object' && task ? (task as { id: unknown }).id : task
  if (id === undefined || id === null || id === '') return null
  const found = await req.payload.find({
    collection: 'tasks' as never,
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    pagination: false,
    select: { assignee: true, assigneeOrg: true, status: true } as never,
    req,
  })
  return (found.docs[0] as TaskStanding | undefined) ?? null
}
