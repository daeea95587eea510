/** The org a notice is sent to, as the fan-out needs it: its id and its stored path (`/root/…/org/`). */
import { type ID, idOf, type Ref } from '@sotay/content-schemas'
import type { Payload } from 'payload'

export interface Target {
  id: ID
  path: string
}

export async function targetOf(payload: Payload, ref: Ref | null | undefined): Promise<Target | undefined> {
  const id = idOf(ref)
  if (id === undefined) return undefined
  const org = (await payload.findByID({
    collection: 'orgs',
    id,
    select: { path: true },
    depth: 0,
    overrideAccess: true,
  })) as { path?: string | null }
  // Recipients are found by their path: without one, the fan-out would silently reach nobody.
  if (!org.path) throw new Error(`Tổ chức #${id} chưa có đường dẫn; chạy backfillOrgPaths trước khi gửi.`)
  return { id, path: org.path }
}

/**
 * The direct child of the target that a member's home path lies under, or the target itself for its own
 * members: the rows of the notice's per-org report. `sqlBatches.ts` says the same in SQL.
 */
export function branchOf(target: Target, path: string): ID {
  const next = path.slice(target.path.length).split('/')[0]
  if (!next) return target.id
  return /^\d+$/.test(next) ? Number(next) : next
}
