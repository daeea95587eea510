/**
 * The audit log (nhật ký kiểm toán): append-only, one entry per admin write, grant change, member import,
 * personal-data export, reset, unlock and failed admin sign-in. Written by the server alone (record.ts).
 */
import { systemOnly } from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig, Field } from 'payload'
import { dayAndTime } from '../../fields/dateDisplay.ts'
import { orgFields } from '../../fields/orgOwnership.ts'
import { canReadAuditLog, readAuditLog } from './access.ts'
import { AUDIT_ACTIONS } from './actions.ts'
import { AUDIT_LOG_SLUG } from './entry.ts'
import { onlyRetentionDeletes } from './hooks/onlyRetentionDeletes.ts'
import { refuseUpdate } from './hooks/refuseUpdate.ts'
import { setEntryOrg } from './hooks/setEntryOrg.ts'

const TIME_ZONE = 'Asia/Ho_Chi_Minh'

const text = (name: string, vi: string, en: string, extra: Partial<Field> = {}): Field =>
  ({ name, type: 'text', label: label(vi, en), ...extra }) as Field

/** The org pair of every org-owned document, read-only here and without the author default. */
const orgPair = orgFields({ required: false }).map(
  (f): Field => ({ ...f, defaultValue: undefined, admin: { ...f.admin, readOnly: true } }) as Field,
)

export const AuditLog: CollectionConfig = {
  slug: AUDIT_LOG_SLUG,
  labels: {
    singular: label('Mục nhật ký kiểm toán', 'Audit entry'),
    plural: label('Nhật ký kiểm toán', 'Audit log'),
  },
  admin: {
    group: label('Hệ thống', 'System'),
    useAsTitle: 'docTitle',
    defaultColumns: ['at', 'actorName', 'action', 'collectionLabel', 'org', 'ip'],
    listSearchableFields: ['actorName', 'docTitle', 'docId', 'ip'],
    hidden: ({ user }) => !canReadAuditLog(user),
    // Any subtree can be picked to narrow the list, like every org-owned list.
    components: { beforeListTable: ['/admin/OrgSubtreeFilter#OrgSubtreeFilter'] },
    description: label(
      'Ai đã làm gì, lúc nào, từ địa chỉ nào. Chỉ xem; không ai sửa hay xóa được. Mục cũ tự xóa khi hết thời hạn lưu.',
      'Who did what, when and from where. Read-only; old entries are deleted when their retention ends.',
    ),
  },
  access: {
    admin: ({ req }) => canReadAuditLog(req.user),
    read: readAuditLog,
    // Entries are written by the server alone (`overrideAccess`, record.ts), never through an API door.
    create: systemOnly,
    update: systemOnly,
    delete: systemOnly,
  },
  // There is nothing to mutate through GraphQL: no create, update or delete mutation exists at all.
  graphQL: { disableMutations: true },
  // An entry concerns the org where it was at the time: an org move does not rewrite the log (nor could it).
  custom: { lineageAsRecorded: true },
  versions: false,
  lockDocuments: false,
  disableDuplicate: true,
  defaultSort: '-at',
  hooks: {
    beforeChange: [refuseUpdate, setEntryOrg],
    beforeDelete: [onlyRetentionDeletes],
  },
  fields: [
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      label: label('Thời gian', 'Time'),
      timezone: {
        defaultTimezone: TIME_ZONE,
        supportedTimezones: [{ label: 'Giờ Việt Nam (GMT+7)', value: TIME_ZONE }],
      },
      admin: { readOnly: true, date: dayAndTime },
    },
    {
      name: 'actor',
      type: 'relationship',
      relationTo: 'users',
      index: true,
      label: label('Tài khoản thực hiện', 'Actor account'),
      admin: { readOnly: true },
    },
    text('actorName', 'Người thực hiện', 'Actor', { admin: { readOnly: true } }),
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: AUDIT_ACTIONS.map((a) => ({ ...a })),
      label: label('Hành động', 'Action'),
      admin: { readOnly: true },
    },
    text('collectionSlug', 'Mã loại dữ liệu', 'Collection slug', {
      index: true,
      admin: { readOnly: true, hidden: false },
    }),
    text('collectionLabel', 'Loại dữ liệu', 'Collection', { admin: { readOnly: true } }),
    text('docId', 'Mã bản ghi', 'Document id', { index: true, admin: { readOnly: true } }),
    text('docTitle', 'Bản ghi', 'Document', { admin: { readOnly: true } }),
    ...orgPair,
    text('ip', 'Địa chỉ IP', 'IP address', { admin: { readOnly: true } }),
    {
      name: 'changesView',
      type: 'ui',
      label: label('Các trường thay đổi', 'Changed fields'),
      admin: { components: { Field: '/collections/AuditLog/admin/ChangesTable#ChangesTable' } },
    },
    // Kept as data for the API; shown above as a table (Payload's JSON editor needs a CDN).
    {
      name: 'changes',
      type: 'json',
      label: label('Các trường thay đổi (trước → sau)', 'Changed fields (before → after)'),
      admin: { readOnly: true, hidden: true },
    },
    {
      name: 'details',
      type: 'json',
      label: label('Chi tiết', 'Details'),
      admin: { readOnly: true, hidden: true },
    },
  ],
}
