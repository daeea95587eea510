/** What the static site may show of a CMS item: public and published only (DESIGN.md, "audience"). */
import type { Audience } from '@sotay/content-schemas/shared/audience'

export const PUBLIC_AUDIENCE: Audience = 'public'

export const isPublicAndPublished = (doc: Readonly<Record<string, unknown>>): boolean =>
  doc.audience === PUBLIC_AUDIENCE && doc._status === 'published'
