/** The import belongs to the importer's org unless they chose another inside their subtree. */
import { asSessionUser, grantedOrgIds, MEMBER_ROLES } from '@sotay/content-schemas'
import type { CollectionBeforeOperationHook } from 'payload'

export const defaultImportOrg: CollectionBeforeOperationHook<'member-imports'> = ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' || !args.data || args.data.org) return args
  const home = grantedOrgIds(asSessionUser(req.user), MEMBER_ROLES)[0]
  if (home !== undefined) args.data.org = home
  return args
}
