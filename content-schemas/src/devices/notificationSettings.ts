/** The member's choice of channels (cài đặt nhận thông báo), a group on users; every channel is on by default. */
import type { Field } from 'payload'
import { label } from '../shared/label.ts'

export const NOTIFICATION_CHANNELS = ['push', 'email'] as const
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number]

export const CHANNEL_LABELS: Record<NotificationChannel, string> = {
  push: 'Thông báo đẩy trên điện thoại',
  email: 'Email',
}

export const notificationSettingsField: Field = {
  name: 'notificationSettings',
  type: 'group',
  label: label('Cài đặt nhận thông báo', 'Notification settings'),
  fields: [
    { name: 'push', type: 'checkbox', defaultValue: true, label: label(CHANNEL_LABELS.push, 'Push') },
    { name: 'email', type: 'checkbox', defaultValue: true, label: label(CHANNEL_LABELS.email, 'Email') },
  ],
}

/** A member wants a channel unless they switched it off (null means never set: on). */
export function wantsChannel(settings: unknown, channel: NotificationChannel): boolean {
  const value = (settings as Record<string, unknown> | null | undefined)?.[channel]
  return value !== false
}
