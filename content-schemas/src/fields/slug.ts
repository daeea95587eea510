/** A URL slug made from the title, accent-folded so links stay readable on any phone. */
import type { Field, FieldHook } from 'payload'
import { label } from '../shared/label.ts'
import { foldAccents } from '../text/fold.ts'

export const slugify = (text: string): string =>
  foldAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)

const fillSlug =
  (from: string): FieldHook =>
  ({ value, data }) =>
    value || (typeof data?.[from] === 'string' ? slugify(data[from]) : value)

export function slugField(from = 'title'): Field {
  return {
    name: 'slug',
    type: 'text',
    index: true,
    label: label('Đường dẫn', 'Slug'),
    admin: {
      position: 'sidebar',
      description: label('Tự tạo từ tiêu đề nếu để trống.', 'Made from the title if empty.'),
    },
    hooks: { beforeValidate: [fillSlug(from)] },
  }
}
