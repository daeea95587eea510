/**
 * How the admin shows a date field: dd/mm/yyyy (with HH:mm for a moment), never Payload's default
 * "MM/dd/yyyy" or "MMM d, yyy h:mm a", which read 1 December as "12/01/2026" or "thg 12 1, 2026 1:10 AM".
 */
import { DATE_PATTERN, DATE_TIME_PATTERN } from '@sotay/content-schemas/text/dates'

/** A calendar day: a birth date, the day a document was issued. */
export const dayOnly = { pickerAppearance: 'dayOnly', displayFormat: DATE_PATTERN } as const

/** A moment: when something was sent, read, answered. */
export const dayAndTime = { pickerAppearance: 'dayAndTime', displayFormat: DATE_TIME_PATTERN } as const
