/** Sending a notice on behalf of the system (e.g. an answer to a member's question): created already scheduled. */
import {
  type ID,
  NOTICE_SYSTEM_CONTEXT,
  type NoticeChannel,
  type NoticePriority,
  type NoticeRoleTarget,
} from '@sotay/content-schemas'
import type { Payload, PayloadRequest } from 'payload'
import type { Notice } from '../../../payload-types.ts'

export interface SendNoticeInput {
  fromOrg: ID
  title: string
  body: string
  /** Without `org`, the subtree is the sender's; named `users` must live inside it. */
  target: { org?: ID; roles?: NoticeRoleTarget[]; users?: ID[] }
  priority?: NoticePriority
  /** Besides the inbox, which is always used. Default: push only. */
  channels?: NoticeChannel[]
  sendAt?: Date | string
  req?: Partial<PayloadRequest>
}

export async function sendNotice(payload: Payload, input: SendNoticeInput): Promise<Notice> {
  const channels = input.channels ?? ['push']
  const doc = await payload.create({
    collection: 'notices',
    data: {
      title: input.title,
      body: input.body,
      org: input.fromOrg,
      targetOrg: input.target.org ?? input.fromOrg,
      targetRoles: input.target.roles ?? [],
      targetUsers: input.target.users ?? [],
      priority: input.priority ?? 'normal',
      channels: { push: channels.includes('push'), email: channels.includes('email') },
      sendAt: new Date(input.sendAt ?? Date.now()).toISOString(),
      status: 'scheduled',
    },
    depth: 0,
    overrideAccess: true,
    context: { [NOTICE_SYSTEM_CONTEXT]: true },
    req: input.req,
  })
  return doc
}
