/** An entry belongs to whoever adds it; a new time or reminder arms the reminder again. */
import type { CollectionBeforeChangeHook } from 'payload'
import type { CalendarEntry } from '../../../payload-types.ts'

export const bindOwner: CollectionBeforeChangeHook<CalendarEntry> = ({
  data,
  operation,
  req,
  originalDoc,
}) => {
  if (operation === 'create' && req.user) data.owner = req.user.id
  const moved =
    operation === 'update' &&
    ((data.startsAt !== undefined && data.startsAt !== originalDoc?.startsAt) ||
      (data.reminder !== undefined && data.reminder !== originalDoc?.reminder))
  if (moved) data.remindedAt = null
  return data
}
