/**
 * The monthly report mails: for each committee's recipients (`recipients.ts`), last month's report of the
 * committee's subtree as the PDF export makes it, one mail each through the one mail transport. Each recipient is
 * claimed first (`report-mailings`, unique per month, org and person), so a second run or a second process sends
 * nothing again; a failed send gives its claim back for the next run, and a claim left by a run that died before
 * its mail is taken over an hour later (that mail may then go twice). Each committee's send is written to the
 * audit log as an export, before anything is sent: no entry, no mail.
 */
import { addMonths, type ID, viDateTime } from '@sotay/content-schemas'
import type { Transporter } from 'nodemailer'
import type { Payload } from 'payload'
import { recordAudit } from '../../collections/AuditLog/record.ts'
import { MAIL_FROM, mailTransport } from '../../collections/Notices/channels/mailTransport.ts'
import { lastMonth, type Period, periodLabel } from '../period.ts'
import { subtreeReport } from '../report.ts'
import { monthlyFileName, monthlySubject, monthlyText } from './message.ts'
import { type CommitteeMailing, committeeMailings, type Recipient } from './recipients.ts'

const MAILINGS = 'report-mailings'
/** Claims are kept this many months back, then deleted: enough to answer "was last year's sent?". */
export const REPORT_MAILINGS_KEPT_MONTHS = 13
const STALE_CLAIM_MS = 3_600_000

export interface MonthlyMailOptions {
  now?: Date
  /** Default: the one transport (SMTP_URL, or one that only logs). */
  mail?: Transporter
}

export interface MonthlyMailResult {
  month: string
  sent: number
  /** Already sent (or being sent by another run). */
  skipped: number
  failed: number
}

const keyOf = (month: string, org: ID, person: ID) => `${month}:${org}:${person}`

export async function sendMonthlyReports(
  payload: Payload,
  { now = new Date(), mail = mailTransport() }: MonthlyMailOptions = {},
): Promise<MonthlyMailResult> {
  const { month, period } = lastMonth(now)
  const result: MonthlyMailResult = { month, sent: 0, skipped: 0, failed: 0 }
  await payload.delete({
    collection: MAILINGS,
    where: { month: { less_than: addMonths(month, -REPORT_MAILINGS_KEPT_MONTHS) } },
    overrideAccess: true,
  })
  // A claim still 'sending' an hour on belongs to a run that died between its claim and its mail: sent again.
  await payload.delete({
    collection: MAILINGS,
    where: {
      and: [
        { status: { equals: 'sending' } },
        { createdAt: { less_than: new Date(now.getTime() - STALE_CLAIM_MS).toISOString() } },
      ],
    },
    overrideAccess: true,
  })
  const taken = await takenKeys(payload, month)
  for (const mailing of await committeeMailings(payload)) {
    const due = mailing.recipients.filter((p) => !taken.has(keyOf(month, mailing.org.id, p.id)))
    result.skipped += mailing.recipients.length - due.length
    if (due.length) await sendOne(payload, mail, { month, period, now }, mailing.org, due, result)
  }
  return result
}

async function takenKeys(payload: Payload, month: string): Promise<Set<string>> {
  const { docs } = await payload.find({
    collection: MAILINGS,
    where: { month: { equals: month } },
    select: { key: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Set(docs.map((d) => d.key))
}

/** One committee: claim its recipients, write the audit entry, render the PDF once, send one mail each. */
async function sendOne(
  payload: Payload,
  mail: Transporter,
  { month, period, now }: { month: string; period: Period; now: Date },
  org: CommitteeMailing['org'],
  due: Recipient[],
  result: MonthlyMailResult,
) {
  const report = await subtreeReport(payload, org.id, period, { trend: false })
  if (!report) return
  const claims: { id: ID; person: Recipient }[] = []
  for (const person of due) {
    const claim = await claimOf(payload, month, org.id, person.id)
    if (claim) claims.push({ id: claim, person })
    else result.skipped += 1
  }
  if (!claims.length) return
  const label = periodLabel(period)
  try {
    await recordAudit(payload, {
      action: 'export',
      actor: null,
      collection: 'reports',
      docId: org.id,
      docTitle: `Báo cáo thống kê ${org.name}`,
      org: org.id,
      details: {
        format: 'pdf',
        from: period.from,
        to: period.to,
        channel: 'email',
        recipients: claims.map((c) => c.person.id),
      },
      ip: null,
    })
  } catch (error) {
    await giveBack(payload, claims)
    throw error
  }
  // Loaded when a mail is due, not with the job list: pdf-lib is heavy for every process that loads the config.
  const { reportPdf } = await import('../export/pdf.ts')
  const pdf = await reportPdf(report, {
    title: org.name,
    period: label,
    exportedBy: 'Hệ thống (thư báo cáo tháng)',
    exportedAt: viDateTime(now),
  })
  for (const { id, person } of claims) {
    try {
      await mail.sendMail({
        from: MAIL_FROM(),
        to: person.email,
        subject: monthlySubject(month, org.name),
        text: monthlyText(month, label, report.total, person),
        attachments: [
          {
            filename: monthlyFileName(month, org.name),
            content: Buffer.from(pdf),
            contentType: 'application/pdf',
          },
        ],
      })
    } catch (error) {
      payload.logger.error(
        `Thư báo cáo tháng ${month} của ${org.name} gửi ${person.email} không được: ${(error as Error).message}`,
      )
      await giveBack(payload, [{ id }])
      result.failed += 1
      continue
    }
    await payload.update({
      collection: MAILINGS,
      id,
      data: { status: 'sent', sentAt: new Date().toISOString() },
      overrideAccess: true,
      depth: 0,
    })
    result.sent += 1
  }
}

/** The claim's id, or null when the key is taken (sent, or being sent by another run). */
async function claimOf(payload: Payload, month: string, org: ID, person: ID): Promise<ID | null> {
  const key = keyOf(month, org, person)
  try {
    const created = await payload.create({
      collection: MAILINGS,
      data: { key, month, org, recipient: person, status: 'sending' },
      overrideAccess: true,
      depth: 0,
    })
    return created.id
  } catch (error) {
    const { totalDocs } = await payload.count({
      collection: MAILINGS,
      where: { key: { equals: key } },
      overrideAccess: true,
    })
    if (totalDocs) return null
    throw error
  }
}

async function giveBack(payload: Payload, claims: { id: ID }[]) {
  await payload.delete({
    collection: MAILINGS,
    where: { id: { in: claims.map((c) => c.id) } },
    overrideAccess: true,
  })
}
