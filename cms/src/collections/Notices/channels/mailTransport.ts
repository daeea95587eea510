/** The one mail transport (SMTP_URL), shared by Payload's email adapter and the notices' email channel. */
import nodemailer, { type Transport, type Transporter } from 'nodemailer'

export const MAIL_FROM = () => process.env.MAIL_FROM ?? 'Sổ tay Đảng viên <khong-tra-loi@localhost>'

/** A transport that only logs: used when no SMTP_URL is set, so nothing ever tries the network. */
const logOnly: Transport = {
  name: 'ghi-nhat-ky',
  version: '1.0.0',
  send(mail, callback) {
    console.log(
      `[thư] Chưa cấu hình SMTP_URL: thư gửi ${String(mail.data.to)} «${String(mail.data.subject)}» chỉ được ghi nhật ký.`,
    )
    callback(null, { messageId: `ghi-nhat-ky-${Date.now()}`, envelope: {} })
  },
}

export const smtpConfigured = (): boolean => Boolean(process.env.SMTP_URL)

let cached: { url: string; transport: Transporter } | undefined

export function mailTransport(): Transporter {
  const url = process.env.SMTP_URL ?? ''
  if (cached?.url === url) return cached.transport
  cached?.transport.close()
  const transport = url ? nodemailer.createTransport(url) : nodemailer.createTransport(logOnly)
  cached = { url, transport }
  return transport
}
