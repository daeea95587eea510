/**
 * The committee's oversight of a month (Theo dõi sinh hoạt): every cell of its subtree, whether its regular
 * meeting was posted on time, late or not at all, whether it was held, and the attendance rate.
 */
import {
  attendanceRate,
  CELL_KINDS,
  type ID,
  idOf,
  postingDeadline,
  underPaths,
} from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { meetingsOf, subtreePaths } from './meetingsOf.ts'
import { monthTallies } from './tallies.ts'

export type PostingVerdict = 'on-time' | 'late' | 'not-posted'

export const POSTING_VERDICT_LABELS: Record<PostingVerdict, string> = {
  'on-time': 'Đăng đúng hạn',
  late: 'Đăng muộn',
  'not-posted': 'Chưa đăng',
}

export interface CellOversight {
  org: { id: ID; name: string; parent: ID | null }
  posting: PostingVerdict
  meeting: { id: ID; title: string; startsAt: string } | null
  held: boolean
  invited: number
  present: number
  expected: number
  rate: number | null
}

export interface Oversight {
  month: string
  deadline: string
  cells: CellOversight[]
  totals: {
    cells: number
    onTime: number
    late: number
    notPosted: number
    held: number
    rate: number | null
  }
}

export async function monthOversight(
  payload: Payload,
  root: ID,
  month: string,
  now = new Date(),
): Promise<Oversight> {
  // The subtree as one range on the stored paths: a province's 15,000 cells without the lineage table's join.
  const paths = await subtreePaths(payload, [root])
  const cells = await payload.find({
    collection: 'orgs',
    where: { and: [underPaths(paths, 'path'), { kind: { in: [...CELL_KINDS] } }] },
    select: { name: true, parent: true },
    sort: 'name',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  // The month's regular meetings of the subtree, one range on their stored path; only the cells' count below.
  const meetings = await meetingsOf(payload, [root], { month, regularOnly: true })
  const byCell = new Map<string, (typeof meetings)[number]>()
  for (const m of meetings) {
    const key = String(idOf(m.org))
    const seen = byCell.get(key)
    // An on-time posting wins over a late one; otherwise the first of the month.
    if (!seen || (!seen.postedOnTime && m.postedOnTime)) byCell.set(key, m)
  }
  // Counted by the database per meeting, in one GROUP BY over the subtree's range: a province's month is a few
  // hundred thousand rows.
  const tallies = await monthTallies(
    payload,
    paths,
    month,
    [...byCell.values()].map((m) => m.id),
  )
  const none = { invited: 0, present: 0, expected: 0 }
  const out: CellOversight[] = cells.docs.map((cell) => {
    const m = byCell.get(String(cell.id))
    const started = m ? new Date(m.startsAt) <= now : false
    const counts = (m && tallies.get(String(m.id))) || none
    return {
      org: { id: cell.id, name: cell.name, parent: idOf(cell.parent) ?? null },
      posting: m ? (m.postedOnTime ? 'on-time' : 'late') : 'not-posted',
      meeting: m ? { id: m.id, title: m.title, startsAt: m.startsAt } : null,
      held: Boolean(m && (m.status === 'held' || (started && counts.present > 0))),
      invited: counts.invited,
      present: started ? counts.present : 0,
      expected: started ? counts.expected : 0,
      rate: started ? attendanceRate(counts) : null,
    }
  })
  const present = out.reduce((s, c) => s + c.present, 0)
  const expected = out.reduce((s, c) => s + c.expected, 0)
  return {
    month,
    deadline: postingDeadline(month).toISOString(),
    cells: out,
    totals: {
      cells: out.length,
      onTime: out.filter((c) => c.posting === 'on-time').length,
      late: out.filter((c) => c.posting === 'late').length,
      notPosted: out.filter((c) => c.posting === 'not-posted').length,
      held: out.filter((c) => c.held).length,
      rate: attendanceRate({ present, expected }),
    },
  }
}
