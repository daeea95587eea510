/** The monthly report mail's words: "Báo cáo tháng 11/2026 — <tên tổ chức>", a short summary, the PDF attached. */
import { slugify, viMonth, viRate } from '@sotay/content-schemas'
import type { OrgFigures } from '../report.ts'

const siteUrl = () => (process.env.SERVER_URL ?? '').replace(/\/$/, '')

export const monthlySubject = (month: string, orgName: string) =>
  `Báo cáo tháng ${viMonth(month)} — ${orgName}`

export const monthlyFileName = (month: string, orgName: string) =>
  `bao-cao-thang-${month}-${slugify(orgName)}.pdf`

export function monthlyText(
  month: string,
  periodLabel: string,
  total: OrgFigures,
  person: { fullName: string },
): string {
  const c = total.counters
  const r = total.rates
  return [
    `Kính gửi đồng chí ${person.fullName},`,
    '',
    `Sổ tay Đảng viên gửi kèm báo cáo thống kê hoạt động tháng ${viMonth(month)} (${periodLabel}) của ${total.org.name}, để đồng chí dùng cho báo cáo tháng gửi cấp trên.`,
    '',
    'Tóm tắt:',
    `- Đảng viên: ${c.members}; đã kích hoạt tài khoản: ${c.activated} (${viRate(r.activation)}).`,
    `- Thông báo đã đọc: ${c.noticesRead}/${c.noticesReceived} (${viRate(r.noticeRead)}).`,
    `- Chi bộ sinh hoạt thường kỳ: ${c.meetingsHeld}/${c.meetingsExpected}; tỷ lệ dự họp ${viRate(r.attendance)}.`,
    `- Nhiệm vụ đến hạn: ${c.tasks}, hoàn thành ${c.tasksDone}, quá hạn ${c.tasksOverdue}.`,
    '',
    `Xem chi tiết từng đơn vị trên trang quản trị: ${siteUrl()}/admin`,
    '',
    '— Sổ tay Đảng viên. Thư gửi tự động ngày 1 hằng tháng đến cấp ủy, bí thư có địa chỉ thư điện tử; báo cáo chỉ gồm tổ chức đồng chí phụ trách.',
  ].join('\n')
}
