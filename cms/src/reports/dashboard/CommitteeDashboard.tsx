/**
 * The committee dashboard (bảng điều khiển cấp ủy), first on the admin's landing page for committee and secretary
 * roles: tiles of this month for their subtree, the children compared and each a link to drill in, the 12-month
 * trend, and the exports. `?org=` names the org shown; outside the caller's subtree it is refused.
 */
import {
  grantedOrgIds,
  type ID,
  isSuperadmin,
  MEETING_ROLES,
  orgsWithin,
  type SessionUser,
  viRate,
} from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { thisMonth } from '../period.ts'
import { type OrgFigures, subtreeReport } from '../report.ts'
import { siblingsChart, trendChart } from './charts.ts'

interface Props {
  payload: Payload
  user?: SessionUser | null
  searchParams?: Record<string, string | string[] | undefined>
}

const box = { border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '0.75rem' }

async function overseen(payload: Payload, user: SessionUser, named: string | undefined) {
  const roots = isSuperadmin(user)
    ? (
        await payload.find({
          collection: 'orgs',
          where: { parent: { exists: false } },
          select: {},
          depth: 0,
          limit: 10,
          overrideAccess: true,
        })
      ).docs.map((d) => d.id)
    : grantedOrgIds(
        user,
        MEETING_ROLES.filter((r) => r !== 'superadmin'),
      )
  if (!roots.length) return { roots, org: undefined }
  if (named === undefined) return { roots, org: roots[0] }
  const inside = await payload.count({
    collection: 'orgs',
    where: { and: [{ id: { equals: named } }, orgsWithin(roots)] },
    overrideAccess: true,
  })
  return { roots, org: inside.totalDocs ? (named as ID) : null }
}

function tiles(f: OrgFigures): { label: string; value: string; note?: string }[] {
  const c = f.counters
  const r = f.rates
  return [
    { label: 'Đảng viên', value: String(c.members), note: `${c.chinhThuc} chính thức, ${c.duBi} dự bị` },
    { label: 'Tỷ lệ cài đặt', value: viRate(r.activation), note: `${c.activated} tài khoản đã kích hoạt` },
    { label: 'Dùng ứng dụng 30 ngày', value: String(c.active30), note: `7 ngày qua: ${c.active7}` },
    {
      label: 'Đọc thông báo',
      value: viRate(r.noticeRead),
      note: `${c.noticesRead}/${c.noticesReceived} lượt`,
    },
    {
      label: 'Chi bộ đã họp',
      value: `${c.meetingsHeld}/${c.meetingsExpected}`,
      note: `Đăng lịch đúng hạn ngày 20: ${c.meetingsOnTime}`,
    },
    { label: 'Tỷ lệ dự họp', value: viRate(r.attendance) },
    { label: 'Tham gia thi', value: viRate(r.quizParticipation), note: `${c.quizParticipants} người` },
    { label: 'Nhiệm vụ quá hạn', value: String(c.tasksOverdue), note: `Đúng hạn: ${viRate(r.tasksOnTime)}` },
    {
      label: 'Câu hỏi đang chờ',
      value: String(c.questionsWaiting),
      note: `Đã trả lời: ${c.questionsAnswered}`,
    },
  ]
}

export async function CommitteeDashboard({ payload, user, searchParams }: Props) {
  if (!user || !grantedOrgIds(user, MEETING_ROLES).length) return null
  const named = typeof searchParams?.org === 'string' ? searchParams.org : undefined
  const { org } = await overseen(payload, user, named)
  if (org === undefined) return null
  if (org === null)
    return (
      <section aria-label="Bảng điều khiển cấp ủy" style={{ margin: '1.5rem 0' }}>
        <p role="alert">Tổ chức này nằm ngoài phạm vi đồng chí quản lý.</p>
        <a href="/admin">Về bảng điều khiển của đồng chí</a>
      </section>
    )
  const period = thisMonth()
  const report = await subtreeReport(payload, org, period)
  if (!report) return null
  const parent = await parentWithin(payload, user, org, named !== undefined)
  const exportLink = (format: string) => `/fn/reports/export?org=${org}&format=${format}`
  return (
    <section aria-label="Bảng điều khiển cấp ủy" style={{ margin: '1.5rem 0' }}>
      <h2 style={{ marginBottom: 4 }}>{report.total.org.name}</h2>
      <p style={{ marginTop: 0 }}>
        Thống kê tháng này, từ {period.from.split('-').reverse().join('/')} đến{' '}
        {period.to.split('-').reverse().join('/')}. {parent && <a href={parent.href}>← Về {parent.name}</a>}
      </p>
      <ul
        aria-label="Chỉ số chính"
        style={{
          listStyle: 'none',
          padding: 0,
          display: 'grid',
          gap: '0.75rem',
          gridTemplateColumns: 'repeat(auto-fill, minmax(11rem, 1fr))',
        }}
      >
        {tiles(report.total).map((t) => (
          <li key={t.label} style={box}>
            <div style={{ fontSize: 13 }}>{t.label}</div>
            <strong style={{ fontSize: 24 }}>{t.value}</strong>
            {t.note && <div style={{ fontSize: 12, opacity: 0.8 }}>{t.note}</div>}
          </li>
        ))}
      </ul>
      <p>
        Xuất báo cáo: <a href={exportLink('xlsx')}>Tải XLSX</a> · <a href={exportLink('csv')}>Tải CSV</a> ·{' '}
        <a href={exportLink('pdf')}>Tải PDF</a>
      </p>
      {report.children.length > 0 && (
        <>
          <h3>Các tổ chức trực thuộc</h3>
          <div style={{ overflowX: 'auto' }}>
            <table aria-label="Các tổ chức trực thuộc">
              <thead>
                <tr>
                  <th scope="col">Tổ chức</th>
                  <th scope="col">Đảng viên</th>
                  <th scope="col">Cài đặt</th>
                  <th scope="col">Dùng 30 ngày</th>
                  <th scope="col">Đọc thông báo</th>
                  <th scope="col">Đã họp</th>
                  <th scope="col">Dự họp</th>
                  <th scope="col">Quá hạn</th>
                </tr>
              </thead>
              <tbody>
                {report.children.map((child) => (
                  <tr key={String(child.org.id)}>
                    <th scope="row">
                      <a href={`/admin?org=${child.org.id}`}>{child.org.name}</a>
                    </th>
                    <td>{child.counters.members}</td>
                    <td>{viRate(child.rates.activation)}</td>
                    <td>{child.counters.active30}</td>
                    <td>{viRate(child.rates.noticeRead)}</td>
                    <td>
                      {child.counters.meetingsHeld}/{child.counters.meetingsExpected}
                    </td>
                    <td>{viRate(child.rates.attendance)}</td>
                    <td>{child.counters.tasksOverdue}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <Svg label="Biểu đồ so sánh các tổ chức trực thuộc" svg={siblingsChart(report.children)} />
        </>
      )}
      <Svg label="Biểu đồ xu hướng 12 tháng" svg={trendChart(report.trend)} />
    </section>
  )
}

function Svg({ label, svg }: { label: string; svg: string }) {
  return (
    <figure aria-label={label} style={{ margin: '1rem 0', maxWidth: '100%', overflowX: 'auto' }}>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: ECharts' own SVG, drawn on the server from numbers and our org names, which it escapes. */}
      <div dangerouslySetInnerHTML={{ __html: svg }} />
    </figure>
  )
}

/** The parent to go back to, when the caller drilled in and the parent is still theirs to see. */
async function parentWithin(payload: Payload, user: SessionUser, org: ID, drilled: boolean) {
  if (!drilled) return null
  const doc = await payload.findByID({ collection: 'orgs', id: org, depth: 0, overrideAccess: true })
  const parentId = doc.parent && typeof doc.parent === 'object' ? doc.parent.id : doc.parent
  if (parentId === null || parentId === undefined) return null
  const { org: allowed } = await overseen(payload, user, String(parentId))
  if (!allowed) return null
  const parent = await payload.findByID({ collection: 'orgs', id: parentId, depth: 0, overrideAccess: true })
  return { name: parent.name, href: `/admin?org=${parentId}` }
}
