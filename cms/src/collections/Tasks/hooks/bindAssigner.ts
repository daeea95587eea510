/** The person who assigns a task is whoever creates it, whatever the request says. */
import type { CollectionBeforeChangeHook } from 'payload'
import type { Task } from '../../../payload-types.ts'

export const bindAssigner: CollectionBeforeChangeHook<Task> = ({ data, operation, req }) => {
  if (operation === 'create' && req.user) data.assignedBy = req.user.id
  return data
}
