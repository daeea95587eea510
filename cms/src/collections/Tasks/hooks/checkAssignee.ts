/**
 * A task goes to one org or one member inside the assigning org's subtree (an org may assign within itself);
 * a sub-assignment (giao tiếp) comes from the org its parent task was given to. Keeps `assigneeLineage`, which
 * lets the assigned cell's secretary read the task.
 */
import { orgLineage } from '@sotay/content-schemas/access/lookup'
import { idOf, type Ref, sameId } from '@sotay/content-schemas/shared/ids'
import { TASK_MESSAGES } from '@sotay/content-schemas/tasks/status'
import { APIError, type CollectionBeforeChangeHook } from 'payload'
import type { Task } from '../../../payload-types.ts'

export const checkAssignee: CollectionBeforeChangeHook<Task> = async ({ data, originalDoc, req }) => {
  const pick = <K extends keyof Task>(key: K) => (data[key] === undefined ? originalDoc?.[key] : data[key])
  const org = idOf(pick('org') as Ref)
  const assignee = idOf(pick('assignee') as Ref)
  const assigneeOrg = idOf(pick('assigneeOrg') as Ref)
  if ((assignee === undefined) === (assigneeOrg === undefined))
    throw new APIError(TASK_MESSAGES.noAssignee, 400, null, true)
  if (org === undefined) throw new APIError(TASK_MESSAGES.outsideSubtree, 403, null, true)

  let target: Ref | undefined = assigneeOrg
  if (assignee !== undefined) {
    const person = await req.payload.findByID({
      collection: 'users',
      id: assignee,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    target = idOf(person?.org as Ref)
  }
  const lineage = target === undefined ? [] : await orgLineage(req, target)
  if (!lineage.some((id) => sameId(id, org)))
    throw new APIError(TASK_MESSAGES.outsideSubtree, 403, null, true)

  const parent = idOf(pick('parent') as Ref)
  if (parent !== undefined) {
    const above = await req.payload.findByID({
      collection: 'tasks',
      id: parent,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    if (!above || !sameId(above.assigneeOrg as Ref, org))
      throw new APIError(TASK_MESSAGES.badParent, 403, null, true)
  }
  data.assigneeLineage = assigneeOrg === undefined ? [] : lineage
  return data
}
