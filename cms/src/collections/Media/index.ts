/** Uploaded files: images (resized with sharp), PDFs of documents, and the audio readings of texts. */
import { canUseAdmin, createContent, manageContent, readMedia } from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig } from 'payload'
import { audienceField } from '../../fields/audience.ts'
import { orgFields, setOrgAncestors } from '../../fields/orgOwnership.ts'
import { mediaDir } from '../../paths.ts'
import { rebuildSiteAfterChange, rebuildSiteAfterDelete } from '../../site-rebuild/hooks.ts'
import { CONTENT_GROUP } from '../shared/contentCollection.ts'

const WEBP = { format: 'webp', options: { quality: 72 } } as const

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  labels: { singular: label('Tệp', 'File'), plural: label('Ảnh và tệp', 'Media') },
  admin: { group: CONTENT_GROUP, defaultColumns: ['filename', 'alt', 'org', 'audience', 'mimeType'] },
  access: {
    admin: canUseAdmin,
    read: readMedia,
    create: createContent,
    update: manageContent,
    delete: manageContent,
  },
  // The public site links public images and PDFs, so a file's change can need a rebuild too.
  hooks: {
    beforeChange: [setOrgAncestors],
    afterChange: [rebuildSiteAfterChange],
    afterDelete: [rebuildSiteAfterDelete],
  },
  upload: {
    staticDir: mediaDir(),
    mimeTypes: ['image/*', 'application/pdf', 'audio/*'],
    // WebP for weak networks. `thumbnail` (lists) is cropped to 4:3 so a list never shifts; `card` (a phone's
    // full width) and `wide` (tablets, desktops) keep the picture's shape. A size wider than the original is
    // not made (Payload skips enlarging), so a page image of 1000 px gets `card` but no `wide`.
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre', formatOptions: WEBP },
      { name: 'card', width: 768, height: undefined, formatOptions: WEBP },
      { name: 'wide', width: 1200, height: undefined, formatOptions: WEBP },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    { name: 'alt', type: 'text', label: label('Mô tả ảnh', 'Alt text') },
    // Until a document shares it (shareUploadAudience), a new file is an internal file of the uploader's
    // org: an upload whose document is refused or never saved is never public.
    audienceField('org'),
    ...orgFields(),
  ],
}
