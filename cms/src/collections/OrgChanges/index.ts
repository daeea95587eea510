/**
 * Reorganisations of the tree (sắp xếp tổ chức): merge an org into another, move a subtree under a new
 * parent, or split chosen members and cells into a new sibling. Each save runs the `applyOrgChange` job: a
 * dry run lists what will move; the real run edits the tree and rewrites the lineage of everything owned
 * below it in SQL, with its progress here. A change is a record of its own and is never deleted.
 */
import {
  canUseAdmin,
  createOrgChanges,
  manageOrgChanges,
  ORG_CHANGE_KINDS,
  ORG_CHANGE_STATUSES,
  readOrgChanges,
  serverOwnedField,
  systemOnly,
} from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig, Field } from 'payload'
import { dayAndTime } from '../../fields/dateDisplay.ts'
import { orgFields, setOrgAncestors } from '../../fields/orgOwnership.ts'
import { checkChange } from './hooks/checkChange.ts'
import { showPreview, showProgress } from './hooks/describe.ts'
import { queueChange } from './hooks/queueChange.ts'

const when =
  (...kinds: string[]) =>
  (data: Partial<{ kind: string }>) =>
    kinds.includes(String(data?.kind))

const serverOwned = (field: Field): Field => ({ ...field, access: serverOwnedField }) as Field

export const OrgChanges: CollectionConfig<'org-changes'> = {
  slug: 'org-changes',
  labels: {
    singular: label('Sắp xếp tổ chức', 'Organisation change'),
    plural: label('Sắp xếp tổ chức', 'Organisation changes'),
  },
  admin: {
    group: label('Tổ chức và đảng viên', 'Organisations and members'),
    defaultColumns: ['id', 'kind', 'source', 'target', 'dryRun', 'status', 'progress', 'createdAt'],
    description: label(
      'Sáp nhập, chuyển trực thuộc hoặc chia tách tổ chức. Lưu với “Chạy thử” để xem danh sách sẽ chuyển; ' +
        'bỏ chọn “Chạy thử” và lưu lại để thực hiện. Đảng viên, nội dung, cuộc họp, nhiệm vụ đi theo tổ chức.',
      'Merge, move or split organisations; save as a dry run first, then untick it and save to run.',
    ),
  },
  access: {
    admin: canUseAdmin,
    read: readOrgChanges,
    create: createOrgChanges,
    update: manageOrgChanges,
    delete: systemOnly,
  },
  hooks: {
    beforeChange: [checkChange, setOrgAncestors],
    afterChange: [queueChange],
  },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'merge',
      options: ORG_CHANGE_KINDS.map((k) => ({ value: k.value, label: k.label })),
      label: label('Loại thay đổi', 'Kind'),
    },
    {
      name: 'source',
      type: 'relationship',
      relationTo: 'orgs',
      required: true,
      index: true,
      label: label('Tổ chức cần thay đổi', 'Organisation'),
    },
    {
      name: 'target',
      type: 'relationship',
      relationTo: 'orgs',
      index: true,
      label: label('Sáp nhập vào / chuyển về trực thuộc', 'Merge into / new parent'),
      admin: { condition: when('merge', 'move') },
    },
    {
      type: 'row',
      admin: { condition: when('split') },
      fields: [
        { name: 'newOrgName', type: 'text', label: label('Tên tổ chức mới', 'New organisation name') },
        { name: 'newOrgCode', type: 'text', label: label('Mã tổ chức mới', 'New organisation code') },
      ],
    },
    {
      name: 'splitMembers',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: label('Đảng viên chuyển sang tổ chức mới', 'Members moving to the new organisation'),
      admin: { condition: when('split') },
    },
    {
      name: 'splitOrgs',
      type: 'relationship',
      relationTo: 'orgs',
      hasMany: true,
      label: label('Tổ chức trực thuộc chuyển sang tổ chức mới', 'Child organisations moving'),
      admin: { condition: when('split') },
    },
    {
      name: 'dryRun',
      type: 'checkbox',
      defaultValue: true,
      label: label('Chạy thử (chỉ liệt kê những gì sẽ chuyển, không thay đổi gì)', 'Dry run'),
    },
    serverOwned({
      name: 'status',
      type: 'select',
      defaultValue: 'queued',
      options: ORG_CHANGE_STATUSES.map((s) => ({ value: s.value, label: s.label })),
      label: label('Trạng thái', 'Status'),
      admin: { readOnly: true, position: 'sidebar' },
    }),
    serverOwned({
      name: 'percent',
      type: 'number',
      defaultValue: 0,
      label: label('Phần trăm hoàn thành', 'Percent done'),
      admin: { hidden: true },
    }),
    {
      name: 'progress',
      type: 'text',
      virtual: true,
      label: label('Tiến độ', 'Progress'),
      admin: { readOnly: true },
      hooks: { afterRead: [showProgress] },
    },
    {
      name: 'previewText',
      type: 'textarea',
      virtual: true,
      label: label('Những gì sẽ chuyển', 'What will move'),
      admin: { readOnly: true, rows: 12, condition: (data) => Boolean(data?.preview) },
      hooks: { afterRead: [showPreview] },
    },
    serverOwned({ name: 'preview', type: 'json', admin: { hidden: true } }),
    serverOwned({ name: 'written', type: 'json', admin: { hidden: true } }),
    serverOwned({
      name: 'failure',
      type: 'text',
      label: label('Lý do thất bại', 'Failure'),
      admin: { readOnly: true, condition: (data) => Boolean(data?.failure) },
    }),
    serverOwned({
      name: 'newOrg',
      type: 'relationship',
      relationTo: 'orgs',
      label: label('Tổ chức mới', 'New organisation'),
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.newOrg) },
    }),
    serverOwned({
      name: 'startedBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Người thực hiện', 'Started by'),
      admin: { readOnly: true, position: 'sidebar' },
    }),
    serverOwned({
      name: 'finishedAt',
      type: 'date',
      label: label('Hoàn tất lúc', 'Finished at'),
      admin: { readOnly: true, position: 'sidebar', date: dayAndTime },
    }),
    ...orgFields({
      required: false,
      description: label('Tỉnh ủy nơi diễn ra thay đổi (tự điền).', 'The province (set automatically).'),
    }),
  ],
}
