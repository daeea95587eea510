/** The inbox's inputs and answers as zod schemas: they validate, document /fn/openapi.json and type the member app. */
import { z } from '@hono/zod-openapi'
import { pageQuery } from '../http/pageQuery.ts'
import { INBOX_MESSAGES } from './messages.ts'

export const MAX_LIMIT = 50

export const PageQuery = pageQuery(INBOX_MESSAGES, MAX_LIMIT)

/**
 * Inbox ids are `notice:recipient`; a bare notice id (the link a push notification opens) means the
 * signed-in member's own row of that notice. Anything else is refused before it reaches the database.
 */
export const ItemParams = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z0-9]{1,40}(:[A-Za-z0-9]{1,40})?$/, INBOX_MESSAGES.badId)
    .openapi({ param: { name: 'id', in: 'path' }, description: 'Mã thư: `mãThôngBáo:mãNgườiNhận`' }),
})

export const InboxAttachmentSchema = z.object({
  url: z.string(),
  filename: z.string(),
  mimeType: z.string().nullable(),
  filesize: z.number().nullable(),
})

export const InboxItemSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    priority: z.string().openapi({ description: 'normal, important hoặc urgent' }),
    priorityLabel: z.string(),
    sentAt: z.string().nullable(),
    read: z.boolean(),
    readAt: z.string().nullable(),
    from: z.string().nullable(),
    body: z.string().openapi({ description: 'Mấy dòng đầu trong danh sách; toàn văn khi xem một thư' }),
    attachments: z.array(InboxAttachmentSchema),
  })
  .openapi('InboxItem')

export const InboxPageSchema = z.object({
  items: z.array(InboxItemSchema),
  page: z.number().int(),
  totalPages: z.number().int(),
  total: z.number().int(),
  unread: z.number().int(),
})

export const InboxItemAnswerSchema = z.object({ item: InboxItemSchema })

export const ReadReceiptSchema = z.object({
  id: z.string(),
  read: z.literal(true),
  readAt: z.string().nullable(),
})

export type InboxAttachment = z.infer<typeof InboxAttachmentSchema>
export type InboxItem = z.infer<typeof InboxItemSchema>
export type InboxPage = z.infer<typeof InboxPageSchema>
export type InboxItemAnswer = z.infer<typeof InboxItemAnswerSchema>
export type ReadReceipt = z.infer<typeof ReadReceiptSchema>
