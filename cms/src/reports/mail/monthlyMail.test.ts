/**
 * The monthly report mail through the jobs queue and a real SMTP server: each committee's grant holder with an
 * email gets last month's PDF of their own subtree (pdftotext reads the org and a figure back), the send is in the
 * audit log as an export, cells and editors get nothing, and a second run sends nothing again.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { addMonths } from '@sotay/content-schemas'
import type { ParsedMail } from 'mailparser'
import nodemailer from 'nodemailer'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { startSmtpServer } from '../../../test/channels/smtp.ts'
import { type AccessTree, buildAccessTree } from '../../../test/fixtures/accessTree.ts'
import { type ReportActivity, seedReportActivity } from '../../../test/fixtures/reportActivity.ts'
import { testPayload } from '../../../test/payload.ts'
import { rollUpReportDays } from '../rollup/rollUp.ts'
import { MONTHLY_REPORT_MAIL_TASK, monthlyMailDue } from './job.ts'
import { sendMonthlyReports } from './send.ts'

const P = `thang${Date.now().toString(36)}`
let payload: Payload
let tree: AccessTree
let seeded: ReportActivity
let smtp: Awaited<ReturnType<typeof startSmtpServer>>
const smtpBefore = process.env.SMTP_URL

const emailOf = (who: string) => `${P}-${who}@example.vn`
const mine = () =>
  smtp.messages
    .filter((m) => addressOf(m).startsWith(`${P}-`))
    .sort((a, b) => addressOf(a).localeCompare(addressOf(b)))
const addressOf = (m: ParsedMail) => (Array.isArray(m.to) ? m.to[0] : m.to)?.text ?? ''

beforeAll(async () => {
  payload = await testPayload()
  smtp = await startSmtpServer()
  process.env.SMTP_URL = smtp.url
  tree = await buildAccessTree(payload, `MML${Date.now()}`)
  const u = tree.users
  for (const [user, who] of [
    [u.adminA, 'an'],
    [u.adminB, 'binh'],
    [u.secretaryA1, 'dong'],
    [u.editorA, 'y'],
  ] as const)
    await payload.update({
      collection: 'users',
      id: user.id,
      data: { email: emailOf(who) },
      overrideAccess: true,
    })
  seeded = await seedReportActivity(payload, tree)
  await rollUpReportDays(payload, { from: seeded.yesterday })
})

afterAll(async () => {
  vi.useRealTimers()
  if (smtpBefore === undefined) delete process.env.SMTP_URL
  else process.env.SMTP_URL = smtpBefore
  await smtp?.close()
})

/** 08:00 (Vietnam) on the 1st of the month after yesterday's: its report is of yesterday's month. */
const theFirst = () => new Date(`${addMonths(seeded.yesterday.slice(0, 7), 1)}-01T08:00:00+07:00`)

/** Runs the job on the 1st, as the scheduler and the runner do in production. */
async function runOnTheFirst() {
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(theFirst())
  try {
    const job = (await payload.jobs.queue({
      task: MONTHLY_REPORT_MAIL_TASK as never,
      input: {} as never,
    })) as {
      id: number | string
    }
    await payload.jobs.runByID({ id: job.id })
    const left = await payload.find({
      collection: 'payload-jobs',
      where: { id: { equals: job.id } },
      depth: 0,
    })
    expect(left.docs.map((d) => d.error)).toEqual([])
  } finally {
    vi.useRealTimers()
  }
}

function pdfText(pdf: Buffer): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'bao-cao-')), 'bao-cao.pdf')
  writeFileSync(file, pdf)
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
}

describe('the monthly report mail', () => {
  it('is due from 06:00 on the 1st to the 3rd, Vietnam time', () => {
    expect(monthlyMailDue(new Date('2026-11-30T23:30:00Z'))).toBe(true) // 06:30 on 1 December
    expect(monthlyMailDue(new Date('2026-11-30T22:30:00Z'))).toBe(false) // 05:30
    expect(monthlyMailDue(new Date('2026-12-03T16:59:00Z'))).toBe(true) // 23:59 on the 3rd
    expect(monthlyMailDue(new Date('2026-12-03T17:00:00Z'))).toBe(false) // the 4th
  })

  it('gives a failed send’s claim back, so the next run sends it', async () => {
    const closed = nodemailer.createTransport('smtp://127.0.0.1:1')
    const result = await sendMonthlyReports(payload, { now: theFirst(), mail: closed })
    expect(result.failed).toBeGreaterThanOrEqual(2)
    expect(result.sent).toBe(0)
    const claims = await payload.count({
      collection: 'report-mailings',
      where: { org: { in: [tree.orgs.a.id, tree.orgs.b.id] } },
      overrideAccess: true,
    })
    expect(claims.totalDocs).toBe(0)
  })

  it('sends each committee its own subtree’s PDF, in Vietnamese, and writes the send to the audit log', async () => {
    await runOnTheFirst()
    const mails = mine()
    // The cell's secretary and the editor get nothing: cells report up, editors do not report.
    expect(mails.map(addressOf)).toEqual([emailOf('an'), emailOf('binh')])
    const month = seeded.yesterday.slice(0, 7)
    const viMonth = `${month.slice(5)}/${month.slice(0, 4)}`
    const [an, binh] = mails
    expect(an.subject).toBe(`Báo cáo tháng ${viMonth} — Đảng ủy xã An Bình`)
    expect(an.text).toContain('Kính gửi đồng chí Trần Văn An')
    expect(an.text).toContain('Thông báo đã đọc: 1/4 (25%)')
    expect(binh.subject).toBe(`Báo cáo tháng ${viMonth} — Đảng ủy phường Bình Minh`)
    expect(an.attachments).toHaveLength(1)
    const [attachment] = an.attachments
    expect(attachment.contentType).toBe('application/pdf')
    expect(attachment.filename).toBe(`bao-cao-thang-${month}-dang-uy-xa-an-binh.pdf`)
    const text = pdfText(attachment.content)
    expect(text).toContain('Đảng ủy xã An Bình')
    expect(text).toContain('Chi bộ thôn Đông')
    expect(text).toMatch(/Đảng viên: 4;/)
    // A's report holds nothing of B's subtree, and B's nothing of A's.
    expect(text).not.toContain('Bình Minh')
    expect(text).not.toContain('khu phố 3')
    const other = pdfText(binh.attachments[0].content)
    expect(other).toContain('Chi bộ khu phố 3')
    expect(other).not.toContain('An Bình')

    const entries = await payload.find({
      collection: 'audit-log',
      where: { action: { equals: 'export' }, org: { in: [tree.orgs.a.id, tree.orgs.b.id] } },
      depth: 0,
      overrideAccess: true,
    })
    // The failed run above is in the log too: the entry comes before the mail.
    expect([...new Set(entries.docs.map((e) => e.docTitle))].sort()).toEqual([
      'Báo cáo thống kê Đảng ủy phường Bình Minh',
      'Báo cáo thống kê Đảng ủy xã An Bình',
    ])
    const entryA = entries.docs.find((e) => String(e.org) === String(tree.orgs.a.id))
    expect(entryA).toMatchObject({ actorName: 'Hệ thống' })
    expect(entryA?.details).toMatchObject({
      format: 'pdf',
      channel: 'email',
      recipients: [tree.users.adminA.id],
    })
  })

  it('sends nothing again on a second run, and records who was sent what', async () => {
    const before = smtp.messages.length
    await runOnTheFirst()
    expect(smtp.messages.length).toBe(before)
    const { docs } = await payload.find({
      collection: 'report-mailings',
      where: { org: { in: [tree.orgs.a.id, tree.orgs.b.id] } },
      depth: 0,
      overrideAccess: true,
    })
    expect(docs.map((d) => [String(d.recipient), d.status]).sort()).toEqual(
      [
        [String(tree.users.adminA.id), 'sent'],
        [String(tree.users.adminB.id), 'sent'],
      ].sort(),
    )
  })
})
