/** Member list imports (nhập danh sách đảng viên): the uploaded CSV/XLSX, its check, and the progress of writing it. */
import path from 'node:path'
import {
  canUseAdmin,
  createByMemberAdmins,
  IMPORT_STATUSES,
  MEMBER_COLUMNS,
  manageByMemberAdmins,
  readByMemberAdmins,
  serverOwnedField,
} from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig } from 'payload'
import { dayAndTime } from '../../fields/dateDisplay.ts'
import { orgFields, setOrgAncestors } from '../../fields/orgOwnership.ts'
import { dataDir } from '../../paths.ts'
import { checkUpload } from './hooks/checkUpload.ts'
import { defaultImportOrg } from './hooks/defaultImportOrg.ts'
import { guardImportChanges } from './hooks/guardImportChanges.ts'
import { listRowErrors } from './hooks/listRowErrors.ts'
import { queueImport } from './hooks/queueImport.ts'
import { refuseDeleteWhileImporting } from './hooks/refuseDeleteWhileImporting.ts'
import { showProgress } from './hooks/showProgress.ts'

const readOnlyNumber = (name: string, vi: string, en: string) =>
  ({
    name,
    type: 'number',
    label: label(vi, en),
    defaultValue: 0,
    access: serverOwnedField,
    admin: { readOnly: true },
  }) as const

export const MemberImports: CollectionConfig<'member-imports'> = {
  slug: 'member-imports',
  labels: {
    singular: label('Lần nhập đảng viên', 'Member import'),
    plural: label('Nhập danh sách đảng viên', 'Member imports'),
  },
  admin: {
    group: label('Tổ chức và đảng viên', 'Organisations and members'),
    useAsTitle: 'filename',
    defaultColumns: ['filename', 'org', 'status', 'totalRows', 'errorCount', 'progress', 'createdAt'],
    description: label(
      'Tải lên tệp CSV hoặc Excel (.xlsx) có các cột: ' +
        `${MEMBER_COLUMNS.map((c) => c.header).join(', ')}. Hệ thống kiểm tra từng dòng trước; ` +
        'khi không còn lỗi, chọn trạng thái “Đang nhập” và lưu để cấp tài khoản.',
      'Upload a CSV or XLSX member list; it is checked first, then imported when set to Importing.',
    ),
  },
  access: {
    admin: canUseAdmin,
    read: readByMemberAdmins,
    create: createByMemberAdmins,
    update: manageByMemberAdmins,
    delete: manageByMemberAdmins,
  },
  upload: {
    // Uploaded lists hold personal data: kept under data/, never under a public folder.
    staticDir: path.join(dataDir(), 'imports'),
    mimeTypes: [
      // Browsers name CSV files in many ways (Windows: as an Excel file).
      'text/csv',
      'text/x-csv',
      'text/comma-separated-values',
      'text/plain',
      'application/csv',
      'application/x-csv',
      'application/vnd.ms-excel',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
  },
  hooks: {
    beforeOperation: [defaultImportOrg],
    beforeChange: [guardImportChanges, checkUpload, setOrgAncestors],
    afterChange: [queueImport],
    beforeDelete: [refuseDeleteWhileImporting],
  },
  fields: [
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'previewed',
      options: IMPORT_STATUSES.map((s) => ({ value: s.value, label: s.label })),
      label: label('Trạng thái', 'Status'),
      admin: {
        position: 'sidebar',
        description: label(
          'Chọn “Đang nhập” rồi lưu để cấp tài khoản cho các dòng đã kiểm tra.',
          'Choose Importing and save to create the accounts.',
        ),
      },
    },
    {
      type: 'row',
      fields: [
        readOnlyNumber('totalRows', 'Số dòng', 'Rows'),
        readOnlyNumber('validRows', 'Số dòng hợp lệ', 'Valid rows'),
        readOnlyNumber('errorCount', 'Số lỗi', 'Errors'),
      ],
    },
    {
      type: 'row',
      fields: [
        readOnlyNumber('processedRows', 'Đã xử lý', 'Processed rows'),
        readOnlyNumber('created', 'Tài khoản mới', 'Created'),
        readOnlyNumber('updated', 'Đã cập nhật', 'Updated'),
      ],
    },
    {
      name: 'progress',
      type: 'text',
      virtual: true,
      label: label('Tiến độ', 'Progress'),
      admin: { readOnly: true },
      hooks: {
        afterRead: [showProgress],
      },
    },
    {
      name: 'errorReport',
      type: 'textarea',
      virtual: true,
      label: label('Các dòng bị lỗi', 'Rows with errors'),
      admin: { readOnly: true, condition: (data) => Boolean(data?.errorCount) },
      hooks: { afterRead: [listRowErrors] },
    },
    {
      name: 'errors',
      type: 'json',
      label: label('Lỗi (dữ liệu)', 'Errors (data)'),
      access: serverOwnedField,
      admin: { hidden: true },
    },
    {
      name: 'failure',
      type: 'text',
      label: label('Lý do thất bại', 'Failure'),
      access: serverOwnedField,
      admin: { readOnly: true, condition: (data) => Boolean(data?.failure) },
    },
    ...orgFields({
      description: label('Chỉ nhập đảng viên của tổ chức này và các tổ chức trực thuộc.', 'Scope.'),
    }),
    {
      name: 'importedBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Người tải lên', 'Uploaded by'),
      access: serverOwnedField,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'finishedAt',
      type: 'date',
      label: label('Hoàn tất lúc', 'Finished at'),
      access: serverOwnedField,
      admin: { readOnly: true, position: 'sidebar', date: dayAndTime },
    },
  ],
}
