/**
 * Every source of "Lịch của tôi": the member's entries, meetings, task deadlines, and study windows (quizzes,
 * contests, surveys).
 */
import type { CalendarSource } from '../item.ts'
import { entriesSource } from './entries.ts'
import { meetingsSource } from './meetings.ts'
import { studySource } from './study.ts'
import { tasksSource } from './tasks.ts'

export const CALENDAR_SOURCES: CalendarSource[] = [entriesSource, meetingsSource, tasksSource, studySource]
