/**
 * One invited person at one meeting: their reply (Có mặt / Vắng, có lý do) and their check-in. Rows are made
 * by the meeting's invitation hook; the member writes only their reply, the server the check-in. The row
 * belongs to the meeting's org, so the committees above read a cell's attendance through its lineage.
 */
import {
  ABSENCE_REASON_MAX,
  CHECKIN_METHODS,
  canUseAdmin,
  MEETING_REPLIES,
  readAttendance,
  replyToOwnInvitation,
  serverOwnedField,
  systemOnly,
} from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig } from 'payload'
import { dayAndTime } from '../../fields/dateDisplay.ts'
import { orgFields, setOrgAncestors } from '../../fields/orgOwnership.ts'
import { yesNo } from '../../fields/yesNo.ts'
import { stampReply } from './hooks/stampReply.ts'

export const MeetingAttendance: CollectionConfig<'meeting-attendance'> = {
  slug: 'meeting-attendance',
  labels: { singular: label('Điểm danh', 'Attendance'), plural: label('Điểm danh', 'Attendance') },
  admin: {
    group: label('Sinh hoạt chi bộ', 'Meetings'),
    defaultColumns: ['meeting', 'member', 'reply', 'checkedInAt', 'checkinMethod'],
  },
  access: {
    admin: canUseAdmin,
    read: readAttendance,
    create: systemOnly,
    update: replyToOwnInvitation,
    delete: systemOnly,
  },
  hooks: { beforeChange: [setOrgAncestors, stampReply] },
  fields: [
    {
      // `meeting:member`: one row per person per meeting, and the bulk layer's key.
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      access: serverOwnedField,
      admin: { hidden: true },
    },
    {
      name: 'meeting',
      type: 'relationship',
      relationTo: 'meetings',
      required: true,
      index: true,
      access: serverOwnedField,
      label: label('Cuộc họp', 'Meeting'),
    },
    {
      name: 'member',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      access: serverOwnedField,
      label: label('Đảng viên', 'Member'),
    },
    yesNo(
      {
        name: 'exempt',
        type: 'checkbox',
        defaultValue: false,
        access: serverOwnedField,
        label: label('Miễn sinh hoạt (không tính vắng)', 'Exempt from meetings (not counted absent)'),
      },
      'Được miễn',
      'Không',
    ),
    { name: 'reply', type: 'select', options: [...MEETING_REPLIES], label: label('Trả lời', 'Reply') },
    {
      name: 'reason',
      type: 'textarea',
      maxLength: ABSENCE_REASON_MAX,
      label: label('Lý do vắng', 'Reason for absence'),
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        siblingData.reply === 'absent' && !String(value ?? '').trim() ? 'Xin ghi lý do vắng mặt.' : true,
    },
    {
      name: 'repliedAt',
      type: 'date',
      access: serverOwnedField,
      label: label('Trả lời lúc', 'Replied at'),
      admin: { date: dayAndTime },
    },
    {
      name: 'checkedInAt',
      type: 'date',
      access: serverOwnedField,
      label: label('Có mặt lúc', 'Checked in at'),
      admin: { date: dayAndTime },
    },
    {
      name: 'checkinMethod',
      type: 'select',
      options: [...CHECKIN_METHODS],
      access: serverOwnedField,
      label: label('Điểm danh bằng', 'Checked in by'),
    },
    ...orgFields({ description: label('Tổ chức của cuộc họp', 'The meeting’s org') }),
  ],
}
