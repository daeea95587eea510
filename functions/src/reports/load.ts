/** One report request, checked: the caller oversees the org (their subtree only), the period is sound. */
import { periodLabel, type SubtreeReport, subtreeReport } from '@sotay/cms/reports'
import { type ID, type SessionUser, viMonth } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { jsonError } from '../http/json.ts'
import { namesById, overseenOrg } from '../meetings/orgs.ts'
import { REPORT_MESSAGES } from './messages.ts'
import { requestedPeriod } from './period.ts'

export interface LoadedReport extends SubtreeReport {
  org: { id: ID; name: string }
  /** The roots the caller oversees, for the org picker. */
  orgs: { id: ID; name: string }[]
  periodLabel: string
}

export async function loadReport(
  payload: Payload,
  user: SessionUser,
  query: { org?: string; from?: string; to?: string },
  { trend = true } = {},
): Promise<LoadedReport | Response> {
  const overseen = await overseenOrg(payload, user, query.org as ID | undefined, REPORT_MESSAGES)
  if (overseen.refused) return overseen.refused
  const period = requestedPeriod(query)
  if (period instanceof Response) return period
  const [report, names] = await Promise.all([
    subtreeReport(payload, overseen.org, period, { trend }),
    namesById(payload, 'orgs', overseen.roots),
  ])
  if (!report) return jsonError(403, 'outside_subtree', REPORT_MESSAGES.orgOutside)
  return {
    ...report,
    org: { id: report.total.org.id, name: report.total.org.name },
    orgs: overseen.roots.map((id) => ({ id, name: names.get(String(id)) ?? '' })),
    periodLabel: periodLabel(period),
  }
}

export const monthLabel = viMonth
