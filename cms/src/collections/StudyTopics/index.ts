/** Monthly study topics (chuyên đề học tập), with the documents they draw on and an optional quiz. */
import { quizKeyField } from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig } from 'payload'
import { audioFields } from '../../fields/audio.ts'
import { richTextField } from '../../fields/richText.ts'
import { slugField } from '../../fields/slug.ts'
import { queueAudio } from '../../speech/queueAudio.ts'
import { contentCollection } from '../shared/contentCollection.ts'

export const StudyTopics: CollectionConfig<'study-topics'> = contentCollection({
  slug: 'study-topics',
  labels: {
    singular: label('Chuyên đề học tập', 'Study topic'),
    plural: label('Chuyên đề học tập', 'Study topics'),
  },
  defaultAudience: 'members',
  hooks: { afterChange: [queueAudio] },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'month', 'year', 'org', '_status'] },
  fields: [
    { name: 'title', type: 'text', required: true, label: label('Tên chuyên đề', 'Title') },
    slugField(),
    {
      type: 'row',
      fields: [
        { name: 'month', type: 'number', required: true, min: 1, max: 12, label: label('Tháng', 'Month') },
        {
          name: 'year',
          type: 'number',
          required: true,
          min: 1930,
          max: 2100,
          index: true,
          label: label('Năm', 'Year'),
        },
      ],
    },
    { name: 'summary', type: 'textarea', label: label('Tóm tắt', 'Summary') },
    richTextField({ name: 'content', label: label('Nội dung', 'Body') }),
    {
      name: 'documents',
      type: 'relationship',
      relationTo: 'documents',
      hasMany: true,
      label: label('Văn bản liên quan', 'Related documents'),
    },
    {
      name: 'quiz',
      type: 'array',
      label: label('Câu hỏi trắc nghiệm', 'Quiz'),
      labels: { singular: label('Câu hỏi', 'Question'), plural: label('Câu hỏi', 'Questions') },
      fields: [
        { name: 'question', type: 'text', required: true, label: label('Câu hỏi', 'Question') },
        {
          name: 'options',
          type: 'array',
          minRows: 2,
          label: label('Phương án', 'Options'),
          fields: [
            { name: 'text', type: 'text', required: true, label: label('Nội dung', 'Text') },
            // A public topic is read anonymously: the key stays with those who write quizzes.
            {
              name: 'correct',
              type: 'checkbox',
              access: { read: quizKeyField },
              label: label('Đáp án đúng', 'Correct'),
            },
          ],
        },
      ],
    },
    ...audioFields(),
  ],
})
