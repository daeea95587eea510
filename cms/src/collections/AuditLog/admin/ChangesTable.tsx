/**
 * "Các trường thay đổi" on an audit entry: one row per field, before and after, as plain text. The raw JSON
 * editor Payload would show loads its code editor from a CDN, which a closed network never reaches.
 */
import type { FieldChange } from '../entry.ts'

const cell = { padding: '6px 12px 6px 0', verticalAlign: 'top' as const, borderTop: '1px solid #ddd' }

const shown = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '—'
  return typeof value === 'string' ? value : JSON.stringify(value)
}

export function ChangesTable({
  data,
}: {
  data?: { changes?: FieldChange[]; details?: Record<string, unknown> }
}) {
  const changes = data?.changes ?? []
  const details = Object.entries(data?.details ?? {})
  return (
    <div style={{ marginBottom: 24 }}>
      <h4 style={{ margin: '0 0 8px' }}>Các trường thay đổi</h4>
      {changes.length === 0 ? (
        <p>Không có trường nào thay đổi.</p>
      ) : (
        <table style={{ borderCollapse: 'collapse', width: '100%' }}>
          <thead>
            <tr>
              <th style={{ ...cell, textAlign: 'left', borderTop: 'none' }}>Trường</th>
              <th style={{ ...cell, textAlign: 'left', borderTop: 'none' }}>Trước</th>
              <th style={{ ...cell, textAlign: 'left', borderTop: 'none' }}>Sau</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.field}>
                <td style={cell}>{c.field}</td>
                {c.secret ? (
                  <td style={cell} colSpan={2}>
                    (giá trị bí mật, không ghi)
                  </td>
                ) : (
                  <>
                    <td style={{ ...cell, wordBreak: 'break-word' }}>{shown(c.before)}</td>
                    <td style={{ ...cell, wordBreak: 'break-word' }}>{shown(c.after)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {details.length > 0 && (
        <>
          <h4 style={{ margin: '16px 0 8px' }}>Chi tiết</h4>
          <dl style={{ display: 'grid', gridTemplateColumns: 'max-content 1fr', gap: '4px 12px', margin: 0 }}>
            {details.map(([key, value]) => (
              <div key={key} style={{ display: 'contents' }}>
                <dt>{key}</dt>
                <dd style={{ margin: 0, wordBreak: 'break-word' }}>{shown(value)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </div>
  )
}
