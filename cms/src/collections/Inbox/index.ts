/** The inbox (hộp thư): one row per notice and recipient, written by the fan-out, read and marked read by the member. */
import {
  canUseAdmin,
  markOwnInboxRead,
  NOTICES_GROUP,
  readInbox,
  serverOwnedField,
  systemOnly,
} from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig, Field } from 'payload'
import { dayAndTime } from '../../fields/dateDisplay.ts'
import { yesNo } from '../../fields/yesNo.ts'

/** Only the fan-out (overrideAccess) writes who and what a row is about; the member changes the read state alone. */
const fixed = serverOwnedField

// No single-column indexes: each index is one more write per row in a 450,000-row fan-out. The few composite
// ones below serve every read there is (the member's page, the notice's counts, the reports, the admins' lists);
// `leanTable.ts` takes out those Payload adds on relationship columns, and their foreign keys.
const relation = (name: string, relationTo: 'notices' | 'users' | 'orgs', vi: string, en: string): Field =>
  ({ name, type: 'relationship', relationTo, access: fixed, label: label(vi, en) }) as Field

export const Inbox: CollectionConfig<'inbox'> = {
  slug: 'inbox',
  labels: { singular: label('Thư nhận', 'Inbox item'), plural: label('Hộp thư đảng viên', 'Member inboxes') },
  admin: {
    group: NOTICES_GROUP,
    defaultColumns: ['notice', 'recipient', 'org', 'read', 'readAt'],
  },
  access: {
    admin: canUseAdmin,
    read: readInbox,
    create: systemOnly,
    update: markOwnInboxRead,
    delete: systemOnly,
  },
  // sentAt is the row's time; createdAt/updatedAt would add two columns and two indexes to every row.
  timestamps: false,
  defaultSort: '-sentAt',
  indexes: [
    // The member's page and unread count.
    { fields: ['recipient', 'read', 'sentAt'] },
    // A notice's delivered and read counts, overall and per branch; the job's final count.
    { fields: ['notice', 'branch', 'read'] },
    // The reports' per-cell counts of a period.
    { fields: ['org', 'sentAt'] },
  ],
  fields: [
    { name: 'id', type: 'text', required: true, label: label('Mã', 'ID') },
    { ...relation('notice', 'notices', 'Thông báo', 'Notice'), required: true } as Field,
    { ...relation('recipient', 'users', 'Người nhận', 'Recipient'), required: true } as Field,
    // The recipient's home cell at send time: the per-cell counts of the reports.
    relation('org', 'orgs', 'Chi bộ của người nhận', "Recipient's cell"),
    {
      // That cell's lineage as one text (`/root/…/cell/`): an admin's subtree is one indexed range on it, and
      // the row needs no links table (several link rows per recipient were most of the fan-out's cost).
      name: 'orgPath',
      type: 'text',
      index: true,
      access: fixed,
      label: label('Đường dẫn tổ chức của người nhận', "Recipient's org path"),
      admin: { readOnly: true },
    },
    // The direct child of the notice's target the recipient sits under: the rows of the per-org report.
    relation('branch', 'orgs', 'Nhánh của tổ chức nhận', 'Branch of the target'),
    {
      name: 'sentAt',
      type: 'date',
      access: fixed,
      label: label('Ngày gửi', 'Sent on'),
      admin: { date: dayAndTime },
    },
    yesNo(
      { name: 'read', type: 'checkbox', defaultValue: false, label: label('Đã đọc', 'Read') },
      'Đã đọc',
      'Chưa đọc',
    ),
    { name: 'readAt', type: 'date', label: label('Đọc lúc', 'Read at'), admin: { date: dayAndTime } },
  ],
}
