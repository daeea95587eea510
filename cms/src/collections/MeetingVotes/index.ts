/**
 * Votes (biểu quyết) opened on a meeting's agenda item, open or secret. Opened, cast and closed only through
 * the meeting functions, which check who runs the meeting and who is present; the counts are the server's.
 * Individual ballots live elsewhere (a secret vote keeps no link between a member and a choice).
 */
import {
  canUseAdmin,
  readMeetingRecords,
  serverOwnedField,
  systemOnly,
  VOTE_STATUSES,
} from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig } from 'payload'
import { dayAndTime } from '../../fields/dateDisplay.ts'
import { orgFields, setOrgAncestors } from '../../fields/orgOwnership.ts'
import { yesNo } from '../../fields/yesNo.ts'

export const MeetingVotes: CollectionConfig<'meeting-votes'> = {
  slug: 'meeting-votes',
  labels: { singular: label('Biểu quyết', 'Vote'), plural: label('Biểu quyết', 'Votes') },
  admin: {
    group: label('Sinh hoạt chi bộ', 'Meetings'),
    useAsTitle: 'question',
    defaultColumns: ['question', 'meeting', 'secret', 'status', 'closedAt'],
  },
  access: {
    admin: canUseAdmin,
    read: readMeetingRecords,
    create: systemOnly,
    update: systemOnly,
    delete: systemOnly,
  },
  hooks: { beforeChange: [setOrgAncestors] },
  fields: [
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
      name: 'agendaItem',
      type: 'text',
      maxLength: 300,
      label: label('Nội dung biểu quyết thuộc mục', 'Agenda item'),
    },
    {
      name: 'question',
      type: 'text',
      required: true,
      maxLength: 500,
      label: label('Vấn đề biểu quyết', 'Question'),
    },
    yesNo(
      {
        name: 'secret',
        type: 'checkbox',
        defaultValue: false,
        label: label('Bỏ phiếu kín', 'Secret ballot'),
      },
      'Kín',
      'Công khai',
    ),
    {
      name: 'choices',
      type: 'array',
      minRows: 2,
      maxRows: 10,
      required: true,
      label: label('Các phương án', 'Choices'),
      fields: [
        { name: 'label', type: 'text', required: true, maxLength: 200, label: label('Phương án', 'Choice') },
        {
          // Ballots so far: raised one at a time by an atomic SQL increment (MeetingBallots/castBallot.ts).
          name: 'count',
          type: 'number',
          defaultValue: 0,
          access: serverOwnedField,
          label: label('Số phiếu', 'Ballots'),
          admin: { readOnly: true },
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'open',
      options: [...VOTE_STATUSES],
      access: serverOwnedField,
      label: label('Trạng thái', 'Status'),
    },
    {
      // { "Tán thành": 12, "Không tán thành": 1, ... }: the tally, kept by the server as ballots arrive.
      name: 'counts',
      type: 'json',
      access: serverOwnedField,
      label: label('Kết quả', 'Counts'),
    },
    {
      name: 'votersCount',
      type: 'number',
      defaultValue: 0,
      access: serverOwnedField,
      label: label('Số người đã biểu quyết', 'Voters'),
    },
    {
      name: 'closedAt',
      type: 'date',
      access: serverOwnedField,
      label: label('Kết thúc lúc', 'Closed at'),
      admin: { date: dayAndTime },
    },
    ...orgFields({ description: label('Tổ chức của cuộc họp', 'The meeting’s org') }),
  ],
}
