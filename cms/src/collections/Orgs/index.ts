/** Party organisations (tổ chức đảng): a tree of any depth with stored ancestors and path. */
import {
  canUseAdmin,
  createOrgs,
  manageOrgs,
  ORG_KINDS,
  readOrgs,
  serverOwnedField,
} from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig } from 'payload'
import { ORG_NAME_CELL } from '../../fields/orgNameCell.ts'
import { computeLineage } from './hooks/computeLineage.ts'
import { rewriteMovedSubtree } from './hooks/rewriteMovedSubtree.ts'

export const Orgs: CollectionConfig<'orgs'> = {
  slug: 'orgs',
  labels: { singular: label('Tổ chức đảng', 'Organisation'), plural: label('Tổ chức đảng', 'Organisations') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'kind', 'parent', 'path'],
    group: label('Tổ chức và đảng viên', 'Organisations and members'),
    listSearchableFields: ['name', 'code'],
  },
  access: { admin: canUseAdmin, read: readOrgs, create: createOrgs, update: manageOrgs, delete: manageOrgs },
  hooks: { beforeChange: [computeLineage], afterChange: [rewriteMovedSubtree] },
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
  ],
}
