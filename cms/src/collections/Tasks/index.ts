/**
 * Tasks (nhiệm vụ): assigned by a committee or secretary to an org or a member inside their subtree. A cell's
 * secretary passes a task on as a sub-assignment pointing to its parent, or does it themself. Progress comes
 * from reports (`TaskReports`), which keep `progress` and `status`; "quá hạn" is computed when read.
 */
import {
  canUseAdmin,
  createTasks,
  manageTasks,
  readTasks,
  serverOwnedField,
  systemOnly,
  TASK_DESCRIPTION_MAX,
  TASK_PRIORITIES,
  TASK_STORED_STATUSES,
  TASK_TITLE_MAX,
} from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig } from 'payload'
import { dayAndTime } from '../../fields/dateDisplay.ts'
import { ORG_NAME_CELL } from '../../fields/orgNameCell.ts'
import { orgFields, setOrgAncestors } from '../../fields/orgOwnership.ts'
import { bindAssigner } from './hooks/bindAssigner.ts'
import { checkAssignee } from './hooks/checkAssignee.ts'

export const Tasks: CollectionConfig<'tasks'> = {
  slug: 'tasks',
  labels: { singular: label('Nhiệm vụ', 'Task'), plural: label('Nhiệm vụ', 'Tasks') },
  admin: {
    group: label('Nhiệm vụ', 'Tasks'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'dueAt', 'assigneeOrg', 'assignee', 'progress', 'status'],
  },
  access: {
    admin: canUseAdmin,
    read: readTasks,
    create: createTasks,
    update: manageTasks,
    // Reports hang on it: a task is cancelled (đã hủy), never deleted.
    delete: systemOnly,
  },
  // The agenda's task deadlines: a member's own, and those of the orgs they are secretary of, in a window.
  indexes: [{ fields: ['assignee', 'dueAt'] }, { fields: ['assigneeOrg', 'dueAt'] }],
  hooks: { beforeChange: [setOrgAncestors, bindAssigner, checkAssignee] },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: TASK_TITLE_MAX,
      label: label('Tên nhiệm vụ', 'Title'),
    },
    {
      name: 'description',
      type: 'textarea',
      maxLength: TASK_DESCRIPTION_MAX,
      label: label('Nội dung', 'Description'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'dueAt',
          type: 'date',
          required: true,
          index: true,
          label: label('Hạn hoàn thành', 'Due'),
          admin: { date: dayAndTime },
        },
        {
          name: 'priority',
          type: 'select',
          required: true,
          defaultValue: 'binh-thuong',
          options: [...TASK_PRIORITIES],
          label: label('Mức độ', 'Priority'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'assigneeOrg',
          type: 'relationship',
          relationTo: 'orgs',
          index: true,
          label: label('Giao cho tổ chức', 'Assigned to organisation'),
          admin: { components: { Cell: ORG_NAME_CELL } },
        },
        {
          name: 'assignee',
          type: 'relationship',
          relationTo: 'users',
          index: true,
          label: label('Hoặc giao cho đảng viên', 'Or to a member'),
        },
      ],
    },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'tasks',
      index: true,
      label: label('Giao tiếp từ nhiệm vụ', 'Passed on from'),
    },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: label('Tệp đính kèm', 'Attachments'),
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'chua-bat-dau',
      options: [...TASK_STORED_STATUSES],
      index: true,
      label: label('Trạng thái', 'Status'),
      admin: {
        position: 'sidebar',
        description: label('Quá hạn được tính khi xem.', 'Overdue is computed.'),
      },
    },
    {
      name: 'progress',
      type: 'number',
      min: 0,
      max: 100,
      defaultValue: 0,
      access: serverOwnedField,
      label: label('Tiến độ (%)', 'Progress (%)'),
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'assignedBy',
      type: 'relationship',
      relationTo: 'users',
      access: serverOwnedField,
      label: label('Người giao', 'Assigned by'),
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      // The assigned org and its ancestors: its secretary reads the task through it.
      name: 'assigneeLineage',
      type: 'relationship',
      relationTo: 'orgs',
      hasMany: true,
      index: true,
      access: serverOwnedField,
      admin: { hidden: true },
    },
    {
      // Reminder stamps, so the job reminds once before the due date and once when overdue.
      name: 'remindedDueAt',
      type: 'date',
      access: serverOwnedField,
      admin: { hidden: true },
    },
    { name: 'remindedOverdueAt', type: 'date', access: serverOwnedField, admin: { hidden: true } },
    ...orgFields({ description: label('Tổ chức giao nhiệm vụ', 'The assigning organisation') }),
  ],
}
