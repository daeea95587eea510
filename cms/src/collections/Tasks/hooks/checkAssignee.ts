/**
 * A task goes to one org or one member inside the assigning org's subtree (an org may assign within itself);
 * a sub-assignment (giao tiếp) comes from the org its parent task was given to. Keeps `assigneeLineage`, which
 * lets the assigned cell's secretary read the task.
 */
import { orgLineage } from '@sotay/content-schemas/access/lookup'
import { idOf, type Ref, sameId } from '@sotay/content-schemas/shared/ids'
import { TASK_MESSAGES } from '@sotay/content-schemas/tasks/status'
import type { CollectionBeforeChangeHook } from 'payload'
import { fieldRefusal } from '../../../fields/fieldRefusal.ts'
import type { Task } from '../../../payload-types.ts'

export const checkAssignee: CollectionBeforeChangeHook<Task> = async ({ data, originalDoc, req }) => {
  const pick = <K extends keyof Task>(key: K) => (data[key] === undefined ? originalDoc?.[key] : data[key])
  const org = idOf(pick('org') as Ref)
  const assignee = idOf(pick('assignee') as Ref)
  const assigneeOrg = idOf(pick('assigneeOrg') as Ref)
  // The refusal sits on the field the person filled (or on the org picker when they filled neither).
  const assigneePath = assignee !== undefined ? 'assignee' : 'assigneeOrg'
  if ((assignee === undefined) === (assigneeOrg === undefined))
    throw fieldRefusal(req, 'tasks', assigneePath, TASK_MESSAGES.noAssignee)
  if (org === undefined) throw fieldRefusal(req, 'tasks', 'org', TASK_MESSAGES.outsideSubtree, 403)

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
    throw fieldRefusal(req, 'tasks', assigneePath, TASK_MESSAGES.outsideSubtree, 403)

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
      throw fieldRefusal(req, 'tasks', 'parent', TASK_MESSAGES.badParent, 403)
  }
  data.assigneeLineage = assigneeOrg === undefined ? [] : lineage
  return data
}
