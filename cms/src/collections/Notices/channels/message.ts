/** What a notice says on each channel: the push payload {title, body, url, noticeId, priority}, its TTL and urgency. */
import type { ID, NoticeChannel, NoticePriority } from '@sotay/content-schemas'
import type { Notice } from '../../../payload-types.ts'

/** A notice as the channels read it: a stored notice, or a one-off message with its own summary and link. */
export type ChannelNotice = Pick<Notice, 'title'> &
  Partial<Pick<Notice, 'body' | 'priority' | 'channels'>> & {
    id: ID
    summary?: string | null
    url?: string | null
  }

/** The push payload's priority word, as devices have always received it: khẩn (urgent) or thường. */
const PUSH_PRIORITY = { urgent: 'khan', important: 'thuong', normal: 'thuong' } as const satisfies Record<
  NoticePriority,
  string
>
export type PushPriority = (typeof PUSH_PRIORITY)[NoticePriority]

export interface PushMessage {
  title: string
  body: string
  url: string
  noticeId: string
  priority: PushPriority
}

export const priorityOf = (notice: ChannelNotice): PushPriority =>
  PUSH_PRIORITY[notice.priority ?? 'normal'] ?? 'thuong'

/** A notice without its channel choices (a one-off message) goes everywhere; a stored one where it says. */
export function wantsNoticeChannel(notice: ChannelNotice, channel: NoticeChannel): boolean {
  const { channels } = notice
  if (!channels) return true
  return channels[channel] === true
}

/** Where a tap on the notification leads: the notice in the member app's inbox. */
export const noticeUrl = (notice: ChannelNotice): string =>
  notice.url ?? `/thanh-vien/hop-thu/#thong-bao-${encodeURIComponent(String(notice.id))}`

/** The notice's text: its summary if it has one, else its body (a plain textarea). */
export const noticeText = (notice: ChannelNotice): string =>
  notice.summary ?? (typeof notice.body === 'string' ? notice.body : '')

const clip = (text: string, max: number) =>
  text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text

export function pushMessage(notice: ChannelNotice): PushMessage {
  const priority = priorityOf(notice)
  // Push services cap the payload at 4 KB; Vietnamese letters take 2–3 bytes each.
  return {
    title: clip(priority === 'khan' ? `[Khẩn] ${notice.title}` : notice.title, 120),
    body: clip(noticeText(notice).replace(/\s+/g, ' '), 300),
    url: noticeUrl(notice),
    noticeId: String(notice.id),
    priority,
  }
}

/** Seconds a push service keeps an undelivered message: urgent ones matter for a day, the others for four. */
export const ttlSeconds = (priority: PushPriority): number =>
  priority === 'khan' ? 24 * 3600 : 4 * 24 * 3600
