/** The member's own standing, read inside the agenda's statement (`?1`), so access follows their record at once. */
import { TASK_ROLES } from '@sotay/content-schemas'

/** `grantedOrgIds(user, TASK_ROLES)`: the orgs they hold a task grant on. */
export const TASK_GRANT_ORGS = `SELECT "org_id" FROM "users_grants" WHERE "_parent_id" = ?1
  AND "role" IN (${TASK_ROLES.map((role) => `'${role}'`).join(', ')})`

/** `memberScope(user)`: their home org and its stored ancestors; nothing without a home org. */
export const MEMBER_SCOPE = `SELECT "org_id" FROM "users" WHERE "id" = ?1
  UNION ALL SELECT r."orgs_id" FROM "users_rels" r JOIN "users" u ON u."id" = r."parent_id"
  WHERE r."parent_id" = ?1 AND r."path" = 'orgAncestors' AND u."org_id" IS NOT NULL`
