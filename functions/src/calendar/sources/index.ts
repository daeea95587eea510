/** Every source of "Lịch của tôi": one file each, read as the member. */
import type { CalendarSource } from '../item.ts'
import { entriesSource } from './entries.ts'
import { meetingsSource } from './meetings.ts'
import { studySource } from './study.ts'
import { tasksSource } from './tasks.ts'

export const CALENDAR_SOURCES: CalendarSource[] = [entriesSource, meetingsSource, tasksSource, studySource]
