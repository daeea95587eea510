/** Everyone who signs in: members (đảng viên), and admins through grants {role, org}. */
import {
  canUseAdmin,
  createByMemberAdmins,
  GENDERS,
  MEMBER_STATUSES,
  manageByMemberAdmins,
  manageMembers,
  memberAdminField,
  notificationSettingsField,
  ROLE_LABELS,
  ROLES,
  readPersonalField,
  readUsers,
  serverOwned,
  unlockAccounts,
} from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig, Field } from 'payload'
import { signInDoors } from '../../auth/payloadDoors.ts'
import { dayAndTime, dayOnly } from '../../fields/dateDisplay.ts'
import { orgFields, setOrgAncestors } from '../../fields/orgOwnership.ts'
import { activationCodesEndpoint, activationCodesGetEndpoint } from './endpoints/activationCodes.ts'
import { reissueCardEndpoint } from './endpoints/reissueCard.ts'
import { guardAccountFields } from './hooks/guardAccountFields.ts'
import { guardGrants } from './hooks/guardGrants.ts'
import { revokeOnLogout } from './hooks/revokeOnLogout.ts'
import { sealActivationCodes } from './hooks/sealActivationCodes.ts'

const memberAdminOnly = { create: memberAdminField, update: memberAdminField }
/** Personal data: the person and the member admins of their subtree read it (never content roles). */
const personal = { read: readPersonalField }
const personalMemberAdminOnly = { ...personal, ...memberAdminOnly }
/** Account state the server keeps: a client can neither write it nor (except as noted) read it. */
const accountState = { read: readPersonalField, create: serverOwned, update: serverOwned }

export const Users: CollectionConfig<'users'> = {
  slug: 'users',
  labels: {
    singular: label('Người dùng', 'User'),
    plural: label('Đảng viên và cán bộ', 'Members and staff'),
  },
  auth: {
    loginWithUsername: { allowEmailLogin: true, requireEmail: false, requireUsername: true },
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax', secure: process.env.SERVER_URL?.startsWith('https://') ?? false },
  },
  // A province's list, in the tree's order and by name within a cell: one walk of this index, however many
  // members the province has (sorted by creation date, the database would sort the whole subtree first).
  defaultSort: ['orgPath', 'fullName'],
  indexes: [{ fields: ['orgPath', 'fullName'] }],
  admin: {
    useAsTitle: 'fullName',
    defaultColumns: ['fullName', 'username', 'org', 'status', 'activatedAt'],
    group: label('Tổ chức và đảng viên', 'Organisations and members'),
    listSearchableFields: ['fullName', 'username', 'phone'],
    // Above the list: links that print the activation slips of the members shown (ActivationCodesLinks.tsx).
    components: { beforeListTable: ['/admin/ActivationCodesLinks#ActivationCodesLinks'] },
  },
  access: {
    admin: canUseAdmin,
    read: readUsers,
    create: createByMemberAdmins,
    update: manageMembers,
    delete: manageByMemberAdmins,
    unlock: unlockAccounts,
  },
  hooks: {
    beforeOperation: [guardAccountFields],
    beforeChange: [guardGrants, sealActivationCodes, setOrgAncestors],
    afterLogout: [revokeOnLogout],
  },
  // Payload's own /api/users/login, unlock, forgot/reset-password... obey the one sign-in policy: custom
  // endpoints come before Payload's, so the doors go first.
  endpoints: [...signInDoors, activationCodesEndpoint, activationCodesGetEndpoint, reissueCardEndpoint],
  fields: [
    {
      // Payload adds this field for loginWithUsername; redeclaring it here only renames it for our users.
      name: 'username',
      type: 'text',
      label: label('Số thẻ đảng viên / tên đăng nhập', 'Party card number / username'),
      // Issued with the account; afterwards only POST /api/users/:id/reissue-card changes it.
      access: { read: readPersonalField, create: memberAdminField, update: serverOwned },
    },
    {
      // Payload adds this field too; redeclared for who may read it.
      name: 'email',
      type: 'email',
      access: personal,
    },
    { name: 'fullName', type: 'text', required: true, label: label('Họ và tên', 'Full name') },
    {
      type: 'row',
      fields: [
        {
          name: 'birthDate',
          type: 'date',
          label: label('Ngày sinh', 'Date of birth'),
          access: personal,
          admin: { date: dayOnly },
        },
        {
          name: 'gender',
          type: 'select',
          options: [...GENDERS],
          label: label('Giới tính', 'Gender'),
          access: personal,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'admittedAt',
          type: 'date',
          label: label('Ngày vào Đảng', 'Admitted on'),
          access: personalMemberAdminOnly,
          admin: { date: dayOnly },
        },
        {
          name: 'officialAt',
          type: 'date',
          label: label('Ngày chính thức', 'Full member since'),
          access: personalMemberAdminOnly,
          admin: { date: dayOnly },
        },
      ],
    },
    {
      name: 'status',
      type: 'select',
      options: [...MEMBER_STATUSES],
      defaultValue: 'chinh-thuc',
      label: label('Tình trạng', 'Status'),
      access: personalMemberAdminOnly,
    },
    { name: 'phone', type: 'text', label: label('Điện thoại', 'Phone'), access: personal },
    { ...notificationSettingsField, access: personal } as Field,
    // A member must not move themselves to another cell (and so read its internal content).
    ...orgFields({ required: false, description: label('Chi bộ sinh hoạt', 'Home cell') }).map(
      (f): Field => ('name' in f && f.name === 'org' ? ({ ...f, access: memberAdminOnly } as Field) : f),
    ),
    {
      name: 'grants',
      type: 'array',
      label: label('Quyền quản trị', 'Admin grants'),
      labels: { singular: label('Quyền', 'Grant'), plural: label('Quyền', 'Grants') },
      admin: {
        description: label(
          'Mỗi quyền áp dụng cho tổ chức được chọn và mọi tổ chức cấp dưới.',
          'A grant covers the organisation and everything below it.',
        ),
      },
      fields: [
        {
          name: 'role',
          type: 'select',
          required: true,
          options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
          label: label('Vai trò', 'Role'),
        },
        {
          name: 'org',
          type: 'relationship',
          relationTo: 'orgs',
          required: true,
          label: label('Tổ chức', 'Organisation'),
        },
      ],
    },
    {
      name: 'activationCode',
      type: 'text',
      label: label('Mã kích hoạt', 'Activation code'),
      // Stored sealed (sealActivationCodes) and never read back: the plain code exists only on the slip
      // printed when it was issued. Nobody may query it either, so "who still has a code" cannot leak.
      access: { read: serverOwned, create: serverOwned, update: serverOwned },
      admin: { hidden: true },
    },
    {
      name: 'activatedAt',
      type: 'date',
      label: label('Ngày kích hoạt', 'Activated on'),
      access: accountState,
      admin: { position: 'sidebar', readOnly: true, date: dayAndTime },
    },
    {
      name: 'cardHistory',
      type: 'array',
      label: label('Lịch sử số thẻ', 'Card history'),
      access: accountState,
      admin: { readOnly: true },
      fields: [
        { name: 'number', type: 'text', label: label('Số thẻ cũ', 'Old number') },
        { name: 'reason', type: 'text', label: label('Lý do cấp lại', 'Reason') },
        {
          name: 'replacedAt',
          type: 'date',
          label: label('Ngày cấp lại', 'Replaced on'),
          admin: { date: dayOnly },
        },
      ],
    },
  ],
}
