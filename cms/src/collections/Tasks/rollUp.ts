/**
 * Progress rolls up: a task passed on (giao tiếp) to members is as far along as its sub-assignments on average,
 * so the committee that assigned it sees the cell move when a member reports. Walks up every level. A cell's own
 * report still sets its task directly; the next sub-assignment's report rolls up over it.
 */
import { idOf, type Ref } from '@sotay/content-schemas/shared/ids'
import { statusForPercent } from '@sotay/content-schemas/tasks/status'
import type { PayloadRequest } from 'payload'
import type { Task } from '../../payload-types.ts'

/** Guards against a parent loop someone made in /admin. */
const MAX_LEVELS = 10

export async function rollUpProgress(req: PayloadRequest, from: Ref): Promise<void> {
  let child = idOf(from)
  for (let level = 0; child !== undefined && level < MAX_LEVELS; level++) {
    const task = (await req.payload.findByID({
      collection: 'tasks',
      id: child,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      select: { parent: true },
      req,
    })) as Pick<Task, 'parent'> | null
    const parent = idOf(task?.parent as Ref)
    if (parent === undefined) return
    const { docs } = await req.payload.find({
      collection: 'tasks',
      where: { and: [{ parent: { equals: parent } }, { status: { not_equals: 'da-huy' } }] },
      depth: 0,
      pagination: false,
      select: { progress: true },
      overrideAccess: true,
      req,
    })
    if (!docs.length) return
    const progress = Math.round(docs.reduce((sum, t) => sum + (t.progress ?? 0), 0) / docs.length)
    await req.payload.update({
      collection: 'tasks',
      id: parent,
      data: { progress, status: statusForPercent(progress) },
      depth: 0,
      // Server-owned: what the sub-assignments' reports say, written by the server.
      overrideAccess: true,
      req,
    })
    child = parent
  }
}
