/**
 * What was answered in a survey (phiếu trả lời): the answers by question position. In an anonymous survey the
 * row names nobody: a random id (no insertion order), no timestamps, no member, no org. In a named survey it
 * keeps the member. Written and read only by the survey functions.
 */
import { systemOnly } from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig } from 'payload'

export const SurveyAnswers: CollectionConfig<'survey-answers'> = {
  slug: 'survey-answers',
  labels: {
    singular: label('Phiếu trả lời', 'Survey answers'),
    plural: label('Phiếu trả lời', 'Survey answers'),
  },
  timestamps: false,
  admin: { group: label('Học tập', 'Study'), hidden: true },
  access: { read: systemOnly, create: systemOnly, update: systemOnly, delete: systemOnly },
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
      // Named surveys only; always empty in an anonymous one.
      name: 'member',
      type: 'relationship',
      relationTo: 'users',
      label: label('Đảng viên (khảo sát không ẩn danh)', 'Member (named survey)'),
    },
    { name: 'answers', type: 'json', required: true, label: label('Câu trả lời', 'Answers') },
  ],
}
