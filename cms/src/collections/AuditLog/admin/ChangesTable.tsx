/**
 * "Các trường thay đổi" on an audit entry: one row per field, before and after, as plain text. The raw JSON
 * editor Payload would show loads its code editor from a CDN, which a closed network never reaches.
 */
import type { Field, Payload } from 'payload'
import { isCollectionSlug } from '../../shared/isCollectionSlug.ts'
import type { FieldChange } from '../entry.ts'

const cell = { padding: '6px 12px 6px 0', verticalAlign: 'top' as const, borderTop: '1px solid #ddd' }

const shown = (value: unknown): string => {
  if (value === null || value === undefined || value === '') return '—'
  return typeof value === 'string' ? value : JSON.stringify(value)
}

interface Entry {
  collectionSlug?: string | null
  changes?: FieldChange[]
  details?: Record<string, unknown>
}

/** Field name → its Vietnamese label in the audited collection, as it is configured today. */
function fieldLabels(payload: Payload | undefined, slug: string | null | undefined): Map<string, string> {
  const labels = new Map<string, string>()
  const walk = (fields: Field[]) => {
    for (const field of fields) {
      const text = 'label' in field ? field.label : undefined
      const vi = typeof text === 'string' ? text : (text as { vi?: string } | undefined)?.vi
      if ('name' in field && field.name && vi) labels.set(field.name, vi)
      else if ('fields' in field && !('name' in field && field.name)) walk(field.fields)
    }
  }
  const collection =
    slug && payload && isCollectionSlug(payload, slug) ? payload.collections[slug] : undefined
  if (collection) walk(collection.config.fields)
  return labels
}

export function ChangesTable({ data, payload }: { data?: Entry; payload?: Payload }) {
  const changes = data?.changes ?? []
  const labels = fieldLabels(payload, data?.collectionSlug)
  const fieldName = (field: string) => (labels.has(field) ? `${labels.get(field)} (${field})` : field)
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
                <td style={cell}>{fieldName(c.field)}</td>
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
