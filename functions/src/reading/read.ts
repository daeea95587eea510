/** Reads items as the signed-in member: Payload's access rules decide (overrideAccess: false), published only. */
import { memberScope } from '@sotay/content-schemas'
import type { Payload, Where } from 'payload'
import type { SignedInUser } from '../session/member.ts'
import { KINDS } from './kinds.ts'
import type { StoredItem } from './present.ts'
import type { ReadingKind } from './schemas.ts'

const published: Where = { _status: { equals: 'published' } }
const populate = {
  orgs: { name: true },
  media: { url: true, mimeType: true, filesize: true, filename: true, alt: true, sizes: true },
} as const

export interface ListArgs {
  page: number
  limit: number
  scope: 'all' | 'mine'
}

export async function readList(payload: Payload, user: SignedInUser, kind: ReadingKind, args: ListArgs) {
  const scope = memberScope(user)
  if (args.scope === 'mine' && !scope.length) return { docs: [], page: 1, totalPages: 0, totalDocs: 0 }
  const mine: Where[] = args.scope === 'mine' ? [{ audience: { equals: 'org' } }, { org: { in: scope } }] : []
  const found = await payload.find({
    collection: kind,
    where: { and: [published, ...mine] },
    sort: KINDS[kind].sort,
    page: args.page,
    limit: args.limit,
    depth: 1,
    select: KINDS[kind].listFields,
    populate,
    user,
    overrideAccess: false,
  })
  return { ...found, docs: found.docs as unknown as StoredItem[] }
}

/** By slug, or by id (digits); null when absent or not readable: the caller cannot tell which. */
export async function readItem(
  payload: Payload,
  user: SignedInUser,
  kind: ReadingKind,
  ref: string,
): Promise<StoredItem | null> {
  const ways: Where[] = []
  if (KINDS[kind].slugged) ways.push({ slug: { equals: ref } })
  if (/^\d{1,15}$/.test(ref)) ways.push({ id: { equals: ref } })
  if (!ways.length) return null
  const { docs } = await payload.find({
    collection: kind,
    where: { and: [published, { or: ways }] },
    depth: 1,
    limit: 1,
    populate,
    user,
    overrideAccess: false,
  })
  return (docs[0] as unknown as StoredItem | undefined) ?? null
}

/** These rows (search hits), as far as the member may read them. */
export async function readMany(
  payload: Payload,
  user: SignedInUser,
  kind: ReadingKind,
  ids: string[],
  extra: Record<string, true> = {},
): Promise<Map<string, StoredItem>> {
  if (!ids.length) return new Map()
  const { docs } = await payload.find({
    collection: kind,
    where: { and: [published, { id: { in: ids } }] },
    depth: 1,
    limit: ids.length,
    pagination: false,
    select: { ...KINDS[kind].listFields, ...extra },
    populate,
    user,
    overrideAccess: false,
  })
  return new Map((docs as unknown as StoredItem[]).map((d) => [String(d.id), d]))
}
