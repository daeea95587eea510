/** Party organisations (tổ chức đảng): a tree of any depth with stored ancestors and path. */
import {
  canUseAdmin,
  createOrgs,
  manageOrgs,
  ORG_KINDS,
  ORG_STATUSES,
  readOrgs,
  serverOwnedField,
} from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig } from 'payload'
import { dayAndTime } from '../../fields/dateDisplay.ts'
import { ORG_NAME_CELL } from '../../fields/orgNameCell.ts'
import { computeLineage } from './hooks/computeLineage.ts'
import { queueSubtreeMove } from './hooks/queueSubtreeMove.ts'
import { recordHistory } from './hooks/recordHistory.ts'
import { setCreatedPath } from './hooks/setCreatedPath.ts'

export const Orgs: CollectionConfig<'orgs'> = {
  slug: 'orgs',
  labels: { singular: label('Tổ chức đảng', 'Organisation'), plural: label('Tổ chức đảng', 'Organisations') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'kind', 'parent', 'status', 'mergedInto'],
    group: label('Tổ chức và đảng viên', 'Organisations and members'),
    listSearchableFields: ['name', 'code'],
  },
  access: { admin: canUseAdmin, read: readOrgs, create: createOrgs, update: manageOrgs, delete: manageOrgs },
  hooks: { beforeChange: [computeLineage, recordHistory], afterChange: [setCreatedPath, queueSubtreeMove] },
  fields: [
    { name: 'name', type: 'text', required: true, label: label('Tên tổ chức', 'Name') },
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: label('Mã tổ chức', 'Code'),
      admin: {
        description: label('Mã dùng khi nhập danh sách đảng viên, ví dụ CB-0412.', 'Used in imports.'),
      },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: [...ORG_KINDS],
      label: label('Loại hình', 'Kind'),
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'orgs',
      index: true,
      label: label('Trực thuộc', 'Parent'),
      admin: { components: { Cell: ORG_NAME_CELL } },
    },
    {
      name: 'ancestors',
      type: 'relationship',
      relationTo: 'orgs',
      hasMany: true,
      index: true,
      access: serverOwnedField,
      label: label('Các cấp trên', 'Ancestors'),
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      // The lineage as `/<rootId>/…/<ownId>/`: a subtree is one indexed range (content-schemas access/paths.ts).
      name: 'path',
      type: 'text',
      index: true,
      access: serverOwnedField,
      label: label('Đường dẫn cây', 'Path'),
      admin: { readOnly: true },
    },
    {
      name: 'depth',
      type: 'number',
      access: serverOwnedField,
      label: label('Cấp trong cây', 'Depth'),
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'active',
      options: ORG_STATUSES.map((s) => ({ value: s.value, label: s.label })),
      access: serverOwnedField,
      label: label('Tình trạng', 'Status'),
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      // A merged org is kept, not deleted: activity recorded under it keeps its name in past reports.
      name: 'mergedInto',
      type: 'relationship',
      relationTo: 'orgs',
      access: serverOwnedField,
      label: label('Đã sáp nhập vào', 'Merged into'),
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.mergedInto) },
    },
    {
      name: 'mergedAt',
      type: 'date',
      access: serverOwnedField,
      label: label('Ngày sáp nhập', 'Merged on'),
      admin: {
        readOnly: true,
        position: 'sidebar',
        condition: (data) => Boolean(data?.mergedAt),
        date: dayAndTime,
      },
    },
    {
      // Former names and parents, each with the instant it stopped being current (see orgAt).
      name: 'history',
      type: 'array',
      access: serverOwnedField,
      label: label('Tên và cấp trên trước đây', 'Former names and parents'),
      labels: { singular: label('Lần thay đổi', 'Change'), plural: label('Các lần thay đổi', 'Changes') },
      admin: { readOnly: true, initCollapsed: true },
      fields: [
        { name: 'name', type: 'text', required: true, label: label('Tên khi đó', 'Name then') },
        {
          name: 'parent',
          type: 'relationship',
          relationTo: 'orgs',
          label: label('Trực thuộc khi đó', 'Parent then'),
        },
        {
          name: 'until',
          type: 'date',
          required: true,
          label: label('Đến ngày', 'Until'),
          admin: { date: dayAndTime },
        },
      ],
    },
  ],
}
