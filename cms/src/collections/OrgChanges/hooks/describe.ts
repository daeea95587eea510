/** The change's progress and its dry run, as the admin reads them. */
import type { FieldHook } from 'payload'
import type { OrgChange } from '../../../payload-types.ts'
import type { ChangePreview } from '../run/applyChange.ts'

const number = new Intl.NumberFormat('vi-VN')

/** Payload's collection labels, by slug, for the counts. */
const LABELS: Record<string, string> = {
  orgs: 'Tổ chức',
  users: 'Đảng viên',
}

const countsText = (counts: Record<string, number> | undefined, labelOf: (slug: string) => string) =>
  Object.entries(counts ?? {})
    .map(([slug, n]) => `${labelOf(slug)}: ${number.format(n)}`)
    .join(' · ')

function labelFor(req: Parameters<FieldHook>[0]['req']) {
  return (slug: string) => {
    if (LABELS[slug]) return LABELS[slug]
    const plural = req.payload.collections[slug as 'news']?.config.labels.plural
    return typeof plural === 'object' && plural && 'vi' in plural ? String(plural.vi) : slug
  }
}

/** "Tiến độ": "45% · Đảng viên: 120 · Tin tức: 3". */
export const showProgress: FieldHook<OrgChange> = ({ data, req }) => {
  const done = countsText(data?.written as Record<string, number> | undefined, labelFor(req))
  return `${Math.floor(Number(data?.percent ?? 0))}%${done ? ` · ${done}` : ''}`
}

/** "Những gì sẽ chuyển": the orgs, the rows per collection, and the members one by one. */
export const showPreview: FieldHook<OrgChange> = ({ data, req }) => {
  const preview = data?.preview as ChangePreview | undefined
  if (!preview) return ''
  const lines = [
    `Tổ chức: ${preview.orgs.join(', ')}`,
    countsText(preview.counts, labelFor(req)),
    '',
    `Đảng viên (${number.format(preview.memberCount)}):`,
    ...preview.members.map((m, i) => `${i + 1}. ${m.name}${m.org ? ` — ${m.org}` : ''}`),
  ]
  if (preview.memberCount > preview.members.length)
    lines.push(`… và ${number.format(preview.memberCount - preview.members.length)} đảng viên khác`)
  return lines.join('\n')
}
