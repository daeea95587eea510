/**
 * A cell of `members` activated accounts named `<prefix>-0` … for the request benchmarks. One real sign-up
 * hashes the password; the others share its hash (PBKDF2 once, not N times) and are written by the adapter.
 */
import type { Payload } from 'payload'

export async function cellOfMembers(
  payload: Payload,
  options: { prefix: string; cellName: string; personName: string; members: number; password: string },
): Promise<{ cell: { id: number | string } }> {
  const { prefix, cellName, personName, members, password } = options
  const cell = await payload.create({
    collection: 'orgs',
    data: { code: `${prefix.toUpperCase()}-${Date.now()}`, name: cellName, kind: 'chi-bo' } as never,
  })
  const person = (i: number) => ({
    username: `${prefix}-${i}`,
    fullName: `${personName} ${i + 1}`,
    org: cell.id,
    activatedAt: new Date().toISOString(),
  })
  const first = await payload.create({ collection: 'users', data: { ...person(0), password } as never })
  const secret = (await payload.db.findOne({ collection: 'users', where: { id: { equals: first.id } } })) as {
    hash?: string
    salt?: string
  }
  for (let i = 1; i < members; i += 1)
    await payload.db.create({
      collection: 'users',
      data: { ...person(i), hash: secret.hash, salt: secret.salt },
    })
  return { cell }
}
