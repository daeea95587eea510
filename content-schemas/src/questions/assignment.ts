/**
 * Who owes the answer: `assignedOrg` (the asker's cell, later the committee above) and its ancestors,
 * stored like `orgAncestors` so "assigned inside my subtree" is one indexed `in` match.
 */
import type { CollectionBeforeChangeHook, Field } from 'payload'
import { orgLineage } from '../access/lookup.ts'
import { serverOwnedField } from '../access/rules.ts'
import { asSessionUser, hasAnyGrant } from '../access/session.ts'
import { idOf, sameId } from '../shared/ids.ts'
import { label } from '../shared/label.ts'

export const assignmentFields: Field[] = [
  {
    name: 'assignedOrg',
    type: 'relationship',
    relationTo: 'orgs',
    index: true,
    access: serverOwnedField,
    label: label('Tổ chức trả lời', 'Answering organisation'),
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'assignedAncestors',
    type: 'relationship',
    relationTo: 'orgs',
    hasMany: true,
    index: true,
    access: serverOwnedField,
    label: label('Các cấp trên của tổ chức trả lời', 'Above the answering organisation'),
    admin: { hidden: true },
  },
]

/**
 * A new question belongs to the asker and their home cell whatever the request said; when it
 * (again) waits for a person it is assigned to that cell and the waiting clock starts.
 */
export const assignQuestion: CollectionBeforeChangeHook = async ({ data, originalDoc, req, operation }) => {
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
