/** Email channel: one plain message per recipient, Vietnamese subject and body (nodemailer encodes them). */
import type { Transporter } from 'nodemailer'
import { MAIL_FROM } from './mailTransport.ts'
import type { PushMessage } from './message.ts'
import { networkFailure } from './reasons.ts'
import { type Attempt, DEFAULT_RETRY, type Outcome, type RetryPolicy, withRetry } from './retry.ts'

const siteUrl = () => (process.env.SERVER_URL ?? '').replace(/\/$/, '')

export function noticeEmail(message: PushMessage, fullText = message.body) {
  const subject = message.priority === 'khan' ? message.title : `[Thông báo] ${message.title}`
  const link = `${siteUrl()}${message.url}`
  const text = `${message.title}\n\n${fullText}\n\nXem đầy đủ: ${link}\n\n— Sổ tay Đảng viên. Có thể tắt thư thông báo trong mục Cài đặt của ứng dụng.`
  return { subject, text }
}

/** SMTP replies: 4xx is "try later", 5xx is final; a dropped connection is transient. */
function classifySmtp(error: unknown): Attempt {
  const code = (error as { responseCode?: number }).responseCode
  if (typeof code === 'number') {
    const reason = `Máy chủ thư từ chối (mã ${code}): ${(error as Error).message}`
    return { ok: false, transient: code < 500, status: code, reason }
  }
  return networkFailure(error, 'máy chủ thư')
}

export async function sendNoticeEmail(
  transport: Transporter,
  to: string,
  message: PushMessage,
  fullText: string,
  policy: RetryPolicy = DEFAULT_RETRY,
): Promise<Outcome> {
  const { subject, text } = noticeEmail(message, fullText)
  return withRetry(async () => {
    try {
      await transport.sendMail({ from: MAIL_FROM(), to, subject, text })
      return { ok: true }
    } catch (error) {
      return classifySmtp(error)
    }
  }, policy)
}
