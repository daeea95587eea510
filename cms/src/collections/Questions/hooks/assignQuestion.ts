/** Who owes the answer: the asker's cell when the question (again) waits for a person, with its lineage stored. */
import { asSessionUser, hasAnyGrant, idOf, sameId } from '@sotay/content-schemas'
import { orgLineage } from '@sotay/content-schemas/access/lookup'
import type { CollectionBeforeChangeHook } from 'payload'
import type { Question } from '../../../payload-types.ts'

/**
 * A new question belongs to the asker and their home cell whatever the request said; when it
 * (again) waits for a person it is assigned to that cell and the waiting clock starts.
 */
export const assignQuestion: CollectionBeforeChangeHook<Question> = async ({
  data,
  originalDoc,
  req,
  operation,
}) => {
  const user = asSessionUser(req.user)
  // Only server code without a user (seeding, tests) may name another asker; `asker` is server-owned.
  if (operation === 'create' && user && (!hasAnyGrant(user) || data.asker === undefined)) {
    data.asker = user.id
    data.org = idOf(user.org)
  }
  const becamePending = data.status === 'pending' && originalDoc?.status !== 'pending'
  if (becamePending) {
    // The asker's "Chưa đúng ý tôi" is the one way from an automatic answer back to a person.
    if (originalDoc?.status === 'auto') data.notHelpfulAt = new Date().toISOString()
    data.assignedOrg = idOf(data.org ?? originalDoc?.org)
    data.pendingSince = new Date().toISOString()
  }
  if (data.assignedOrg !== undefined && !sameId(data.assignedOrg, originalDoc?.assignedOrg)) {
    data.assignedAncestors = (await orgLineage(req, data.assignedOrg)).slice(0, -1)
  }
  return data
}
