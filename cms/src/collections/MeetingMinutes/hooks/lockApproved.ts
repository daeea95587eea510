/**
 * Approved minutes are the meeting's record: no write changes them, not even server code with `overrideAccess`
 * (the functions, a script, the admin of a superadmin), so the lock holds below every door.
 */
import { MINUTES_MESSAGES } from '@sotay/content-schemas'
import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeDeleteHook } from 'payload'

const locked = () => new APIError(MINUTES_MESSAGES.locked, 403, null, true)

export const refuseApprovedEdits: CollectionBeforeChangeHook = ({ data, operation, originalDoc }) => {
  if (operation === 'update' && originalDoc?.status === 'approved') throw locked()
  return data
}

export const refuseApprovedDeletes: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const doc = await req.payload.findByID({
    collection: 'meeting-minutes',
    id,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (doc?.status === 'approved') throw locked()
}
