/** The audio reading of a text (bản đọc) and the fingerprint of the text it was made from. */
import { serverOwnedField } from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { Field } from 'payload'

/** Only the synthesis job writes these (through the database adapter), never an editor or the API. */
export function audioFields(): Field[] {
  return [
    {
      name: 'audio',
      type: 'upload',
      relationTo: 'media',
      label: label('Bản đọc (âm thanh)', 'Audio reading'),
      access: serverOwnedField,
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: label(
          'Tự động tạo khi xuất bản, từ tiêu đề, tóm tắt và nội dung.',
          'Made automatically on publish from the title, summary and body.',
        ),
      },
    },
    {
      name: 'audioTextHash',
      type: 'text',
      access: serverOwnedField,
      admin: { hidden: true },
    },
  ]
}
