/** The answer bank (hỏi đáp): questions, answers and other ways members phrase the same question. */
import { FAQ_CATEGORIES } from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig } from 'payload'
import { contentCollection } from '../shared/contentCollection.ts'
import { indexFaqEntry } from './hooks/indexFaqEntry.ts'
import { unindexFaqEntry } from './hooks/unindexFaqEntry.ts'

export const Faq: CollectionConfig<'faq'> = contentCollection({
  slug: 'faq',
  labels: { singular: label('Hỏi đáp', 'FAQ entry'), plural: label('Hỏi đáp', 'FAQ') },
  defaultAudience: 'public',
  // This process's answer bank follows every change (other processes check freshness, see bank.ts).
  hooks: { afterChange: [indexFaqEntry], afterDelete: [unindexFaqEntry] },
  admin: { useAsTitle: 'question', defaultColumns: ['question', 'category', 'org', '_status'] },
  fields: [
    { name: 'question', type: 'text', required: true, label: label('Câu hỏi', 'Question') },
    { name: 'answer', type: 'textarea', required: true, label: label('Trả lời', 'Answer') },
    {
      name: 'category',
      type: 'select',
      required: true,
      options: [...FAQ_CATEGORIES],
      index: true,
      label: label('Lĩnh vực', 'Category'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'alternatives',
      type: 'array',
      label: label('Cách hỏi khác', 'Other phrasings'),
      fields: [{ name: 'text', type: 'text', required: true, label: label('Câu hỏi', 'Question') }],
    },
  ],
})
