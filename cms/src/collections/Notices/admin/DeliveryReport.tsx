/** "Báo cáo gửi và đọc" on a notice: totals, the per-organisation table and a bar chart of read rates (inline SVG). */
import type { ID } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { type BranchCounts, noticeReport } from '../fanout/report.ts'

const number = new Intl.NumberFormat('vi-VN')
const percent = (read: number, of: number) => (of ? Math.round((read / of) * 100) : 0)

export function summaryLine(delivered: number, read: number): string {
  return `Đã gửi ${number.format(delivered)} · Đã đọc ${number.format(read)} (${percent(read, delivered)}%)`
}

function ReadRateChart({ branches }: { branches: BranchCounts[] }) {
  const row = 26
  const labelWidth = 260
  const barWidth = 300
  const height = branches.length * row + 8
  return (
    <svg
      role="img"
      aria-label="Tỉ lệ đã đọc theo tổ chức"
      width={labelWidth + barWidth + 60}
      height={height}
      style={{ maxWidth: '100%', fontSize: 13 }}
    >
      {branches.map((b, i) => {
        const rate = percent(b.read, b.recipients)
        const y = i * row + 4
        return (
          <g key={String(b.org.id)}>
            <text x={0} y={y + 15} fill="currentColor">
              {b.org.name.length > 36 ? `${b.org.name.slice(0, 35)}…` : b.org.name}
            </text>
            <rect x={labelWidth} y={y} width={barWidth} height={18} fill="var(--theme-elevation-100, #eee)" />
            <rect x={labelWidth} y={y} width={(barWidth * rate) / 100} height={18} fill="#b91c1c" />
            <text x={labelWidth + barWidth + 8} y={y + 15} fill="currentColor">
              {rate}%
            </text>
          </g>
        )
      })}
    </svg>
  )
}

export async function DeliveryReport({ payload, id }: { payload: Payload; id?: ID }) {
  if (id === undefined) return <p>Thông báo chưa được lưu.</p>
  const report = await noticeReport(payload, id)
  if (!report.delivered) return <p>Chưa gửi tới ai.</p>
  return (
    <section style={{ margin: '16px 0 24px' }}>
      <h3 style={{ margin: '0 0 8px' }}>{summaryLine(report.delivered, report.read)}</h3>
      <table style={{ borderCollapse: 'collapse', margin: '8px 0 16px', minWidth: 480 }}>
        <thead>
          <tr>
            <th style={{ textAlign: 'left', padding: '4px 12px 4px 0' }}>Tổ chức</th>
            <th style={{ textAlign: 'right', padding: '4px 12px' }}>Người nhận</th>
            <th style={{ textAlign: 'right', padding: '4px 12px' }}>Đã đọc</th>
            <th style={{ textAlign: 'right', padding: '4px 0 4px 12px' }}>Tỉ lệ</th>
          </tr>
        </thead>
        <tbody>
          {report.branches.map((b) => (
            <tr key={String(b.org.id)} style={{ borderTop: '1px solid var(--theme-elevation-150, #ddd)' }}>
              <td style={{ padding: '4px 12px 4px 0' }}>{b.org.name}</td>
              <td style={{ textAlign: 'right', padding: '4px 12px' }}>{number.format(b.recipients)}</td>
              <td style={{ textAlign: 'right', padding: '4px 12px' }}>{number.format(b.read)}</td>
              <td style={{ textAlign: 'right', padding: '4px 0 4px 12px' }}>
                {percent(b.read, b.recipients)}%
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <ReadRateChart branches={report.branches.filter((b) => b.recipients > 0)} />
    </section>
  )
}
