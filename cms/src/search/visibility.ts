/** Visibility tags: how the audience rules (readableContent) are written into a search filter. */
import { asSessionUser, idOf, memberScope, type Ref } from '@sotay/content-schemas'

/** The tags an entry carries: `public`, `members`, or `org:<id>` for its owning org's subtree. */
export function visibilityTags(doc: { audience?: string | null; org?: Ref }): string[] {
  if (doc.audience === 'public') return ['public']
  if (doc.audience === 'members') return ['members']
  const org = idOf(doc.org)
  return org === undefined ? [] : [`org:${org}`]
}

/** The tags a reader may see: the public sees public entries; a member also members' and their orgs'. */
export function readerTags(user: unknown): string[] {
  const session = asSessionUser(user)
  if (!session) return ['public']
  return ['public', 'members', ...memberScope(session).map((id) => `org:${id}`)]
}
