/** Test fixtures shared by the check-in and vote tests: a cell with a few more members, and a meeting of it. */
import type { Meeting } from '@sotay/cms'
import { type AccessTree, PASSWORD } from '@sotay/cms/testing'
import type { Payload } from 'payload'

export interface Person {
  id: number
  fullName: string
  token: string
}

/** Members at home in the tree's cell A1 (made before the meeting, so it invites them). */
export async function cellMembers(payload: Payload, tree: AccessTree, prefix: string, names: string[]) {
  const people: Person[] = []
  for (const [i, fullName] of names.entries()) {
    const username = `${prefix}-tv${i}`.toLowerCase()
    const user = await payload.create({
      collection: 'users',
      data: { username, password: PASSWORD, fullName, org: tree.orgs.a1.id } as never,
    })
    const { token } = await payload.login({
      collection: 'users',
      data: { username, password: PASSWORD } as never,
    })
    people.push({ id: user.id as number, fullName, token: token! })
  }
  return people
}

/** A meeting of cell A1 scheduled by its secretary, as the secretary (overrideAccess: false). */
export async function cellMeeting(
  payload: Payload,
  tree: AccessTree,
  title: string,
  startsAt: number,
  hours = 2,
): Promise<Meeting> {
  return (await payload.create({
    collection: 'meetings',
    data: {
      title,
      kind: 'thuong-ky',
      startsAt: new Date(startsAt).toISOString(),
      endsAt: new Date(startsAt + hours * 3600_000).toISOString(),
      place: 'Nhà văn hóa thôn Đông',
      org: tree.orgs.a1.id,
    } as never,
    user: tree.users.secretaryA1,
    overrideAccess: false,
    depth: 0,
  })) as Meeting
}
