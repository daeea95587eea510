/** The delivery log's channels and states (nhật ký gửi: đang gửi → đã gửi | gửi lỗi). */
import { label } from '../shared/label.ts'

export const DELIVERY_CHANNELS = ['webpush', 'fcm', 'email'] as const
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number]

export const DELIVERY_STATUSES = [
  { value: 'claimed', label: label('Đang gửi', 'Sending') },
  { value: 'sent', label: label('Đã gửi', 'Sent') },
  { value: 'failed', label: label('Gửi lỗi', 'Failed') },
] as const
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number]['value']
