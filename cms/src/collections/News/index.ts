/** News (tin tức): articles with their source (dẫn nguồn), for the public or for members. */
import { NEWS_CATEGORIES } from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig } from 'payload'
import { audioFields } from '../../fields/audio.ts'
import { dayAndTime } from '../../fields/dateDisplay.ts'
import { richTextField } from '../../fields/richText.ts'
import { slugField } from '../../fields/slug.ts'
import { queueAudio } from '../../speech/queueAudio.ts'
import { contentCollection } from '../shared/contentCollection.ts'

export const News: CollectionConfig<'news'> = contentCollection({
  slug: 'news',
  labels: { singular: label('Tin tức', 'News item'), plural: label('Tin tức', 'News') },
  defaultAudience: 'public',
  hooks: { afterChange: [queueAudio] },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'org', '_status', 'publishedAt'],
    listSearchableFields: ['title', 'summary'],
  },
  fields: [
    { name: 'title', type: 'text', required: true, label: label('Tiêu đề', 'Title') },
    slugField(),
    { name: 'summary', type: 'textarea', label: label('Tóm tắt', 'Summary') },
    richTextField({ name: 'content', label: label('Nội dung', 'Body') }),
    { name: 'cover', type: 'upload', relationTo: 'media', label: label('Ảnh đại diện', 'Cover image') },
    {
      name: 'category',
      type: 'select',
      required: true,
      options: [...NEWS_CATEGORIES],
      index: true,
      label: label('Chuyên mục', 'Category'),
      admin: { position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        { name: 'sourceName', type: 'text', label: label('Nguồn', 'Source') },
        { name: 'sourceUrl', type: 'text', label: label('Liên kết nguồn', 'Source link') },
      ],
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: label('Ngày đăng', 'Published on'),
      admin: {
        position: 'sidebar',
        date: dayAndTime,
      },
    },
    ...audioFields(),
  ],
})
