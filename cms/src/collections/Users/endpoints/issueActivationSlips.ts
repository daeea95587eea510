/** Issues fresh one-time codes to the members in scope who have not activated yet, as slips in sheet order. */
import {
  canResetAccount,
  generateActivationCode,
  type ID,
  idOf,
  type SessionUser,
  sealActivationCode,
} from '@sotay/content-schemas'
import type { PayloadRequest, Where } from 'payload'
import { forwardedClientIp } from '../../../auth/clientAddress.ts'
import { emitSignInEvent } from '../../../auth/events.ts'
import type { ActivationSlip } from './activationSlips.ts'

const vi = new Intl.Collator('vi')

/** Vietnamese lists sort by given name (the last word), then by the whole name. */
const givenName = (fullName: string) => fullName.split(' ').pop() ?? fullName

function bySheetOrder(a: ActivationSlip, b: ActivationSlip): number {
  return (
    vi.compare(a.cell, b.cell) ||
    vi.compare(givenName(a.fullName), givenName(b.fullName)) ||
    vi.compare(a.fullName, b.fullName)
  )
}

/** Issues fresh codes to the not-yet-activated members in scope that this actor may reset, and lists them. */
export async function issueActivationSlips(
  req: PayloadRequest,
  actor: SessionUser,
  scope: Where[],
): Promise<ActivationSlip[]> {
  const members = await req.payload.find({
    collection: 'users',
    // Pending: issued a code (import, reset, an earlier print) and not activated since.
    where: {
      and: [
        ...scope,
        { activationCode: { exists: true } },
        { activationCode: { not_equals: '' } },
        { activatedAt: { exists: false } },
      ],
    },
    select: { fullName: true, username: true, org: true, orgAncestors: true, grants: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  // Admin accounts are given passwords, never slips; the actor's own account is not theirs to reset.
  const docs = members.docs.filter((d) => !d.grants?.length && canResetAccount(actor, d))
  const codes = new Map<string, string>()
  for (const d of docs) {
    const code = generateActivationCode()
    codes.set(String(d.id), code)
    // The account write is the server's (activation state is server-owned); the actor's right was checked.
    await req.payload.db.updateOne({
      collection: 'users',
      id: d.id,
      data: { activationCode: sealActivationCode(req.payload.secret, code) },
      req,
      returning: false,
    })
  }
  // The audit log hears the issue as one sign-in event.
  await emitSignInEvent(req.payload, {
    type: 'activation-code-issued',
    door: 'api',
    ip: forwardedClientIp(req.headers),
    actorId: actor.id,
    userIds: docs.map((d) => d.id),
  })
  const orgIds = [...new Set(docs.map((d) => idOf(d.org)).filter((id): id is ID => id !== undefined))]
  const names = new Map<string, string>()
  for (let i = 0; i < orgIds.length; i += 1000) {
    const orgs = await req.payload.find({
      collection: 'orgs',
      where: { id: { in: orgIds.slice(i, i + 1000) } },
      select: { name: true },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    for (const o of orgs.docs) names.set(String(o.id), o.name)
  }
  return docs
    .map((d) => ({
      fullName: d.fullName,
      cardNumber: d.username,
      cell: names.get(String(idOf(d.org))) ?? '',
      code: codes.get(String(d.id)) ?? '',
    }))
    .sort(bySheetOrder)
}
