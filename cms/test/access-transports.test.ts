/** The same boundary through every door: REST, GraphQL and the Local API, signed in as a member of cell A1. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { type AccessTree, buildAccessTree, type TreeUser } from './fixtures/accessTree.ts'
import { createContent } from './fixtures/content.ts'
import { testPayload } from './payload.ts'
import { graphqlAs, restAs } from './requests.ts'

let payload: Payload
let tree: AccessTree
let docA1: { id: number | string }
let docB1: { id: number | string }

const rest = (path: string, user?: TreeUser) => restAs(payload, path, user)
const graphql = (query: string, user?: TreeUser) => graphqlAs(payload, query, user)

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, 'TRN')
  docA1 = await createContent(payload, 'documents', tree.orgs.a1.id)
  docB1 = await createContent(payload, 'documents', tree.orgs.b1.id)
})

describe('a member of cell A1 and the org-audience document of cell B1', () => {
  it('REST list shows A1 and hides B1', async () => {
    const body = await (await rest('/documents?limit=0&depth=0', tree.users.memberA1)).json()
    const ids = body.docs.map((d: { id: unknown }) => String(d.id))
    expect(ids).toContain(String(docA1.id))
    expect(ids).not.toContain(String(docB1.id))
  })

  it('REST by id refuses B1', async () => {
    const response = await rest(`/documents/${docB1.id}`, tree.users.memberA1)
    expect(response.status).toBeGreaterThanOrEqual(400)
    expect(response.status).toBeLessThan(500)
  })

  it('GraphQL list shows A1 and hides B1', async () => {
    const { data } = await graphql('{ Documents(limit: 0) { docs { id } } }', tree.users.memberA1)
    const ids = data.Documents.docs.map((d: { id: unknown }) => String(d.id))
    expect(ids).toContain(String(docA1.id))
    expect(ids).not.toContain(String(docB1.id))
  })

  it('GraphQL by id refuses B1', async () => {
    const { data, errors } = await graphql(
      `{ Document(id: ${JSON.stringify(docB1.id)}) { id title } }`,
      tree.users.memberA1,
    )
    expect(data?.Document ?? null).toBeNull()
    expect(errors?.length).toBeGreaterThan(0)
  })

  it('the Local API as that member shows A1 and hides B1', async () => {
    const found = await payload.find({
      collection: 'documents',
      user: tree.users.memberA1,
      overrideAccess: false,
      limit: 0,
    })
    const ids = found.docs.map((d) => String(d.id))
    expect(ids).toContain(String(docA1.id))
    expect(ids).not.toContain(String(docB1.id))
  })

  it('anonymous REST and GraphQL see neither', async () => {
    const body = await (await rest('/documents?limit=0')).json()
    expect(body.docs.map((d: { id: unknown }) => String(d.id))).not.toContain(String(docA1.id))
    const { data } = await graphql('{ Documents(limit: 0) { docs { id } } }')
    expect(data.Documents.docs.map((d: { id: unknown }) => String(d.id))).not.toContain(String(docB1.id))
  })
})

describe('the admin panel', () => {
  it('refuses a member and admits an admin (the check /admin makes)', async () => {
    const member = await (await rest('/access', tree.users.memberA1)).json()
    // Payload drops false permissions from the answer, so absent means refused.
    expect(member.canAccessAdmin ?? false).toBe(false)
    const admin = await (await rest('/access', tree.users.adminA)).json()
    expect(admin.canAccessAdmin).toBe(true)
  })
})
