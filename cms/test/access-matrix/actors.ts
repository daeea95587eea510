/**
 * The people the matrix tries every door as, each named by how they stand to the target: every target
 * document lives in cell A1 and, where it belongs to a person, belongs to the member of A1.
 */
import { ROLES, type Role } from '@sotay/content-schemas'
import type { AccessTree, TreeUser } from '../fixtures/accessTree.ts'

export const RELATIONS = [
  'anonymous',
  'member of the cell',
  'member of another cell',
  'secretary of the cell',
  'secretary elsewhere',
  'committee above the cell',
  'committee of another branch',
  'province editor',
  'superadmin',
] as const
export type Relation = (typeof RELATIONS)[number]

export interface Actor {
  relation: Relation
  user?: TreeUser
  signedIn: boolean
  /** The target's owner: the member of A1 (recipient, device owner, asker, preference owner). */
  isSubject: boolean
  /** Lives in A1, so reads A1's `org`-audience content as a member. */
  homeInCell: boolean
  /** Roles of the grants that cover A1 (granted on A1 or an org above it). */
  coveringRoles: Role[]
  anyGrant: boolean
}

const USERS: Record<Exclude<Relation, 'anonymous'>, keyof AccessTree['users']> = {
  'member of the cell': 'memberA1',
  'member of another cell': 'memberB1',
  'secretary of the cell': 'secretaryA1',
  'secretary elsewhere': 'secretaryB1',
  'committee above the cell': 'adminA',
  'committee of another branch': 'adminB',
  'province editor': 'provinceEditor',
  superadmin: 'superadmin',
}

const idOf = (ref: unknown) => String(typeof ref === 'object' && ref ? (ref as { id: unknown }).id : ref)

/** Each relation's facts, read from the tree itself rather than written down. */
export function actorsOf(tree: AccessTree): Actor[] {
  const cellLineage = new Set([tree.orgs.root.id, tree.orgs.a.id, tree.orgs.a1.id].map(String))
  const subject = tree.users.memberA1
  return RELATIONS.map((relation): Actor => {
    if (relation === 'anonymous') {
      return {
        relation,
        signedIn: false,
        isSubject: false,
        homeInCell: false,
        coveringRoles: [],
        anyGrant: false,
      }
    }
    const user = tree.users[USERS[relation]]
    const stored = user as unknown as { org?: unknown; grants?: { role: Role; org: unknown }[] }
    const grants = stored.grants ?? []
    return {
      relation,
      user,
      signedIn: true,
      isSubject: String(user.id) === String(subject.id),
      homeInCell: idOf(stored.org) === String(tree.orgs.a1.id),
      coveringRoles: grants.filter((g) => cellLineage.has(idOf(g.org))).map((g) => g.role),
      anyGrant: grants.some((g) => ROLES.includes(g.role)),
    }
  })
}
