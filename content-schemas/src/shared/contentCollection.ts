/** What every content type shares: org ownership, audience, drafts with scheduled publish, and the access rules. */
import type { CollectionConfig, Field } from 'payload'
import {
  canUseAdmin,
  createContent,
  manageContent,
  readContent,
  readContentVersions,
} from '../access/rules.ts'
import { type Audience, audienceField } from '../fields/audience.ts'
import { orgFields, setOrgAncestors } from '../fields/orgOwnership.ts'
import { dropOwnedUploads } from '../media/dropOwnedUploads.ts'
import { shareUploadAudience } from '../media/shareUploadAudience.ts'
import { refuseUnknownStatus } from './refuseUnknownStatus.ts'
import { contentVersions } from './versions.ts'

export const CONTENT_GROUP = { vi: 'Nội dung', en: 'Content' }

export function contentCollection(
  config: Omit<CollectionConfig, 'access' | 'versions'> & { defaultAudience?: Audience },
): CollectionConfig {
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
      afterChange: [shareUploadAudience, ...(hooks?.afterChange ?? [])],
      afterDelete: [dropOwnedUploads, ...(hooks?.afterDelete ?? [])],
    },
    fields: [...fields, ...shared],
  }
}
