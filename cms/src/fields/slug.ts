/** The slug field: filled from the title when left empty, so every page has a readable address. */
import { slugify } from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { Field, FieldHook } from 'payload'

/**
 * A title of only symbols or emoji folds to nothing; the page still needs an address, so it gets a short
 * unique one rather than an empty slug that would collide with the list page.
 */
const fallbackSlug = () => `bai-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`

const fillSlug =
  (from: string): FieldHook =>
  ({ value, data }) => {
    const given = typeof value === 'string' ? slugify(value) : ''
    if (given) return given
    const title = data?.[from]
    if (typeof title !== 'string' || title.trim() === '') return value ?? undefined
    return slugify(title) || fallbackSlug()
  }

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
