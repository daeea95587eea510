/**
 * Every source of "Lịch của tôi". Quizzes and contests (study deadlines, kind `study`) are one more file here,
 * a `CalendarSource` reading their windows as the member, added to this list.
 */
import type { CalendarSource } from '../item.ts'
import { entriesSource } from './entries.ts'
import { meetingsSource } from './meetings.ts'
import { tasksSource } from './tasks.ts'

export const CALENDAR_SOURCES: CalendarSource[] = [entriesSource, meetingsSource, tasksSource]
