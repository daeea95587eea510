/** Payload's own mail (password reset, verification) on the notices' one transport. */
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { MAIL_FROM, mailTransport, smtpConfigured } from './mailTransport.ts'

// Always a transport: SMTP_URL, or one that only logs (never ethereal.email, which needs the network).
export const payloadEmail = () =>
  nodemailerAdapter({
    defaultFromAddress: MAIL_FROM().match(/<(.+)>/)?.[1] ?? MAIL_FROM(),
    defaultFromName: MAIL_FROM().replace(/\s*<.+>$/, ''),
    transport: mailTransport(),
    // The log-only transport has nothing to verify.
    skipVerify: !smtpConfigured(),
  })
