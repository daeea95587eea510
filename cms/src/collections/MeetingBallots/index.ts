/**
 * Who has voted (biểu quyết) on a vote: one row per (vote, member), its id `vote:member`, so a second ballot
 * cannot be stored. A secret vote's row holds no choice, no time and no running number (a text primary key, no
 * timestamps): the choice exists only as a count on the vote, so no row links a member to it. An open vote's
 * row keeps the choice. Written and read only by the meeting functions (they check who runs and who is present).
 */
import { systemOnly } from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig } from 'payload'

export const MeetingBallots: CollectionConfig<'meeting-ballots'> = {
  slug: 'meeting-ballots',
  labels: { singular: label('Lượt biểu quyết', 'Ballot'), plural: label('Lượt biểu quyết', 'Ballots') },
  // No createdAt/updatedAt: a time beside a live tally would tell who chose what in a secret vote.
  timestamps: false,
  admin: { group: label('Sinh hoạt chi bộ', 'Meetings'), hidden: true },
  access: { read: systemOnly, create: systemOnly, update: systemOnly, delete: systemOnly },
  fields: [
    // `vote:member`: the unique key, and no insertion order (unlike a serial id).
    { name: 'id', type: 'text', required: true, label: label('Mã', 'ID') },
    {
      name: 'vote',
      type: 'relationship',
      relationTo: 'meeting-votes',
      required: true,
      index: true,
      label: label('Biểu quyết', 'Vote'),
    },
    {
      name: 'member',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      label: label('Đảng viên', 'Member'),
    },
    {
      // Open votes only; always empty on a secret vote.
      name: 'choice',
      type: 'text',
      maxLength: 200,
      label: label('Phương án đã chọn (biểu quyết công khai)', 'Choice (open vote)'),
    },
  ],
}
