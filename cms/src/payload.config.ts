/** The CMS: assembles the content model from content-schemas with this deployment's storage, jobs and admin. */

import path from 'node:path'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import {
  Documents,
  Faq,
  mediaCollection,
  memberImportsCollection,
  News,
  Orgs,
  StudyTopics,
  Users,
} from '@sotay/content-schemas'
import { buildConfig, type CollectionConfig } from 'payload'
import sharp from 'sharp'
import { databaseAdapter } from './db/adapter.ts'
import { jobs } from './jobs/index.ts'
import { readMemberFile } from './member-import/readMemberFile.ts'
import { resumeUnfinishedImports } from './member-import/resume.ts'
import { cmsDir, dataDir, mediaDir } from './paths.ts'
import { secret } from './secret.ts'

/** Every list of org-owned documents gets the "filter by subtree" control. */
const withSubtreeFilter = (collection: CollectionConfig): CollectionConfig =>
  collection.fields.some((f) => 'name' in f && f.name === 'orgAncestors')
    ? {
        ...collection,
        admin: {
          ...collection.admin,
          components: {
            ...collection.admin?.components,
            beforeListTable: ['/admin/OrgSubtreeFilter#OrgSubtreeFilter'],
          },
        },
      }
    : collection

const collections = [
  News,
  Documents,
  StudyTopics,
  Faq,
  mediaCollection({ staticDir: mediaDir }),
  Orgs,
  Users,
  memberImportsCollection({ staticDir: path.join(dataDir, 'imports'), readMemberFile }),
]

export default buildConfig({
  serverURL: process.env.SERVER_URL ?? '',
  secret: secret(),
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' — Sổ tay Đảng viên' },
    dateFormat: 'dd/MM/yyyy HH:mm',
    importMap: { baseDir: path.join(cmsDir, 'src') },
    timezones: {
      supportedTimezones: [{ label: 'Giờ Việt Nam (GMT+7)', value: 'Asia/Ho_Chi_Minh' }],
      defaultTimezone: 'Asia/Ho_Chi_Minh',
    },
  },
  i18n: { supportedLanguages: { vi, en }, fallbackLanguage: 'vi' },
  collections: collections.map(withSubtreeFilter),
  editor: lexicalEditor(),
  db: databaseAdapter(),
  jobs,
  onInit: async (payload) => {
    await resumeUnfinishedImports(payload)
  },
  sharp,
  telemetry: false,
  typescript: { outputFile: 'src/payload-types.ts', autoGenerate: false },
})
