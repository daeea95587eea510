/**
 * Who gets a committee's monthly report: each holder of a committee or secretary grant on a committee org (not
 * a cell, not merged away) who has an email, for that org only, so a person is sent the subtree their grant
 * covers and nothing above or beside it. A person with grants on two committees gets two reports.
 */
import { CELL_KINDS, type ID, idOf } from '@sotay/content-schemas'
import type { Payload } from 'payload'

const MAIL_ROLES = ['committee', 'secretary']

export interface Recipient {
  id: ID
  fullName: string
  email: string
}

export interface CommitteeMailing {
  org: { id: ID; name: string }
  recipients: Recipient[]
}

export async function committeeMailings(payload: Payload): Promise<CommitteeMailing[]> {
  const { docs: people } = await payload.find({
    collection: 'users',
    where: { and: [{ 'grants.role': { in: MAIL_ROLES } }, { email: { exists: true } }] },
    select: { fullName: true, email: true, grants: true },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  const byOrg = new Map<string, Recipient[]>()
  for (const person of people) {
    if (!person.email) continue
    // The grants' role and org are matched per grant here: the query's two conditions may meet different grants.
    const orgs = new Set(
      (person.grants ?? []).filter((g) => MAIL_ROLES.includes(g.role)).map((g) => String(idOf(g.org))),
    )
    for (const org of orgs) {
      const list = byOrg.get(org) ?? []
      list.push({ id: person.id, fullName: person.fullName, email: person.email })
      byOrg.set(org, list)
    }
  }
  if (!byOrg.size) return []
  const { docs: orgs } = await payload.find({
    collection: 'orgs',
    where: {
      and: [
        { id: { in: [...byOrg.keys()] } },
        { kind: { not_in: [...CELL_KINDS] } },
        // Orgs written before the status existed have none.
        { or: [{ status: { not_equals: 'merged' } }, { status: { exists: false } }] },
      ],
    },
    select: { name: true },
    sort: 'path',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })
  return orgs.map((org) => ({
    org: { id: org.id, name: org.name },
    recipients: byOrg.get(String(org.id)) ?? [],
  }))
}
