/** A roll-up's flows and snapshot as report counters; meetings expected are the cells times the months. */
import { addCounters, type Counters, emptyCounters } from '@sotay/content-schemas'
import type { Row } from '../sql.ts'
import { FLOW_COUNTERS, SNAPSHOT_COUNTERS } from './counters.ts'
import { countersOf } from './read.ts'

export function countersIn(flows: Row | undefined, snapshot: Row | undefined, months: number): Counters {
  const { activeMonth: _, ...state } = countersOf(snapshot, SNAPSHOT_COUNTERS)
  const counters = addCounters(emptyCounters(), { ...countersOf(flows, FLOW_COUNTERS), ...state })
  counters.meetingsExpected = counters.cells * months
  return counters
}
