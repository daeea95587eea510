/**
 * The delivery log (nhật ký gửi): one row per notice × recipient × channel (× device), keyed
 * `notice:recipient:channel[:device]`. The row is claimed before sending, so a rerun never sends twice.
 */
import {
  DELIVERY_CHANNELS,
  DELIVERY_STATUSES,
  NOTICES_GROUP,
  readDeliveries,
  systemOnly,
} from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig } from 'payload'

export const Deliveries: CollectionConfig<'deliveries'> = {
  slug: 'deliveries',
  labels: { singular: label('Lượt gửi', 'Delivery'), plural: label('Nhật ký gửi thông báo', 'Delivery log') },
  admin: {
    group: NOTICES_GROUP,
    useAsTitle: 'key',
    defaultColumns: ['key', 'channel', 'status', 'reason', 'updatedAt'],
  },
  access: { read: readDeliveries, create: systemOnly, update: systemOnly, delete: systemOnly },
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: label('Mã lượt gửi', 'Key'),
    },
    { name: 'notice', type: 'text', required: true, index: true, label: label('Thông báo', 'Notice') },
    { name: 'recipient', type: 'text', required: true, label: label('Người nhận', 'Recipient') },
    {
      name: 'channel',
      type: 'select',
      required: true,
      options: DELIVERY_CHANNELS.map((value) => ({ value, label: value })),
      label: label('Kênh', 'Channel'),
    },
    { name: 'device', type: 'text', label: label('Thiết bị', 'Device') },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'claimed',
      options: DELIVERY_STATUSES.map((s) => ({ ...s })),
      label: label('Trạng thái', 'Status'),
    },
    { name: 'reason', type: 'text', label: label('Lý do lỗi', 'Reason') },
    { name: 'attempts', type: 'number', label: label('Số lần thử', 'Attempts') },
  ],
}
