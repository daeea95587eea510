/** Which fields of a collection hold media files, so ownership rules need no per-collection list. */
import type { Field } from 'payload'

export interface UploadField {
  name: string
  hasMany: boolean
}

/** Top-level upload fields to `media` (rows and collapsibles are layout only, so their fields count). */
export function mediaUploadFields(fields: Field[]): UploadField[] {
  const found: UploadField[] = []
  for (const field of fields) {
    if ((field.type === 'row' || field.type === 'collapsible') && 'fields' in field)
      found.push(...mediaUploadFields(field.fields))
    else if (field.type === 'upload' && field.relationTo === 'media' && 'name' in field)
      found.push({ name: field.name, hasMany: Boolean(field.hasMany) })
  }
  return found
}
