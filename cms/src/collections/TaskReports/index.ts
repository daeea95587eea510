/**
 * Progress reports on a task (báo cáo tiến độ): a percentage, a note and an attachment, sent by the member or
 * cell the task was given to; comments from either side go with them (appended by the functions).
 */
import {
  canUseAdmin,
  percentProblem,
  readTaskReports,
  reportOnOwnTask,
  serverOwnedField,
  systemOnly,
  TASK_COMMENT_MAX,
  TASK_NOTE_MAX,
} from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig } from 'payload'
import { dayAndTime } from '../../fields/dateDisplay.ts'
import { orgPathField, setOrgAncestors } from '../../fields/orgOwnership.ts'
import { applyProgress } from './hooks/applyProgress.ts'
import { stampFromTask } from './hooks/stampFromTask.ts'

export const TaskReports: CollectionConfig<'task-reports'> = {
  slug: 'task-reports',
  labels: {
    singular: label('Báo cáo tiến độ', 'Progress report'),
    plural: label('Báo cáo tiến độ', 'Progress reports'),
  },
  admin: { group: label('Nhiệm vụ', 'Tasks'), defaultColumns: ['task', 'reporter', 'percent', 'createdAt'] },
  access: {
    admin: canUseAdmin,
    read: readTaskReports,
    create: reportOnOwnTask,
    // A report is a record of what was said when: never edited or removed by a client.
    update: systemOnly,
    delete: systemOnly,
  },
  hooks: { beforeChange: [stampFromTask, setOrgAncestors], afterChange: [applyProgress] },
  fields: [
    {
      name: 'task',
      type: 'relationship',
      relationTo: 'tasks',
      required: true,
      index: true,
      label: label('Nhiệm vụ', 'Task'),
    },
    {
      name: 'percent',
      type: 'number',
      required: true,
      min: 0,
      max: 100,
      label: label('Hoàn thành (%)', 'Done (%)'),
      validate: (value: unknown) => percentProblem(value) ?? true,
    },
    { name: 'note', type: 'textarea', maxLength: TASK_NOTE_MAX, label: label('Ghi chú', 'Note') },
    { name: 'attachment', type: 'upload', relationTo: 'media', label: label('Tệp đính kèm', 'Attachment') },
    {
      name: 'comments',
      type: 'array',
      access: serverOwnedField,
      label: label('Ý kiến', 'Comments'),
      fields: [
        {
          name: 'author',
          type: 'relationship',
          relationTo: 'users',
          required: true,
          label: label('Người viết', 'Author'),
        },
        { name: 'authorName', type: 'text', label: label('Tên người viết', 'Author name') },
        {
          name: 'text',
          type: 'textarea',
          required: true,
          maxLength: TASK_COMMENT_MAX,
          label: label('Nội dung', 'Text'),
        },
        { name: 'at', type: 'date', required: true, admin: { date: dayAndTime }, label: label('Lúc', 'At') },
      ],
    },
    {
      name: 'reporter',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: serverOwnedField,
      label: label('Người báo cáo', 'Reporter'),
      admin: { readOnly: true },
    },
    {
      name: 'taskAssignee',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      access: serverOwnedField,
      admin: { hidden: true },
    },
    {
      name: 'assigneeLineage',
      type: 'relationship',
      relationTo: 'orgs',
      hasMany: true,
      index: true,
      access: serverOwnedField,
      admin: { hidden: true },
    },
    {
      name: 'org',
      type: 'relationship',
      relationTo: 'orgs',
      index: true,
      access: serverOwnedField,
      admin: { readOnly: true },
    },
    {
      name: 'orgAncestors',
      type: 'relationship',
      relationTo: 'orgs',
      hasMany: true,
      index: true,
      access: serverOwnedField,
      admin: { hidden: true },
    },
    orgPathField,
  ],
}
