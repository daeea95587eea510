/** The days a roll-up pass recomputes: Vietnam days from and to (both included) and the instants they span. */
import { dayStart } from '../../period.ts'

export interface Window {
  from: string
  to: string
  fromAt: string
  toAt: string
  /** When the pass runs: meetings after it have not happened, tasks due before it are late. */
  now: string
}

export const windowOf = (from: string, to: string, now = new Date()): Window => ({
  from,
  to,
  fromAt: dayStart(from).toISOString(),
  toAt: new Date(dayStart(to).getTime() + 86_400_000).toISOString(),
  now: now.toISOString(),
})
