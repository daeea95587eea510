/** The CMS: assembles the content model from content-schemas with this deployment's storage, jobs and admin. */
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { Documents, Faq, mediaCollection, News, Orgs, StudyTopics, Users } from '@sotay/content-schemas'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { databaseAdapter } from './db/adapter.ts'
import { jobs } from './jobs/index.ts'
import { mediaDir } from './paths.ts'
import { secret } from './secret.ts'

export default buildConfig({
  serverURL: process.env.SERVER_URL ?? '',
  secret: secret(),
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' — Sổ tay Đảng viên' },
    dateFormat: 'dd/MM/yyyy HH:mm',
  },
  i18n: { supportedLanguages: { vi, en }, fallbackLanguage: 'vi' },
  collections: [News, Documents, StudyTopics, Faq, mediaCollection({ staticDir: mediaDir }), Orgs, Users],
  editor: lexicalEditor(),
  db: databaseAdapter(),
  jobs,
  sharp,
  telemetry: false,
  typescript: { outputFile: 'src/payload-types.ts', autoGenerate: false },
})
