/**
 * The secret feed link: a random token shown once, kept as its SHA-256. Issuing a new link revokes the old one;
 * the owner is read back by the token and the feed is then read as them.
 */
import { createHash, randomBytes } from 'node:crypto'
import type { CalendarFeed, User } from '@sotay/cms'
import { type ID, idOf, type Ref, writeIcal } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { isoDate, type SqlRunner } from '../db/sql.ts'
import type { SignedInUser } from '../session/member.ts'
import type { CalendarItem } from './schemas.ts'

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex')

// Feed rows are the server's (systemOnly): the member asks through the functions, for themself only.
export async function revokeFeeds(payload: Payload, owner: number | string): Promise<void> {
  await payload.update({
    collection: 'calendar-feeds',
    where: { and: [{ owner: { equals: owner } }, { revokedAt: { exists: false } }] },
    data: { revokedAt: new Date().toISOString() },
    overrideAccess: true,
  })
}

export async function issueFeed(payload: Payload, owner: number | string): Promise<string> {
  await revokeFeeds(payload, owner)
  const token = randomBytes(24).toString('base64url')
  await payload.create({
    collection: 'calendar-feeds',
    data: { owner, tokenHash: hashToken(token) },
    overrideAccess: true,
  })
  return token
}

export async function hasActiveFeed(payload: Payload, user: SignedInUser): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'calendar-feeds',
    where: { and: [{ owner: { equals: user.id } }, { revokedAt: { exists: false } }] },
    user,
    overrideAccess: false,
  })
  return totalDocs > 0
}

const TOKEN = /^[\w-]{20,64}$/

/** The feed's owner for a token: `gone` when it was revoked, null when it never existed. */
export async function feedOwner(payload: Payload, token: string): Promise<SignedInUser | 'gone' | null> {
  if (!TOKEN.test(token)) return null
  const { docs } = await payload.find({
    collection: 'calendar-feeds',
    where: { tokenHash: { equals: hashToken(token) } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const feed = docs[0] as CalendarFeed | undefined
  if (!feed) return null
  if (feed.revokedAt) return 'gone'
  const owner = (await payload.findByID({
    collection: 'users',
    id: idOf(feed.owner as Ref) as number,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
  })) as User | null
  if (!owner) return null
  return { ...owner, collection: 'users' } as unknown as SignedInUser
}

/** The same in one SQL statement: the owner's id, `gone`, or null (never was, or its owner is gone). */
export async function leanFeedOwner(sql: SqlRunner, token: string): Promise<ID | 'gone' | null> {
  if (!TOKEN.test(token)) return null
  const [feed] = await sql(
    `SELECT f."revoked_at" AS "revoked", u."id" AS "owner" FROM "calendar_feeds" f
    LEFT JOIN "users" u ON u."id" = f."owner_id" WHERE f."token_hash" = ?1 LIMIT 1`,
    [hashToken(token)],
  )
  if (!feed) return null
  if (isoDate(feed.revoked)) return 'gone'
  return (feed.owner as ID | null) ?? null
}

export function feedText(items: CalendarItem[], host: string, now = new Date()): string {
  return writeIcal({
    name: 'Lịch của tôi — Sổ tay Đảng viên',
    now,
    events: items.map((item) => ({
      uid: `${item.uid}@${host}`,
      start: new Date(item.startsAt),
      end: item.endsAt ? new Date(item.endsAt) : undefined,
      summary: item.title,
      description: [item.kindLabel, item.statusLabel, item.note].filter(Boolean).join('\n'),
      location: item.place ?? undefined,
      status: item.cancelled ? 'CANCELLED' : 'CONFIRMED',
      lastModified: item.updatedAt ? new Date(item.updatedAt) : undefined,
      alarmMinutes: item.alarmMinutes,
    })),
  })
}
