/**
 * Meetings (sinh hoạt chi bộ, họp cấp ủy): scheduled by a secretary or committee for an org of their subtree.
 * Creating one invites its members (an attendance row each, `MeetingAttendance`); the people invited read it,
 * and meeting admins of the subtree run it. The check-in secret never leaves the server.
 */
import {
  canUseAdmin,
  createMeetings,
  MEETING_KINDS,
  MEETING_STATUSES,
  manageMeetings,
  readMeetings,
  serverOwned,
  serverOwnedField,
  systemOnly,
} from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig } from 'payload'
import { dayAndTime } from '../../fields/dateDisplay.ts'
import { orgFields, setOrgAncestors } from '../../fields/orgOwnership.ts'
import { yesNo } from '../../fields/yesNo.ts'
import { inviteMembers } from './hooks/inviteMembers.ts'
import { noticeInvited } from './hooks/noticeInvited.ts'
import { stampMonth } from './hooks/stampMonth.ts'

export const Meetings: CollectionConfig<'meetings'> = {
  slug: 'meetings',
  labels: {
    singular: label('Cuộc họp', 'Meeting'),
    plural: label('Sinh hoạt chi bộ và họp', 'Meetings'),
  },
  admin: {
    group: label('Sinh hoạt chi bộ', 'Meetings'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'startsAt', 'org', 'status'],
    description: label(
      'Lịch sinh hoạt thường kỳ tháng sau phải đăng trước ngày 20. Khi tạo cuộc họp, đảng viên được mời sẽ nhận thông báo.',
      'Post next month’s regular meeting by the 20th. Invited members are notified when it is created.',
    ),
  },
  access: {
    admin: canUseAdmin,
    read: readMeetings,
    create: createMeetings,
    update: manageMeetings,
    // Attendance, votes and minutes hang on it: a meeting is cancelled, never deleted.
    delete: systemOnly,
  },
  hooks: { beforeChange: [setOrgAncestors, stampMonth], afterChange: [inviteMembers, noticeInvited] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: label('Tên cuộc họp', 'Title') },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'thuong-ky',
      options: [...MEETING_KINDS],
      index: true,
      label: label('Loại', 'Kind'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          required: true,
          index: true,
          label: label('Bắt đầu', 'Starts'),
          admin: { date: dayAndTime },
        },
        {
          name: 'endsAt',
          type: 'date',
          required: true,
          label: label('Kết thúc', 'Ends'),
          admin: { date: dayAndTime },
          validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
            if (!value || !siblingData.startsAt) return true
            return new Date(String(value)) > new Date(String(siblingData.startsAt))
              ? true
              : 'Giờ kết thúc phải sau giờ bắt đầu.'
          },
        },
      ],
    },
    { name: 'place', type: 'text', maxLength: 300, label: label('Địa điểm', 'Place') },
    {
      name: 'agenda',
      type: 'array',
      label: label('Nội dung (chương trình)', 'Agenda'),
      labels: { singular: label('Mục', 'Item'), plural: label('Các mục', 'Items') },
      fields: [
        { name: 'title', type: 'text', required: true, maxLength: 300, label: label('Nội dung', 'Item') },
        { name: 'note', type: 'textarea', maxLength: 2000, label: label('Ghi chú', 'Note') },
      ],
    },
    {
      name: 'documents',
      type: 'relationship',
      relationTo: 'documents',
      hasMany: true,
      label: label('Văn bản, tài liệu', 'Documents'),
      admin: {
        description: label(
          'Đảng viên đọc trước khi họp, kể cả khi không có mạng.',
          'Members read them before the meeting, offline too.',
        ),
      },
    },
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: label('Tệp đính kèm', 'Attachments'),
    },
    {
      type: 'row',
      fields: [
        { name: 'chair', type: 'relationship', relationTo: 'users', label: label('Chủ trì', 'Chair') },
        { name: 'recorder', type: 'relationship', relationTo: 'users', label: label('Thư ký', 'Recorder') },
      ],
    },
    yesNo(
      {
        name: 'online',
        type: 'checkbox',
        defaultValue: false,
        label: label('Có phòng họp trực tuyến cho đảng viên ở xa', 'Online room for members who are away'),
      },
      'Có',
      'Không',
    ),
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'scheduled',
      options: [...MEETING_STATUSES],
      index: true,
      label: label('Trạng thái', 'Status'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'month',
      type: 'text',
      index: true,
      label: label('Tháng', 'Month'),
      access: serverOwnedField,
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: label('Theo giờ Việt Nam, dạng 2027-01.', 'Vietnam time, as 2027-01.'),
      },
    },
    yesNo(
      {
        name: 'postedOnTime',
        type: 'checkbox',
        label: label('Đăng trước ngày 20 tháng trước', 'Posted by the 20th of the month before'),
        access: serverOwnedField,
        admin: { readOnly: true, position: 'sidebar' },
      },
      'Đúng hạn',
      'Chưa đúng hạn',
    ),
    {
      // The reminders already sent (the day before, one hour before): each is sent once.
      name: 'remindedDayBeforeAt',
      type: 'date',
      access: serverOwnedField,
      label: label('Đã nhắc trước một ngày lúc', 'Day-before reminder sent'),
      admin: { readOnly: true, position: 'sidebar', date: dayAndTime },
    },
    {
      name: 'remindedHourBeforeAt',
      type: 'date',
      access: serverOwnedField,
      label: label('Đã nhắc trước một giờ lúc', 'Hour-before reminder sent'),
      admin: { readOnly: true, position: 'sidebar', date: dayAndTime },
    },
    {
      // Signs the rotating check-in codes; read by the functions with overrideAccess, never sent to a client.
      name: 'checkinSecret',
      type: 'text',
      access: { read: serverOwned, create: serverOwned, update: serverOwned },
      admin: { hidden: true },
    },
    ...orgFields({ description: label('Chi bộ hoặc cấp ủy họp', 'The cell or committee that meets') }),
  ],
}
