/** Devices (thiết bị nhận thông báo): one row per browser subscription or FCM token, owned by one member. */
import { DEVICE_KINDS, ownDevices, registerOwnDevice, systemOnly } from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig } from 'payload'
import { dayAndTime } from '../../fields/dateDisplay.ts'

export const Devices: CollectionConfig<'devices'> = {
  slug: 'devices',
  labels: { singular: label('Thiết bị', 'Device'), plural: label('Thiết bị nhận thông báo', 'Devices') },
  // Registered by the /fn/devices function; admins have no use for them.
  admin: { hidden: true, useAsTitle: 'endpoint' },
  access: { read: ownDevices, create: registerOwnDevice, update: systemOnly, delete: ownDevices },
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: DEVICE_KINDS.map((value) => ({
        value,
        label: value === 'fcm' ? 'FCM (Android)' : 'Web Push',
      })),
      label: label('Loại', 'Kind'),
    },
    {
      // The push service URL for Web Push, the registration token for FCM.
      name: 'endpoint',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: label('Địa chỉ nhận (endpoint) hoặc mã FCM', 'Endpoint or FCM token'),
    },
    {
      name: 'keys',
      type: 'group',
      label: label('Khóa mã hóa Web Push', 'Web Push keys'),
      fields: [
        { name: 'p256dh', type: 'text' },
        { name: 'auth', type: 'text' },
      ],
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: label('Đảng viên', 'Member'),
    },
    { name: 'userAgent', type: 'text', label: label('Trình duyệt', 'User agent') },
    {
      name: 'lastSeenAt',
      type: 'date',
      index: true,
      label: label('Lần cuối mở ứng dụng', 'Last seen'),
      admin: { date: dayAndTime },
    },
  ],
}
