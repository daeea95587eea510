/** The inbox as GET /fn/inbox answers it. */
export interface InboxAttachment {
  url: string
  filename: string
  mimeType: string | null
  filesize: number | null
}

export interface InboxItem {
  id: string
  title: string
  priority: 'normal' | 'important' | 'urgent' | string
  priorityLabel: string
  sentAt: string | null
  read: boolean
  readAt: string | null
  from: string | null
  body: string
  attachments: InboxAttachment[]
}

export interface InboxPage {
  items: InboxItem[]
  page: number
  totalPages: number
  total: number
  unread: number
}

/** dd/mm/yyyy HH:mm in Vietnam's time zone, whatever the phone's own. */
export function viDateTime(iso: string | null): string {
  if (!iso) return ''
  const parts = new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(new Date(iso))
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`
}

export const fileSize = (bytes: number | null) =>
  bytes === null
    ? ''
    : bytes < 1024 * 1024
      ? `${Math.max(1, Math.round(bytes / 1024))} KB`
      : `${(bytes / 1024 / 1024).toFixed(1)} MB`
