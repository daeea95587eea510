/**
 * An admin's save starts the change again (a dry run, then for real): checked first, with the reason in
 * Vietnamese on the form; refused while it runs and once it is done, since the tree has moved on.
 */
import { asSessionUser, idOf, ORG_CHANGE_CONTEXT } from '@sotay/content-schemas'
import { orgLineage } from '@sotay/content-schemas/access/lookup'
import { APIError, type CollectionBeforeChangeHook } from 'payload'
import type { OrgChange } from '../../../payload-types.ts'
import { refusalOf } from '../run/plan.ts'

export const checkChange: CollectionBeforeChangeHook<OrgChange> = async ({ data, originalDoc, req }) => {
  if (req.context[ORG_CHANGE_CONTEXT] === true) return data
  if (originalDoc?.status === 'running' || (originalDoc?.status === 'queued' && !originalDoc.dryRun))
    throw new APIError('Thay đổi này đang được thực hiện, vui lòng đợi.', 400, null, true)
  if (originalDoc?.status === 'done')
    throw new APIError('Thay đổi này đã hoàn tất; hãy tạo một thay đổi mới.', 400, null, true)
  const merged = { ...originalDoc, ...data } as OrgChange
  const refusal = await refusalOf(req.payload, merged)
  if (refusal) throw new APIError(refusal, 400, null, true)
  // The change belongs to the province it happens in, whose committees follow it.
  data.org = (await orgLineage(req, merged.source))[0] ?? idOf(merged.source)
  data.status = 'queued'
  data.percent = 0
  data.failure = null
  data.startedBy = asSessionUser(req.user)?.id ?? null
  return data
}
