/** For tests: the one shared test Payload of cms/test/payload.ts (fresh SQLite, or PostgreSQL with TEST_POSTGRES_URL). */
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Payload } from 'payload'
import { cmsDir } from './payload.ts'

export async function testPayload(): Promise<Payload> {
  const url = pathToFileURL(path.join(cmsDir, 'test', 'payload.ts')).href
  const { testPayload: shared } = (await import(url)) as { testPayload: () => Promise<Payload> }
  return shared()
}

/** The org tree with one user per role (cms/test/fixtures/accessTree.ts), built under a unique prefix. */
export async function buildAccessTree(payload: Payload, prefix: string) {
  const url = pathToFileURL(path.join(cmsDir, 'test', 'fixtures', 'accessTree.ts')).href
  const fixture = (await import(url)) as {
    buildAccessTree: (p: Payload, prefix: string) => Promise<AccessTree>
  }
  return fixture.buildAccessTree(payload, prefix)
}

type Id = number | string
interface TreeUser {
  id: Id
  username: string
  fullName: string
  token: string
}
export interface AccessTree {
  orgs: Record<'root' | 'a' | 'b' | 'a1' | 'b1', { id: Id; name: string }>
  users: Record<
    | 'superadmin'
    | 'provinceEditor'
    | 'adminA'
    | 'adminB'
    | 'editorA'
    | 'secretaryA1'
    | 'memberA1'
    | 'memberB1',
    TreeUser
  >
}
