/** A rename or a move keeps the former name and parent in `history`, dated, so past reports can name it. */
import { idOf } from '@sotay/content-schemas'
import type { CollectionBeforeChangeHook } from 'payload'
import type { Org } from '../../../payload-types.ts'

export const recordHistory: CollectionBeforeChangeHook<Org> = ({ data, originalDoc, operation }) => {
  if (operation !== 'update' || !originalDoc) return data
  const renamed = data.name !== undefined && data.name !== originalDoc.name
  const moved = data.parent !== undefined && String(idOf(data.parent)) !== String(idOf(originalDoc.parent))
  if (!renamed && !moved) return data
  const former = {
    name: originalDoc.name,
    parent: idOf(originalDoc.parent) ?? null,
    until: new Date().toISOString(),
  }
  data.history = [
    ...(originalDoc.history ?? []).map(({ id: _id, ...entry }) => entry),
    former,
  ] as Org['history']
  return data
}
