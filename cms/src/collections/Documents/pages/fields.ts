/** The images of a document's PDF pages (trang văn bản), written only by the page-rendering job. */
import { serverOwnedField } from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { Field } from 'payload'
import { MAX_PAGE_IMAGES } from './renderPages.ts'

export function pageImageFields(): Field[] {
  return [
    {
      name: 'pageImages',
      type: 'array',
      label: label('Ảnh các trang', 'Page images'),
      labels: { singular: label('Trang', 'Page'), plural: label('Trang', 'Pages') },
      access: serverOwnedField,
      admin: {
        readOnly: true,
        description: label(
          `Tự động tạo khi xuất bản, từ tệp PDF (tối đa ${MAX_PAGE_IMAGES} trang đầu).`,
          `Made on publish from the PDF (the first ${MAX_PAGE_IMAGES} pages at most).`,
        ),
      },
      fields: [
        {
          name: 'image',
          type: 'upload',
          relationTo: 'media',
          required: true,
          label: label('Ảnh trang', 'Page image'),
        },
        // The page's number in the PDF: a page that could not be drawn leaves a gap, not a shifted count.
        { name: 'page', type: 'number', label: label('Trang số', 'Page number') },
      ],
    },
    {
      name: 'pageCount',
      type: 'number',
      label: label('Số trang của PDF', 'Pages in the PDF'),
      access: serverOwnedField,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      // The PDF (media id) the images were drawn from: a publish with another PDF draws them again.
      name: 'pageImagesFrom',
      type: 'text',
      access: serverOwnedField,
      admin: { hidden: true },
    },
  ]
}
