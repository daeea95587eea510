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

export const fileSize = (bytes: number | null) =>
  bytes === null
    ? ''
    : bytes < 1024 * 1024
      ? `${Math.max(1, Math.round(bytes / 1024))} KB`
      : `${(bytes / 1024 / 1024).toFixed(1)} MB`
