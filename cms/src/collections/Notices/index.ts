/** Notices (thông báo) a committee sends to the members of a subtree; each reaches their inbox and, if chosen, their phone or email. */
import {
  canUseAdmin,
  createNotices,
  manageNotices,
  NOTICE_PRIORITIES,
  NOTICE_ROLE_TARGETS,
  NOTICE_STATUSES,
  NOTICES_GROUP,
  readNotices,
  serverOwnedField,
} from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig, Field } from 'payload'
import { dayAndTime } from '../../fields/dateDisplay.ts'
import { orgFields, setOrgAncestors } from '../../fields/orgOwnership.ts'
import { countReads } from './hooks/countReads.ts'
import { guardNoticeChanges } from './hooks/guardNoticeChanges.ts'
import { queueFanOut } from './hooks/queueFanOut.ts'
import { refuseDeleteOnceSent } from './hooks/refuseDeleteOnceSent.ts'

const readOnly = (name: string, type: 'number' | 'text' | 'date', vi: string, en: string): Field =>
  ({
    name,
    type,
    label: label(vi, en),
    access: serverOwnedField,
    admin: { readOnly: true, position: 'sidebar', ...(type === 'date' ? { date: dayAndTime } : {}) },
  }) as Field

// The sender's org is the `org` every org-owned document has; the access rules work on it.
const [org, orgAncestors] = orgFields({
  description: label('Đơn vị gửi thông báo', 'Sending organisation'),
})

export const Notices: CollectionConfig<'notices'> = {
  slug: 'notices',
  labels: { singular: label('Thông báo', 'Notice'), plural: label('Thông báo', 'Notices') },
  admin: {
    group: NOTICES_GROUP,
    useAsTitle: 'title',
    defaultColumns: ['title', 'targetOrg', 'priority', 'status', 'sendAt', 'deliveredCount', 'readCount'],
    listSearchableFields: ['title'],
  },
  access: {
    admin: canUseAdmin,
    read: readNotices,
    create: createNotices,
    update: manageNotices,
    delete: manageNotices,
  },
  hooks: {
    beforeChange: [setOrgAncestors, guardNoticeChanges],
    afterChange: [queueFanOut],
    beforeDelete: [refuseDeleteOnceSent],
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: label('Tiêu đề', 'Title'), maxLength: 200 },
    { name: 'body', type: 'textarea', required: true, label: label('Nội dung', 'Body'), maxLength: 20_000 },
    {
      name: 'targetOrg',
      type: 'relationship',
      relationTo: 'orgs',
      required: true,
      index: true,
      label: label('Gửi đến tổ chức (gồm mọi cấp dưới)', 'Send to organisation (and all below it)'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'targetRoles',
          type: 'select',
          hasMany: true,
          options: [...NOTICE_ROLE_TARGETS],
          label: label('Chỉ gửi cho', 'Only to'),
          admin: {
            description: label('Để trống: gửi cho mọi người trong tổ chức nhận.', 'Empty: everyone.'),
          },
        },
        {
          name: 'targetUsers',
          type: 'relationship',
          relationTo: 'users',
          hasMany: true,
          label: label('Hoặc gửi riêng cho', 'Or to these people'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'priority',
          type: 'select',
          required: true,
          defaultValue: 'normal',
          options: [...NOTICE_PRIORITIES],
          label: label('Mức độ', 'Priority'),
        },
        {
          name: 'sendAt',
          type: 'date',
          index: true,
          defaultValue: () => new Date().toISOString(),
          label: label('Thời điểm gửi', 'Send at'),
          admin: { date: dayAndTime },
        },
      ],
    },
    {
      name: 'channels',
      type: 'group',
      label: label('Kênh gửi (luôn có hộp thư trong ứng dụng)', 'Channels (the in-app inbox always)'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'push',
              type: 'checkbox',
              defaultValue: true,
              label: label('Thông báo đẩy trên điện thoại', 'Push'),
            },
            { name: 'email', type: 'checkbox', defaultValue: false, label: label('Thư điện tử', 'Email') },
          ],
        },
      ],
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
      defaultValue: 'draft',
      index: true,
      options: [...NOTICE_STATUSES],
      label: label('Trạng thái', 'Status'),
      admin: {
        position: 'sidebar',
        description: label(
          'Chọn “Đã lên lịch” rồi lưu để gửi vào thời điểm gửi (để trống: gửi ngay).',
          'Choose “Scheduled” and save to send at the send time.',
        ),
      },
    },
    { ...org, label: label('Đơn vị gửi', 'From') } as Field,
    orgAncestors,
    readOnly('recipientTotal', 'number', 'Số người trong phạm vi', 'People in scope'),
    readOnly('deliveredCount', 'number', 'Đã gửi', 'Delivered'),
    {
      name: 'readCount',
      type: 'number',
      virtual: true,
      label: label('Đã đọc', 'Read'),
      admin: { readOnly: true, position: 'sidebar' },
      hooks: { afterRead: [countReads] },
    },
    readOnly('lastRecipientId', 'text', 'Mốc tiến độ (người nhận cuối)', 'Checkpoint'),
    readOnly('startedAt', 'date', 'Bắt đầu gửi', 'Started'),
    readOnly('finishedAt', 'date', 'Gửi xong', 'Finished'),
    readOnly('failure', 'text', 'Lỗi', 'Failure'),
    {
      name: 'deliveryReport',
      type: 'ui',
      label: label('Báo cáo gửi và đọc', 'Delivery report'),
      // Delivery and read counts per organisation (an import-map path, relative to cms/src).
      admin: { components: { Field: '/collections/Notices/admin/DeliveryReport#DeliveryReport' } },
    },
  ],
}
