/** Writes the planned org tree, parents first, skipping orgs whose code already exists. */
import type { ID } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import type { OrgPlan } from './orgTree.ts'
import { inTransaction } from './transaction.ts'

const BATCH = 200

/** Existing orgs among these codes, as code → id. */
export async function findOrgIds(payload: Payload, codes: string[]): Promise<Map<string, ID>> {
  const ids = new Map<string, ID>()
  for (let i = 0; i < codes.length; i += 500) {
    const found = await payload.find({
      collection: 'orgs',
      where: { code: { in: codes.slice(i, i + 500) } },
      depth: 0,
      limit: 0,
      pagination: false,
      select: { code: true },
    })
    for (const doc of found.docs as { id: ID; code: string }[]) ids.set(doc.code, doc.id)
  }
  return ids
}

export async function writeOrgs(
  payload: Payload,
  plans: OrgPlan[],
  progress: (done: number, total: number) => void,
): Promise<Map<string, ID>> {
  const ids = await findOrgIds(
    payload,
    plans.map((p) => p.code),
  )
  const missing = plans.filter((p) => !ids.has(p.code))
  for (let i = 0; i < missing.length; i += BATCH) {
    await inTransaction(payload, async (req) => {
      for (const plan of missing.slice(i, i + BATCH)) {
        const doc = await payload.create({
          collection: 'orgs',
          data: {
            name: plan.name,
            code: plan.code,
            kind: plan.kind,
            parent: plan.parent ? ids.get(plan.parent) : undefined,
          },
          depth: 0,
          req,
        })
        ids.set(plan.code, doc.id)
      }
    })
    progress(Math.min(i + BATCH, missing.length), missing.length)
  }
  return ids
}
