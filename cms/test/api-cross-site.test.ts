/**
 * Cookie writes to /api come only from the site's own origin: a page elsewhere that makes a signed-in
 * editor's browser POST gets a Vietnamese 403 and creates nothing. Through the same guarded routes as
 * app/(payload)/api; the browser version of this is e2e/cross-origin.test.ts.
 */
import { handleEndpoints, type Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { refuseCrossSiteWrite } from '../src/http/refuseCrossSiteWrite.ts'
import { type AccessTree, buildAccessTree } from './fixtures/accessTree.ts'
import { apiRoutes, BASE, jwt, VIETNAMESE, vietnameseErrors } from './http/apiRoutes.ts'
import { testPayload } from './payload.ts'

let payload: Payload
let tree: AccessTree
let routes: ReturnType<typeof apiRoutes>

const newsCount = async () => (await payload.count({ collection: 'news', overrideAccess: true })).totalDocs
const cookie = () => ({ cookie: `payload-token=${tree.users.provinceEditor.token}` })
const json = { 'content-type': 'application/json' }
const item = () => JSON.stringify({ title: 'Tin từ trang khác', category: 'co-so', org: tree.orgs.root.id })

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, 'XSR')
  routes = apiRoutes(payload)
})

async function expectRefusedWrite(headers: Record<string, string>) {
  const before = await newsCount()
  const response = await routes.rest('/news', {
    method: 'POST',
    headers: { ...json, ...headers },
    body: item(),
  })
  expect(response.status).toBe(403)
  expect((await vietnameseErrors(response)).join(' ')).toMatch(VIETNAMESE)
  expect(await newsCount()).toBe(before)
}

describe('POST /api/news with the editor cookie', () => {
  it('from http://evil.example: 403, nothing created', () =>
    expectRefusedWrite({ ...cookie(), origin: 'http://evil.example' }))

  it('from the other loopback name (localhost vs 127.0.0.1): another origin, refused', () =>
    expectRefusedWrite({ ...cookie(), origin: 'http://localhost:3000' }))

  it('without Origin but Sec-Fetch-Site: cross-site: refused', () =>
    expectRefusedWrite({ ...cookie(), 'sec-fetch-site': 'cross-site' }))

  it('without Origin at all (not a browser page, yet with the browser cookie): refused', () =>
    expectRefusedWrite(cookie()))

  it('from the literal "null" origin (sandboxed frame, file:): refused', () =>
    expectRefusedWrite({ ...cookie(), origin: 'null' }))

  it('DELETE from another origin deletes nothing', async () => {
    const doc = await payload.create({
      collection: 'news',
      data: { title: 'Tin giữ lại', category: 'co-so', org: tree.orgs.root.id, audience: 'public' },
      overrideAccess: true,
    })
    const response = await routes.rest(`/news/${doc.id}`, {
      method: 'DELETE',
      headers: { ...cookie(), origin: 'http://evil.example' },
    })
    expect(response.status).toBe(403)
    expect(await payload.findByID({ collection: 'news', id: doc.id, overrideAccess: true })).toBeTruthy()
  })

  it('GraphQL mutation from another origin: 403, nothing created', async () => {
    const before = await newsCount()
    const query = `mutation { createNews(data: { title: "Tin", category: co_so, audience: public }) { id } }`
    const response = await routes.graphql(JSON.stringify({ query }), {
      ...cookie(),
      origin: 'http://evil.example',
    })
    expect(response.status).toBe(403)
    expect(await newsCount()).toBe(before)
  })

  it('from the site itself: created', async () => {
    const before = await newsCount()
    const response = await routes.rest('/news', {
      method: 'POST',
      headers: { ...json, ...cookie(), origin: BASE },
      body: item(),
    })
    expect(response.status).toBe(201)
    expect(await newsCount()).toBe(before + 1)
  })

  it('a script with a token header (no cookie, no Origin) still writes', async () => {
    const response = await routes.rest('/news', {
      method: 'POST',
      headers: { ...json, ...jwt(tree.users.provinceEditor.token) },
      body: item(),
    })
    expect(response.status).toBe(201)
  })
})

describe('behind a TLS proxy (SERVER_URL set)', () => {
  const env = { SERVER_URL: 'https://sotay.example.vn' }
  const post = (origin: string) =>
    new Request('http://10.0.0.5:3001/api/news', { method: 'POST', headers: { origin, ...cookie() } })

  it('accepts the public origin', () =>
    expect(refuseCrossSiteWrite(post('https://sotay.example.vn'), env)).toBeNull())

  it('refuses the internal address and other sites', () => {
    expect(refuseCrossSiteWrite(post('http://10.0.0.5:3001'), env)?.status).toBe(403)
    expect(refuseCrossSiteWrite(post('https://evil.example'), env)?.status).toBe(403)
  })
})

describe("Payload's own csrf list (what it does without our guard)", () => {
  const unguarded = (headers: Record<string, string>) =>
    handleEndpoints({
      config: payload.config,
      request: new Request(`${BASE}/api/news`, {
        method: 'POST',
        headers: { ...json, ...headers },
        body: item(),
      }),
    })
  afterEach(() => {
    payload.config.csrf.length = 0
  })

  // Payload does not refuse the request: it ignores the cookie, so the write runs as an anonymous
  // visitor, which the access rules refuse. Our guard makes the refusal explicit and Vietnamese.
  it('a foreign Origin makes the request anonymous; no Origin with Sec-Fetch-Site: cross-site too', async () => {
    payload.config.csrf.push(BASE)
    const before = await newsCount()
    expect((await unguarded({ ...cookie(), origin: 'http://evil.example' })).status).toBe(403)
    expect((await unguarded({ ...cookie(), 'sec-fetch-site': 'cross-site' })).status).toBe(403)
    expect((await unguarded(cookie())).status).toBe(403)
    expect(await newsCount()).toBe(before)
    expect((await unguarded({ ...cookie(), origin: BASE })).status).toBe(201)
  })

  it('with an empty list (a fresh start without SERVER_URL) it lets the foreign cookie write', async () => {
    expect((await unguarded({ ...cookie(), origin: 'http://evil.example' })).status).toBe(201)
  })
})
