/** An inbox row's id is `notice:recipient`, so writing the same delivery twice is one row, never two. */
import type { ID } from '../shared/ids.ts'

export const inboxItemId = (noticeId: ID, recipientId: ID): string => `${noticeId}:${recipientId}`
