/** Party documents (văn bản): resolutions, regulations, directives... with their PDF, its text and page images. */
import { CLASSIFICATIONS, DOCUMENT_TYPES, SYMBOL_PATTERN, serverOwnedField } from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig } from 'payload'
import { audioFields } from '../../fields/audio.ts'
import { dayOnly } from '../../fields/dateDisplay.ts'
import { slugField } from '../../fields/slug.ts'
import { queueAudio } from '../../speech/queueAudio.ts'
import { contentCollection } from '../shared/contentCollection.ts'
import { dropRefusedPdf } from './hooks/dropRefusedPdf.ts'
import { extractPdfText } from './hooks/extractPdfText.ts'
import { refuseClassified } from './hooks/refuseClassified.ts'
import { dropPageImages } from './pages/dropPageImages.ts'
import { pageImageFields } from './pages/fields.ts'
import { queuePageImages } from './pages/queuePageImages.ts'

export const Documents: CollectionConfig<'documents'> = contentCollection({
  slug: 'documents',
  labels: { singular: label('Văn bản', 'Document'), plural: label('Văn bản', 'Documents') },
  defaultAudience: 'members',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['numberSymbol', 'title', 'type', 'org', '_status', 'issuedDate'],
    listSearchableFields: ['numberSymbol', 'title', 'issuingBody'],
  },
  hooks: {
    beforeValidate: [refuseClassified],
    beforeChange: [extractPdfText],
    afterChange: [queueAudio, queuePageImages],
    afterDelete: [dropPageImages],
    afterError: [dropRefusedPdf],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'numberSymbol',
          type: 'text',
          required: true,
          index: true,
          label: label('Số, ký hiệu', 'Number and symbol'),
          admin: { description: label('Ví dụ: 27-CT/TU, 57-NQ/TW', 'For example 27-CT/TU') },
          validate: (value: unknown) =>
            typeof value === 'string' && SYMBOL_PATTERN.test(value.trim())
              ? true
              : 'Số, ký hiệu phải bắt đầu bằng số, ví dụ 27-CT/TU.',
        },
        {
          name: 'type',
          type: 'select',
          required: true,
          options: [...DOCUMENT_TYPES],
          index: true,
          label: label('Loại văn bản', 'Type'),
        },
      ],
    },
    { name: 'title', type: 'text', required: true, label: label('Trích yếu', 'Title') },
    slugField(),
    {
      type: 'row',
      fields: [
        {
          name: 'issuingBody',
          type: 'text',
          required: true,
          index: true,
          label: label('Cơ quan ban hành', 'Issued by'),
        },
        {
          name: 'issuedDate',
          type: 'date',
          required: true,
          index: true,
          label: label('Ngày ban hành', 'Issued on'),
          admin: { date: dayOnly },
        },
      ],
    },
    { name: 'summary', type: 'textarea', label: label('Tóm tắt nội dung', 'Summary') },
    {
      name: 'pdf',
      type: 'upload',
      relationTo: 'media',
      label: label('Tệp PDF', 'PDF file'),
      filterOptions: { mimeType: { equals: 'application/pdf' } },
    },
    {
      name: 'classification',
      type: 'select',
      required: true,
      defaultValue: 'thuong',
      options: [...CLASSIFICATIONS],
      label: label('Độ mật', 'Classification'),
      admin: {
        position: 'sidebar',
        components: { afterInput: ['/collections/Documents/admin/ClassifiedRefusal#ClassifiedRefusal'] },
      },
    },
    {
      name: 'extractedText',
      type: 'textarea',
      label: label('Nội dung trích từ PDF', 'Text extracted from the PDF'),
      admin: {
        readOnly: true,
        description: label('Các đoạn cách nhau một dòng trống.', 'Paragraphs are separated by a blank line.'),
      },
      access: serverOwnedField,
    },
    ...pageImageFields(),
    ...audioFields(),
  ],
})
