/**
 * An iCalendar (RFC 5545) feed written by hand: CRLF line ends, lines folded at 75 octets without splitting a
 * UTF-8 character, text escaped, times in UTC. UIDs are the caller's and must stay the same across fetches,
 * so a phone's calendar updates an event rather than adding a copy.
 */

export interface IcalEvent {
  uid: string
  start: Date
  /** Defaults to the start (a deadline is a moment). */
  end?: Date
  summary: string
  description?: string
  location?: string
  status?: 'CONFIRMED' | 'CANCELLED' | 'TENTATIVE'
  /** Changes when the item changes (its updatedAt): clients use it with SEQUENCE to replace their copy. */
  lastModified?: Date
  /** Minutes before the start for an alarm. */
  alarmMinutes?: number
}

export interface IcalCalendar {
  name: string
  events: IcalEvent[]
  now?: Date
}

const CRLF = '\r\n'

/** 20260305T073000Z. */
export const icalUtc = (date: Date): string =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')

export const icalText = (value: string): string =>
  value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n')

/** Folds one content line at 75 octets; continuation lines start with one space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder()
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    const limit = parts.length === 0 ? 75 : 74
    if (octets + size > limit) {
      parts.push(current)
      current = ''
      octets = 0
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join(`${CRLF} `)
}

function eventLines(event: IcalEvent, stamp: Date): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${icalUtc(stamp)}`,
    `DTSTART:${icalUtc(event.start)}`,
    `DTEND:${icalUtc(event.end && event.end > event.start ? event.end : event.start)}`,
    `SUMMARY:${icalText(event.summary)}`,
  ]
  if (event.description) lines.push(`DESCRIPTION:${icalText(event.description)}`)
  if (event.location) lines.push(`LOCATION:${icalText(event.location)}`)
  lines.push(`STATUS:${event.status ?? 'CONFIRMED'}`)
  if (event.lastModified) {
    lines.push(`LAST-MODIFIED:${icalUtc(event.lastModified)}`)
    // Seconds since 2020: grows with every change, as SEQUENCE must.
    lines.push(
      `SEQUENCE:${Math.max(0, Math.floor((event.lastModified.getTime() - Date.UTC(2020, 0, 1)) / 1000))}`,
    )
  }
  if (event.alarmMinutes && event.status !== 'CANCELLED')
    lines.push(
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${icalText(event.summary)}`,
      `TRIGGER:-PT${event.alarmMinutes}M`,
      'END:VALARM',
    )
  lines.push('END:VEVENT')
  return lines
}

export function writeIcal(calendar: IcalCalendar): string {
  const stamp = calendar.now ?? new Date()
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//So tay Dang vien//Lich cua toi//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icalText(calendar.name)}`,
    'X-WR-TIMEZONE:Asia/Ho_Chi_Minh',
    ...calendar.events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ]
  return lines.map(foldLine).join(CRLF) + CRLF
}
