/**
 * The Article 8 flag (Điều lệ Đảng, Điều 8): once a member has missed regular meetings without good reason in
 * 3 months of a year, the secretaries of their cell get one notice about it. After each regular meeting the
 * job recomputes the cell's year; the notice itself is the record, so each member is flagged once a year.
 */
import { ARTICLE8_MONTHS, type ID, idOf, viMonth } from '@sotay/content-schemas'
import type { Payload, TaskConfig } from 'payload'
import { sendNotice } from '../../Notices/fanout/sendNotice.ts'
import { attendanceReport } from '../reports/attendanceReport.ts'

export const ARTICLE8_TASK = 'meetingsArticle8'

export const article8Title = (fullName: string, year: number) =>
  `Đảng viên vắng sinh hoạt không có lý do ${ARTICLE8_MONTHS} tháng trong năm ${year}: ${fullName}`

/** Flags, for the cells whose regular meetings started in the 3 days before `now`; returns the members flagged now. */
export async function flagArticle8(payload: Payload, now = new Date()): Promise<ID[]> {
  const since = new Date(now.getTime() - 3 * 24 * 3600_000)
  const { docs } = await payload.find({
    collection: 'meetings',
    where: {
      and: [
        { kind: { equals: 'thuong-ky' } },
        { status: { not_equals: 'cancelled' } },
        { startsAt: { greater_than_equal: since.toISOString() } },
        { startsAt: { less_than_equal: now.toISOString() } },
      ],
    },
    select: { org: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const cells = new Map(docs.map((d) => [String(idOf(d.org)), idOf(d.org) as ID]))
  const flagged: ID[] = []
  for (const cell of cells.values()) {
    const report = await attendanceReport(payload, cell, now)
    for (const m of report.members.filter((x) => x.flagged && String(x.member.org) === String(cell))) {
      const title = article8Title(m.member.fullName, report.year)
      const already = await payload.count({
        collection: 'notices',
        where: { and: [{ title: { equals: title } }, { targetOrg: { equals: cell } }] },
        overrideAccess: true,
      })
      if (already.totalDocs) continue
      await sendNotice(payload, {
        fromOrg: cell,
        title,
        body: `Đồng chí ${m.member.fullName} vắng sinh hoạt thường kỳ không có lý do trong các tháng ${m.unexcusedMonths
          .map(viMonth)
          .join(
            ', ',
          )}. Theo Điều 8 Điều lệ Đảng, chi bộ xem xét, đề nghị xóa tên. Xem báo cáo điểm danh trong mục “Sinh hoạt chi bộ”.`,
        target: { org: cell, roles: ['secretary'] },
        priority: 'important',
      })
      flagged.push(m.member.id)
    }
  }
  return flagged
}

export const article8Task: TaskConfig<{ input: Record<string, never>; output: { flagged: number } }> = {
  slug: ARTICLE8_TASK,
  label: 'Báo bí thư đảng viên vắng sinh hoạt không lý do 3 tháng (Điều 8)',
  outputSchema: [{ name: 'flagged', type: 'number' }],
  schedule: [{ cron: '0 30 1 * * *', queue: 'default' }],
  retries: 1,
  handler: async ({ req }) => ({ output: { flagged: (await flagArticle8(req.payload)).length } }),
}
