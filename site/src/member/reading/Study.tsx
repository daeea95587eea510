/** Học tập: monthly study topics grouped by month, this month's first (Asia/Ho_Chi_Minh). */
import { viDate } from '@sotay/content-schemas/text/dates'
import type { ReadingSummary } from '@sotay/functions/types'
import { ItemList, ReadingSection } from './ReadingSection.tsx'

/** "12/2026": this month in Vietnam, as the topics' month and year are written. */
function thisMonth(): string {
  const [, month, year] = viDate(new Date()).split('/')
  return `${Number(month)}/${year}`
}

function byMonth(items: ReadingSummary[], open: (ref: string) => void) {
  const groups = new Map<string, ReadingSummary[]>()
  for (const item of items) {
    const key = item.month && item.year ? `${item.month}/${item.year}` : ''
    groups.set(key, [...(groups.get(key) ?? []), item])
  }
  const now = thisMonth()
  // The list comes newest first; this month's topics move to the top even when later months are planned.
  const keys = [...groups.keys()].sort((a, b) => Number(b === now) - Number(a === now))
  return keys.map((key) => (
    <section key={key} className="rd-month">
      <h3>{key ? `Tháng ${key}${key === now ? ' (tháng này)' : ''}` : 'Chưa ghi tháng'}</h3>
      <ItemList items={groups.get(key) ?? []} onOpen={open} />
    </section>
  ))
}

export default function Study() {
  return (
    <>
      <p>
        <a className="button" href="/thanh-vien/trac-nghiem/">
          Làm bài trắc nghiệm
        </a>
      </p>
      <ReadingSection kind="study-topics" noun="chuyên đề" renderAll={byMonth} />
    </>
  )
}
