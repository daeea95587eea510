/**
 * Meeting minutes (biên bản), one per meeting: the parts built from the meeting (header, attendance, agenda,
 * closed votes) in `generated`, the recorder's text in `notes` and `summary`, kept apart so rebuilding the draft
 * keeps what was written. Written only through the meeting functions; once the chair approves, locked for good.
 */
import {
  canUseAdmin,
  MINUTES_STATUSES,
  MINUTES_TEXT_MAX,
  readMeetingMinutes,
  serverOwnedField,
  systemOnly,
} from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig } from 'payload'
import { dayAndTime } from '../../fields/dateDisplay.ts'
import { orgFields, setOrgAncestors } from '../../fields/orgOwnership.ts'
import { refuseApprovedDeletes, refuseApprovedEdits } from './hooks/lockApproved.ts'

export const MeetingMinutes: CollectionConfig<'meeting-minutes'> = {
  slug: 'meeting-minutes',
  typescript: { interface: 'MeetingMinutes' },
  labels: { singular: label('Biên bản', 'Minutes'), plural: label('Biên bản cuộc họp', 'Minutes') },
  admin: {
    group: label('Sinh hoạt chi bộ', 'Meetings'),
    defaultColumns: ['meeting', 'status', 'approvedAt', 'org'],
    description: label(
      'Thư ký lập và sửa biên bản trong trang cuộc họp; chủ trì thông qua. Biên bản đã thông qua không sửa được.',
      'The recorder drafts and edits the minutes on the meeting page; the chair approves. Approved minutes are locked.',
    ),
  },
  access: {
    admin: canUseAdmin,
    read: readMeetingMinutes,
    create: systemOnly,
    update: systemOnly,
    delete: systemOnly,
  },
  hooks: {
    beforeChange: [refuseApprovedEdits, setOrgAncestors],
    beforeDelete: [refuseApprovedDeletes],
  },
  fields: [
    {
      name: 'meeting',
      type: 'relationship',
      relationTo: 'meetings',
      required: true,
      unique: true,
      index: true,
      access: serverOwnedField,
      label: label('Cuộc họp', 'Meeting'),
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      options: [...MINUTES_STATUSES],
      index: true,
      access: serverOwnedField,
      label: label('Trạng thái', 'Status'),
      admin: { position: 'sidebar' },
    },
    {
      // MinutesGenerated (content-schemas/meetings/minutes.ts): rebuilt while draft, frozen when approved.
      name: 'generated',
      type: 'json',
      access: serverOwnedField,
      label: label('Phần lập từ cuộc họp', 'Built from the meeting'),
    },
    {
      name: 'placeName',
      type: 'text',
      maxLength: 200,
      label: label('Địa danh (dòng ngày tháng)', 'Place name (date line)'),
    },
    {
      name: 'notes',
      type: 'array',
      label: label('Diễn biến từng nội dung', 'Per agenda item'),
      fields: [
        { name: 'itemKey', type: 'text', required: true, admin: { hidden: true } },
        { name: 'itemTitle', type: 'text', maxLength: 300, label: label('Nội dung', 'Item') },
        {
          name: 'discussion',
          type: 'textarea',
          maxLength: MINUTES_TEXT_MAX,
          label: label('Ý kiến thảo luận', 'Discussion'),
        },
        {
          name: 'conclusion',
          type: 'textarea',
          maxLength: MINUTES_TEXT_MAX,
          label: label('Kết luận', 'Conclusion'),
        },
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      maxLength: MINUTES_TEXT_MAX,
      label: label('Kết luận chung của chủ trì', 'The chair’s closing summary'),
    },
    {
      name: 'draftedAt',
      type: 'date',
      access: serverOwnedField,
      label: label('Lập dự thảo lúc', 'Drafted at'),
      admin: { date: dayAndTime, position: 'sidebar' },
    },
    {
      name: 'approvedBy',
      type: 'relationship',
      relationTo: 'users',
      access: serverOwnedField,
      label: label('Người thông qua', 'Approved by'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'approvedAt',
      type: 'date',
      access: serverOwnedField,
      label: label('Thông qua lúc', 'Approved at'),
      admin: { date: dayAndTime, position: 'sidebar' },
    },
    ...orgFields({ description: label('Tổ chức của cuộc họp', 'The meeting’s org') }),
  ],
}
