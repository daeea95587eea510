/** Where the caller stands to one task, read as the caller: null when they may not see it at all. */
import type { Task } from '@sotay/cms'
import { grantedOrgIds, type ID, idOf, type Ref, sameId, TASK_ROLES } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import type { SignedInUser } from '../session/member.ts'

export interface TaskStanding {
  task: Task
  /** Assigned to them, or to an org they hold a task grant on exactly (the same test as `reportOnOwnTask`). */
  own: boolean
  /** Their org was given it: they may pass it on to one of their members. */
  passesOn: boolean
}

export async function taskStanding(
  payload: Payload,
  user: SignedInUser,
  id: ID,
): Promise<TaskStanding | null> {
  const task = (await payload.findByID({
    collection: 'tasks',
    id,
    depth: 1,
    user,
    overrideAccess: false,
    disableErrors: true,
  })) as Task | null
  if (!task) return null
  const org = idOf(task.assigneeOrg as Ref)
  const passesOn = org !== undefined && grantedOrgIds(user, TASK_ROLES).some((g) => sameId(g, org))
  const own = passesOn || sameId(idOf(task.assignee as Ref) as Ref, user.id)
  return { task, own: own && task.status !== 'da-huy', passesOn: passesOn && task.status !== 'da-huy' }
}
