/** The handbook's content model: collections, access rules and Vietnamese text helpers, shared by every package. */
export * from './access/roles.ts'
export * from './access/rules.ts'
export * from './access/session.ts'
export * from './access/where.ts'
export { Documents } from './documents/collection.ts'
export { CLASSIFICATIONS, CLASSIFIED_REFUSAL, DOCUMENT_TYPES } from './documents/types.ts'
export { FAQ_CATEGORIES } from './faq/categories.ts'
export { Faq } from './faq/collection.ts'
export { AUDIENCES, type Audience } from './fields/audience.ts'
export { slugify } from './fields/slug.ts'
export { mediaCollection } from './media/collection.ts'
export { readCardNumber, viDate } from './member-imports/cells.ts'
export {
  checkMemberRows,
  type ImportCheck,
  type MemberFile,
  type OrgsByCode,
  type ReadMemberFile,
} from './member-imports/check.ts'
export { memberImportsCollection } from './member-imports/collection.ts'
export { MAX_STORED_ERRORS } from './member-imports/lifecycle.ts'
export * from './member-imports/row.ts'
export * from './member-imports/status.ts'
export { type RawMemberRow, type ValidationContext, validateRows } from './member-imports/validate.ts'
export { NEWS_CATEGORIES } from './news/categories.ts'
export { News } from './news/collection.ts'
export { Orgs } from './orgs/collection.ts'
export { ORG_KINDS } from './orgs/kinds.ts'
export * from './shared/ids.ts'
export { StudyTopics } from './study-topics/collection.ts'
export * from './text/fold.ts'
export { generateActivationCode } from './users/activationCode.ts'
export { Users } from './users/collection.ts'
export { GENDERS, MEMBER_STATUSES } from './users/status.ts'
