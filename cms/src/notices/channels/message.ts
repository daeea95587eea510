/** What a notice says on each channel: the push payload {title, body, url, noticeId, priority}, its TTL and urgency. */

/** The fields of a notice the channels read; the notices collection may carry more. */
export interface ChannelNotice {
  id: number | string
  title: string
  summary?: string | null
  body?: unknown
  priority?: string | null
  /** ['push', 'email'], or { push: true, email: false }; missing means every channel. */
  channels?: string[] | Record<string, unknown> | null
  url?: string | null
}

export type Priority = 'khan' | 'thuong'

export interface PushMessage {
  title: string
  body: string
  url: string
  noticeId: string
  priority: Priority
}

/** khẩn (urgent) notices; the notices collection may spell it 'khan', 'urgent' or 'high'. */
export const priorityOf = (notice: ChannelNotice): Priority =>
  ['khan', 'khẩn', 'urgent', 'high'].includes(String(notice.priority ?? '').toLowerCase()) ? 'khan' : 'thuong'

export function wantsNoticeChannel(notice: ChannelNotice, channel: 'push' | 'email'): boolean {
  const { channels } = notice
  if (!channels) return true
  if (Array.isArray(channels)) return channels.includes(channel)
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
export const ttlSeconds = (priority: Priority): number => (priority === 'khan' ? 24 * 3600 : 4 * 24 * 3600)
