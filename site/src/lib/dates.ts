/** Dates as Vietnamese readers write them (dd/mm/yyyy), always in Vietnam time whatever the build machine's zone. */

const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
})

/** "05/03/2026" in Asia/Ho_Chi_Minh. */
export function viDate(value: string | Date | undefined | null): string {
  if (!value) return ''
  const date = typeof value === 'string' ? new Date(value) : value
  if (Number.isNaN(date.getTime())) return ''
  const get = (type: string) => parts.formatToParts(date).find((p) => p.type === type)?.value ?? ''
  return `${get('day')}/${get('month')}/${get('year')}`
}

/** The year in Vietnam time. */
export function viYear(value: string | Date): number {
  return Number(viDate(value).slice(6))
}
