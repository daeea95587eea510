/**
 * Who has answered a survey (lượt tham gia khảo sát): one row per (survey, member), its id `survey:member`, so a
 * second answer cannot be stored. It holds no answer, no time and no running number (a text key, no
 * timestamps), so in an anonymous survey nothing ties it to the answer row written in the same transaction.
 * It belongs to the member's cell, so a committee counts participation per org of its subtree.
 */
import { canUseAdmin, readSurveyParticipation, systemOnly } from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig } from 'payload'
import { orgFields, setOrgAncestors } from '../../fields/orgOwnership.ts'

export const SurveyParticipation: CollectionConfig<'survey-participation'> = {
  slug: 'survey-participation',
  labels: {
    singular: label('Lượt tham gia khảo sát', 'Survey participation'),
    plural: label('Tham gia khảo sát', 'Survey participation'),
  },
  timestamps: false,
  admin: { group: label('Học tập', 'Study'), defaultColumns: ['survey', 'member', 'org'] },
  access: {
    admin: canUseAdmin,
    read: readSurveyParticipation,
    create: systemOnly,
    update: systemOnly,
    delete: systemOnly,
  },
  hooks: { beforeChange: [setOrgAncestors] },
  fields: [
    { name: 'id', type: 'text', required: true, label: label('Mã', 'ID') },
    {
      name: 'survey',
      type: 'relationship',
      relationTo: 'surveys',
      required: true,
      index: true,
      label: label('Phiếu khảo sát', 'Survey'),
    },
    {
      name: 'member',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: label('Đảng viên', 'Member'),
    },
    ...orgFields({ description: label('Chi bộ của đảng viên', 'The member’s cell') }),
  ],
}
