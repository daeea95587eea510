/** Gives a checkbox field its own Vietnamese words in list columns, e.g. yesNo(field, 'Đã đọc', 'Chưa đọc'). */
import type { CheckboxField } from 'payload'

export function yesNo<F extends CheckboxField>(field: F, yes: string, no: string): F {
  const Cell = { path: '/admin/YesNoCell#YesNoCell', clientProps: { yes, no } }
  return { ...field, admin: { ...field.admin, components: { ...field.admin?.components, Cell } } }
}
