/** Notices (thông báo) a committee sends to the members of a subtree; each reaches their inbox and, if chosen, their phone or email. */
import {
  canUseAdmin,
  createNotices,
  manageNotices,
  NOTICE_PRIORITIES,
  NOTICE_ROLE_TARGETS,
  NOTICE_ROLES,
  NOTICE_STATUSES,
  NOTICES_GROUP,
  readNotices,
  serverOwnedField,
} from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig, Field } from 'payload'
import { dayAndTime } from '../../fields/dateDisplay.ts'
import { orgFields, setOrgAncestors } from '../../fields/orgOwnership.ts'
import { orgPicker } from '../../fields/orgPicker.ts'
import { yesNo } from '../../fields/yesNo.ts'
import { countReads } from './hooks/countReads.ts'
import { guardNoticeChanges } from './hooks/guardNoticeChanges.ts'
import { queueFanOut } from './hooks/queueFanOut.ts'
import { refuseDeleteOnceSent } from './hooks/refuseDeleteOnceSent.ts'

const readOnly = (
  name: string,
  type: 'number' | 'text' | 'date',
  vi: string,
  en: string,
  admin: { hidden?: boolean; onlyWhenSet?: boolean } = {},
): Field =>
  ({
    name,
    type,
    label: label(vi, en),
    access: serverOwnedField,
    admin: {
      readOnly: true,
      position: 'sidebar',
      hidden: admin.hidden,
      // A time or failure the job has not written yet is noise to the person sending.
      ...(admin.onlyWhenSet ? { condition: (data: Record<string, unknown>) => Boolean(data?.[name]) } : {}),
      ...(type === 'date' ? { date: dayAndTime } : {}),
    },
  }) as Field

// The sender's org is the `org` every org-owned document has; the access rules work on it.
const [org, orgAncestors, orgPath] = orgFields({
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
    // "Lưu nháp" and "Gửi ngay" (or "Hẹn gửi lúc …") instead of choosing a status and saving.
    components: { edit: { SaveButton: '/collections/Notices/admin/SendButtons#SendButtons' } },
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
    orgPicker(
      {
        name: 'targetOrg',
        type: 'relationship',
        relationTo: 'orgs',
        required: true,
        index: true,
        label: label('Gửi đến tổ chức (gồm mọi cấp dưới)', 'Send to organisation (and all below it)'),
      },
      NOTICE_ROLES,
    ),
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
            yesNo(
              {
                name: 'push',
                type: 'checkbox',
                defaultValue: true,
                label: label('Thông báo đẩy trên điện thoại', 'Push'),
              },
              'Có',
              'Không',
            ),
            yesNo(
              { name: 'email', type: 'checkbox', defaultValue: false, label: label('Thư điện tử', 'Email') },
              'Có',
              'Không',
            ),
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
      // Set by the buttons ("Gửi ngay", "Hẹn gửi lúc …") and by the fan-out job, never picked by hand.
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: label(
          'Bấm “Gửi ngay” để gửi, hoặc đặt thời điểm gửi về sau để hẹn giờ. Hệ thống tự chuyển sang “Đang gửi” và “Đã gửi”.',
          'Press “Send now”, or set a later send time to schedule it. The system moves it to “Sending” and “Sent”.',
        ),
      },
    },
    { ...org, label: label('Đơn vị gửi', 'From') } as Field,
    orgAncestors,
    orgPath,
    readOnly('recipientTotal', 'number', 'Số người trong phạm vi', 'People in scope', { onlyWhenSet: true }),
    readOnly('deliveredCount', 'number', 'Đã gửi', 'Delivered', { onlyWhenSet: true }),
    {
      name: 'readCount',
      type: 'number',
      virtual: true,
      label: label('Đã đọc', 'Read'),
      // Counted once the notice exists; a new one has nothing to count.
      admin: { readOnly: true, position: 'sidebar', condition: (data) => Boolean(data?.id) },
      hooks: { afterRead: [countReads] },
    },
    readOnly('lastRecipientId', 'text', 'Mốc tiến độ (người nhận cuối)', 'Checkpoint', { hidden: true }),
    readOnly('startedAt', 'date', 'Bắt đầu gửi', 'Started', { onlyWhenSet: true }),
    readOnly('finishedAt', 'date', 'Gửi xong', 'Finished', { onlyWhenSet: true }),
    readOnly('failure', 'text', 'Lỗi khi gửi', 'Failure', { onlyWhenSet: true }),
    {
      name: 'deliveryReport',
      type: 'ui',
      label: label('Báo cáo gửi và đọc', 'Delivery report'),
      // Delivery and read counts per organisation (an import-map path, relative to cms/src).
      admin: { components: { Field: '/collections/Notices/admin/DeliveryReport#DeliveryReport' } },
    },
  ],
}
