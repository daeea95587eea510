/**
 * What every content type shares: org ownership, audience, drafts with scheduled publish, the access rules,
 * the files it owns, the member search, and a site rebuild when a change can show on the public site.
 */
import {
  type Audience,
  canUseAdmin,
  createContent,
  manageContent,
  readContent,
  readContentVersions,
} from '@sotay/content-schemas'
import type { CollectionConfig, CollectionSlug, Field } from 'payload'
import { audienceField } from '../../fields/audience.ts'
import { orgFields, setOrgAncestors } from '../../fields/orgOwnership.ts'
import { rebuildSiteAfterChange, rebuildSiteAfterDelete } from '../../site-rebuild/hooks.ts'
import { dropOwnedUploads } from '../Media/hooks/dropOwnedUploads.ts'
import { shareUploadAudience } from '../Media/hooks/shareUploadAudience.ts'
import { indexContent, unindexContent } from './hooks/indexContent.ts'
import { refuseUnknownStatus } from './hooks/refuseUnknownStatus.ts'
import { contentVersions } from './versions.ts'

export const CONTENT_GROUP = { vi: 'Nội dung', en: 'Content' }

export function contentCollection<TSlug extends CollectionSlug>(
  config: Omit<CollectionConfig<TSlug>, 'access' | 'versions'> & { defaultAudience?: Audience },
): CollectionConfig<TSlug> {
  const { defaultAudience, fields, hooks, admin, ...rest } = config
  const shared: Field[] = [audienceField(defaultAudience), ...orgFields()]
  return {
    ...rest,
    admin: { group: CONTENT_GROUP, ...admin },
    access: {
      admin: canUseAdmin,
      read: readContent,
      readVersions: readContentVersions,
      create: createContent,
      update: manageContent,
      delete: manageContent,
    },
    versions: contentVersions,
    hooks: {
      ...hooks,
      beforeValidate: [refuseUnknownStatus, ...(hooks?.beforeValidate ?? [])],
      beforeChange: [setOrgAncestors, ...(hooks?.beforeChange ?? [])],
      afterChange: [shareUploadAudience, ...(hooks?.afterChange ?? []), indexContent, rebuildSiteAfterChange],
      afterDelete: [dropOwnedUploads, ...(hooks?.afterDelete ?? []), unindexContent, rebuildSiteAfterDelete],
    },
    fields: [...fields, ...shared],
  }
}
