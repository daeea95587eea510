/** Uploaded files: images (resized with sharp), PDFs of documents, and the audio readings of texts. */
import type { CollectionConfig } from 'payload'
import { canUseAdmin, createContent, manageContent, readMedia } from '../access/rules.ts'
import { audienceField } from '../fields/audience.ts'
import { orgFields, setOrgAncestors } from '../fields/orgOwnership.ts'
import { CONTENT_GROUP } from '../shared/contentCollection.ts'
import { label } from '../shared/label.ts'

export interface MediaOptions {
  /** Where files are kept on local disk. */
  staticDir: string
}

export function mediaCollection({ staticDir }: MediaOptions): CollectionConfig {
  return {
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
    hooks: { beforeChange: [setOrgAncestors] },
    upload: {
      staticDir,
      mimeTypes: ['image/*', 'application/pdf', 'audio/*'],
      imageSizes: [
        { name: 'thumbnail', width: 320, height: 240, position: 'centre' },
        { name: 'card', width: 768, height: undefined },
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
}
