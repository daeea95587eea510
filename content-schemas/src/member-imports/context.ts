/** Loads what validation needs to know from the database: the orgs a file names, and who holds its cards and emails. */
import type { Payload, PayloadRequest, Where } from 'payload'
import { chunks } from '../shared/chunks.ts'
import { type ID, idOf, idsOf, type Ref } from '../shared/ids.ts'
import { orgCodeKey, readCardNumber, readEmail } from './cells.ts'
import type { KnownOrg, RawMemberRow, ValidationContext } from './validate.ts'

/** Values per `in` query: well under SQLite's and PostgreSQL's bound-parameter limits. */
const CHUNK = 1000

export interface ImportScope {
  /** Every org of the subtree the import may write to, by id (as string). */
  orgIds: Set<string>
  context: ValidationContext
}

async function findAll(
  payload: Payload,
  req: Partial<PayloadRequest> | undefined,
  collection: 'orgs' | 'users',
  where: Where,
  select: Record<string, true>,
): Promise<Record<string, unknown>[]> {
  const found = await payload.find({
    collection,
    where,
    select,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  return found.docs.map((doc): Record<string, unknown> => ({ ...doc }))
}

function known(doc: Record<string, unknown>, inScope: boolean): KnownOrg {
  return { id: doc.id as ID, code: String(doc.code), ancestors: idsOf(doc.ancestors as Ref[]), inScope }
}

/** The orgs of the subtree rooted at `scopeOrgId`, plus any org the file names outside it (to say so). */
async function loadOrgs(
  payload: Payload,
  req: Partial<PayloadRequest> | undefined,
  raw: RawMemberRow[],
  scopeOrgId: ID,
) {
  const inScope = await findAll(
    payload,
    req,
    'orgs',
    { or: [{ id: { equals: scopeOrgId } }, { ancestors: { in: [scopeOrgId] } }] },
    { code: true, ancestors: true },
  )
  const orgs = new Map<string, KnownOrg>(inScope.map((doc) => [orgCodeKey(doc.code), known(doc, true)]))
  const missing = [
    ...new Set(
      raw.map((r) => String(r.values.orgCode ?? '').trim()).filter((c) => c && !orgs.has(orgCodeKey(c))),
    ),
  ]
  for (const part of chunks(missing, CHUNK)) {
    const codes = [...new Set(part.flatMap((c) => [c, c.toUpperCase()]))]
    for (const doc of await findAll(
      payload,
      req,
      'orgs',
      { code: { in: codes } },
      { code: true, ancestors: true },
    )) {
      orgs.set(orgCodeKey(doc.code), known(doc, false))
    }
  }
  return orgs
}

/**
 * Everything `validateRows` checks against the database, for the rows of one file, with the import's
 * subtree rooted at `scopeOrgId`.
 */
export async function loadImportScope(
  payload: Payload,
  raw: RawMemberRow[],
  scopeOrgId: ID,
  req?: Partial<PayloadRequest>,
): Promise<ImportScope> {
  const orgs = await loadOrgs(payload, req, raw, scopeOrgId)
  const orgIds = new Set([...orgs.values()].filter((o) => o.inScope).map((o) => String(o.id)))

  const cards = [
    ...new Set(raw.map((r) => readCardNumber(r.values.cardNumber)).filter((c): c is string => !!c)),
  ]
  const emails = [...new Set(raw.map((r) => readEmail(r.values.email)).filter((e): e is string => !!e))]
  const existingCards = new Map<string, { inScope: boolean }>()
  const retiredCards = new Set<string>()
  const emailOwners = new Map<string, string>()

  for (const part of chunks(cards, CHUNK)) {
    const holders = await findAll(
      payload,
      req,
      'users',
      { username: { in: part } },
      { username: true, org: true },
    )
    for (const doc of holders) {
      const org = idOf(doc.org as Ref)
      existingCards.set(String(doc.username), { inScope: org !== undefined && orgIds.has(String(org)) })
    }
    const wanted = new Set(part)
    const reissued = await findAll(
      payload,
      req,
      'users',
      { 'cardHistory.number': { in: part } },
      { cardHistory: true },
    )
    for (const doc of reissued) {
      for (const old of (doc.cardHistory ?? []) as { number?: string }[]) {
        if (old.number && wanted.has(old.number)) retiredCards.add(old.number)
      }
    }
  }
  for (const part of chunks(emails, CHUNK)) {
    for (const doc of await findAll(
      payload,
      req,
      'users',
      { email: { in: part } },
      { email: true, username: true },
    )) {
      emailOwners.set(String(doc.email).toLowerCase(), String(doc.username))
    }
  }
  return { orgIds, context: { orgs, existingCards, retiredCards, emailOwners } }
}
