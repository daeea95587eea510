/**
 * Correction requests (đề nghị sửa thông tin cá nhân): a member asks, from "Của tôi", to correct a field of
 * their own record; the request belongs to their cell, whose secretary and committees above see it in the
 * admin and mark it "đã sửa" or "không sửa". The member reads their own requests and where they stand.
 */
import {
  CORRECTION_NOTE_MAX,
  CORRECTION_STATUS_OPTIONS,
  canUseAdmin,
  isProfileField,
  manageByMemberAdmins,
  memberAdminField,
  PROFILE_FIELD_OPTIONS,
  PROPOSED_MAX,
  proposedValueProblem,
  readProfileCorrections,
  requestProfileCorrection,
  serverOwned,
  serverOwnedField,
  systemOnly,
} from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig } from 'payload'
import { orgFields, setOrgAncestors } from '../../fields/orgOwnership.ts'
import { bindToMember } from './hooks/bindToMember.ts'
import { notifyCorrection } from './hooks/notifyCorrection.ts'

export const ProfileCorrections: CollectionConfig<'profile-corrections'> = {
  slug: 'profile-corrections',
  labels: {
    singular: label('Đề nghị sửa thông tin', 'Correction request'),
    plural: label('Đề nghị sửa thông tin', 'Correction requests'),
  },
  admin: {
    group: label('Tổ chức và đảng viên', 'Organisations and members'),
    useAsTitle: 'proposedValue',
    defaultColumns: ['member', 'field', 'proposedValue', 'status', 'createdAt'],
    description: label(
      'Đảng viên đề nghị sửa thông tin của mình. Sửa hồ sơ đảng viên nếu đúng, rồi đặt trạng thái "Đã sửa" hoặc "Không sửa".',
      'Members ask to correct their record; fix it, then set the status.',
    ),
  },
  access: {
    admin: canUseAdmin,
    read: readProfileCorrections,
    create: requestProfileCorrection,
    update: manageByMemberAdmins,
    // A record of what members asked: kept.
    delete: systemOnly,
  },
  hooks: { beforeChange: [bindToMember, setOrgAncestors], afterChange: [notifyCorrection] },
  fields: [
    {
      name: 'member',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: label('Đảng viên', 'Member'),
      access: serverOwnedField,
      admin: { readOnly: true },
    },
    {
      name: 'field',
      type: 'select',
      required: true,
      options: [...PROFILE_FIELD_OPTIONS],
      label: label('Thông tin cần sửa', 'Field'),
      admin: { readOnly: true },
    },
    {
      name: 'currentValue',
      type: 'text',
      label: label('Đang ghi', 'Recorded as'),
      access: serverOwnedField,
      admin: { readOnly: true },
    },
    {
      name: 'proposedValue',
      type: 'text',
      required: true,
      maxLength: PROPOSED_MAX,
      label: label('Đề nghị sửa thành', 'Proposed value'),
      admin: { readOnly: true },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
        if (!isProfileField(siblingData.field)) return true
        return proposedValueProblem(siblingData.field, String(value ?? '')) ?? true
      },
    },
    {
      name: 'note',
      type: 'textarea',
      maxLength: CORRECTION_NOTE_MAX,
      label: label('Ghi chú của đảng viên', 'Member’s note'),
      admin: { readOnly: true },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      options: [...CORRECTION_STATUS_OPTIONS],
      label: label('Trạng thái', 'Status'),
      access: { create: serverOwned, update: memberAdminField },
      admin: { position: 'sidebar' },
    },
    ...orgFields({ description: label('Chi bộ của đảng viên', 'The member’s cell') }),
  ],
}
