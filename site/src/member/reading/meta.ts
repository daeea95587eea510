/** One line under an item's title: number and symbol, type, who issued it and when, dates dd/mm/yyyy. */
import { viDate } from '@sotay/content-schemas/text/dates'
import type { ReadingSummary } from '@sotay/functions/types'

export function metaLine(item: ReadingSummary): string {
  const parts: string[] = []
  if (item.kind === 'documents') {
    if (item.numberSymbol) parts.push(item.numberSymbol)
    if (item.typeLabel) parts.push(item.typeLabel)
  }
  if (item.kind === 'study-topics' && item.month && item.year) parts.push(`Tháng ${item.month}/${item.year}`)
  else if (item.date && item.kind !== 'faq') parts.push(viDate(item.date))
  if (item.orgName) parts.push(item.orgName)
  return parts.join(' · ')
}
