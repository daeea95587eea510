/**
 * Who answered a survey, per organisation (tham gia khảo sát theo tổ chức): the participation rows under an org
 * the caller looks into, counted per org one level below it (drill down by asking for that org). Names only in
 * a named survey and once the org is a cell; an anonymous survey shows counts alone.
 */
import { type ID, idOf, idsOf, type Ref } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import type { SurveyParticipationAnswer } from './schemas.ts'

type Row = { member: Ref; org: Ref; orgAncestors?: Ref[] | null }
const asId = (id: string): ID => (/^\d+$/.test(id) ? Number(id) : id)

export async function surveyParticipation(
  payload: Payload,
  survey: { id: ID; anonymous?: boolean | null },
  org: ID,
): Promise<SurveyParticipationAnswer> {
  const found = await payload.find({
    collection: 'survey-participation',
    where: {
      and: [
        { survey: { equals: survey.id } },
        { or: [{ org: { equals: org } }, { orgAncestors: { in: [org] } }] },
      ],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { member: true, org: true, orgAncestors: true },
  })
  const rows = found.docs as unknown as Row[]
  const groups = new Map<string, Row[]>()
  for (const row of rows) {
    const lineage = [...idsOf(row.orgAncestors), idOf(row.org)].map(String)
    const below = lineage[lineage.indexOf(String(org)) + 1] ?? String(org)
    groups.set(below, [...(groups.get(below) ?? []), row])
  }
  const names = await payload.find({
    collection: 'orgs',
    where: { id: { in: [...new Set([String(org), ...groups.keys()])].map(asId) } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { name: true },
  })
  const nameOf = new Map(names.docs.map((o) => [String(o.id), String((o as { name?: string }).name ?? '')]))
  const own = groups.get(String(org)) ?? []
  const people =
    own.length && !survey.anonymous
      ? await payload.find({
          collection: 'users',
          where: { id: { in: own.map((r) => idOf(r.member) as ID) } },
          depth: 0,
          limit: 0,
          pagination: false,
          overrideAccess: true,
          select: { fullName: true },
        })
      : { docs: [] }
  return {
    org: { id: org, name: nameOf.get(String(org)) ?? '' },
    respondents: rows.length,
    orgs: [...groups.entries()]
      .filter(([id]) => id !== String(org))
      .map(([id, members]) => ({
        org: { id: asId(id), name: nameOf.get(id) ?? '' },
        respondents: members.length,
      }))
      .sort((a, b) => a.org.name.localeCompare(b.org.name, 'vi')),
    members: people.docs
      .map((p) => String((p as { fullName?: string }).fullName ?? ''))
      .sort((a, b) => a.localeCompare(b, 'vi')),
  }
}
