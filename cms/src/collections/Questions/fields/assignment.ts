/**
 * Who owes the answer: `assignedOrg` (the asker's cell, later the committee above) and its ancestors,
 * stored like `orgAncestors` so "assigned inside my subtree" is one indexed `in` match.
 */
import { serverOwnedField } from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { Field } from 'payload'
import { ORG_NAME_CELL } from '../../../fields/orgNameCell.ts'

export const assignmentFields: Field[] = [
  {
    name: 'assignedOrg',
    type: 'relationship',
    relationTo: 'orgs',
    index: true,
    access: serverOwnedField,
    label: label('Tổ chức trả lời', 'Answering organisation'),
    admin: { position: 'sidebar', readOnly: true, components: { Cell: ORG_NAME_CELL } },
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
