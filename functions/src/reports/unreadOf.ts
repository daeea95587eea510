/**
 * Who has not read a notice, as the caller sees it: the notice must be one they may read (its sender lies in
 * their subtree, `readNotices`), and the inbox rows are read as them, so only recipients inside their subtree show.
 */
import type { ID } from '@sotay/content-schemas'
import { idOf } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import type { SignedInUser } from '../session/member.ts'

export interface NoticeUnread {
  notice: {
    id: ID
    title: string
    body: string
    org: ID
    targetOrg: ID
    priority: string
    push: boolean
    email: boolean
    status: string
  }
  recipients: number
  read: number
  unread: { id: ID; fullName: string; org: string }[]
}

export async function unreadOf(
  payload: Payload,
  user: SignedInUser,
  id: string,
): Promise<NoticeUnread | null> {
  const notice = await payload
    .findByID({ collection: 'notices', id, depth: 0, overrideAccess: false, user, disableErrors: true })
    .catch(() => null)
  if (!notice) return null
  const asCaller = { depth: 0, overrideAccess: false, user } as const
  const [recipients, unread] = await Promise.all([
    payload.count({ collection: 'inbox', where: { notice: { equals: notice.id } }, ...asCaller }),
    payload.find({
      collection: 'inbox',
      where: { and: [{ notice: { equals: notice.id } }, { read: { not_equals: true } }] },
      select: { recipient: true, org: true },
      limit: 0,
      pagination: false,
      ...asCaller,
      depth: 1,
      populate: { users: { fullName: true }, orgs: { name: true } },
    }),
  ])
  return {
    notice: {
      id: notice.id,
      title: notice.title,
      body: notice.body,
      org: idOf(notice.org) as ID,
      targetOrg: idOf(notice.targetOrg) as ID,
      priority: notice.priority,
      push: Boolean(notice.channels?.push),
      email: Boolean(notice.channels?.email),
      status: notice.status,
    },
    recipients: recipients.totalDocs,
    read: recipients.totalDocs - unread.docs.length,
    unread: unread.docs.map((row) => {
      const person = row.recipient as { id: ID; fullName?: string } | ID
      const org = row.org as { name?: string } | ID | null | undefined
      return {
        id: typeof person === 'object' ? person.id : person,
        fullName: typeof person === 'object' ? (person.fullName ?? '') : '',
        org: org && typeof org === 'object' ? (org.name ?? '') : '',
      }
    }),
  }
}
