/** Malformed requests to Payload's own REST and GraphQL routes get a Vietnamese 4xx and change nothing. */
import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { type AccessTree, buildAccessTree } from './fixtures/accessTree.ts'
import { apiRoutes, jwt, VIETNAMESE, vietnameseErrors } from './http/apiRoutes.ts'
import { testPayload } from './payload.ts'

let payload: Payload
let tree: AccessTree
let routes: ReturnType<typeof apiRoutes>
let headers: Record<string, string>

const newsCount = async () => (await payload.count({ collection: 'news', overrideAccess: true })).totalDocs

function nested(levels: number) {
  let node: Record<string, unknown> = { type: 'text', text: 'Nghị quyết', version: 1 }
  for (let i = 0; i < levels; i++) node = { type: 'paragraph', children: [node], version: 1 }
  return { root: { type: 'root', children: [node], version: 1 } }
}

const good = (): RequiredDataFromCollectionSlug<'news'> => ({
  title: 'Tin sinh hoạt chi bộ',
  category: 'co-so',
  org: tree.orgs.root.id,
  audience: 'public',
})

async function expectRefused(response: Response) {
  expect(response.status).toBeGreaterThanOrEqual(400)
  expect(response.status).toBeLessThan(500)
  const messages = await vietnameseErrors(response)
  expect(
    messages.some((m) => VIETNAMESE.test(m)),
    JSON.stringify(messages),
  ).toBe(true)
}

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, 'MAL')
  routes = apiRoutes(payload)
  headers = { ...jwt(tree.users.superadmin.token), 'content-type': 'application/json' }
})

describe('POST /api/news with a malformed body', () => {
  const bodies: [string, () => string][] = [
    ['null', () => 'null'],
    ['a string', () => '"x"'],
    ['a number', () => '12'],
    ['an array', () => '[{"title":"x"}]'],
    ['invalid JSON', () => '{"title": '],
    ['rich text 2,000 deep', () => JSON.stringify({ ...good(), content: nested(2000) })],
    ['rich text 60 deep (under the JSON limit)', () => JSON.stringify({ ...good(), content: nested(45) })],
    ['_status "hacked"', () => JSON.stringify({ ...good(), _status: 'hacked' })],
    ['_status "hacked" on a draft', () => JSON.stringify({ ...good(), _status: 'hacked', content: null })],
    ['content as a plain string', () => JSON.stringify({ ...good(), content: 'plain string' })],
    [
      'content as a plain string in a draft',
      () => JSON.stringify({ ...good(), _status: 'draft', content: 'x' }),
    ],
    ['content without children', () => JSON.stringify({ ...good(), content: { root: { type: 'root' } } })],
    [
      'a node without a type',
      () => JSON.stringify({ ...good(), content: { root: { type: 'root', children: [{}] } } }),
    ],
    ['a lone surrogate in the title', () => JSON.stringify({ ...good(), title: '\ud800' })],
  ]
  for (const [name, body] of bodies) {
    it(`${name}: 4xx in Vietnamese, nothing stored`, async () => {
      const before = await newsCount()
      await expectRefused(await routes.rest('/news', { method: 'POST', headers, body: body() }))
      expect(await newsCount()).toBe(before)
    })
  }

  it('a text/plain body is refused too', async () => {
    const before = await newsCount()
    const response = await routes.rest('/news', {
      method: 'POST',
      headers: { ...jwt(tree.users.superadmin.token), 'content-type': 'text/plain' },
      body: JSON.stringify(good()),
    })
    await expectRefused(response)
    expect(await newsCount()).toBe(before)
  })

  it('PATCH with _status "hacked" or plain-string content changes nothing', async () => {
    const created = await payload.create({ collection: 'news', data: good(), overrideAccess: true })
    for (const body of [{ _status: 'hacked' }, { content: 'plain string' }, null]) {
      await expectRefused(
        await routes.rest(`/news/${created.id}`, { method: 'PATCH', headers, body: JSON.stringify(body) }),
      )
    }
    const after = await payload.findByID({ collection: 'news', id: created.id, overrideAccess: true })
    expect(after._status).toBe(created._status)
    expect(after.content ?? null).toBeNull()
  })

  it('the same well-formed item is created (the guard lets good writes through)', async () => {
    const before = await newsCount()
    const response = await routes.rest('/news', {
      method: 'POST',
      headers,
      body: JSON.stringify({ ...good(), _status: 'published', content: nested(3) }),
    })
    expect(response.status).toBe(201)
    expect(await newsCount()).toBe(before + 1)
  })
})

describe("the admin's POST-as-GET (relationship search)", () => {
  it('a form body with X-Payload-HTTP-Method-Override: GET is a read, answered 200', async () => {
    const response = await routes.rest('/orgs', {
      method: 'POST',
      headers: {
        ...jwt(tree.users.superadmin.token),
        'content-type': 'application/x-www-form-urlencoded',
        'x-payload-http-method-override': 'GET',
      },
      body: 'limit=5&depth=0&where[name][like]=Chi',
    })
    expect(response.status).toBe(200)
    expect((await response.json()).docs.length).toBeGreaterThan(0)
  })
})

describe('slugs from titles that fold to nothing', () => {
  for (const title of ['!!! ??? ###', '🎉🎉', '\ud800']) {
    it(`${JSON.stringify(title)} gets a non-empty URL-safe slug`, async () => {
      const doc = await payload.create({
        collection: 'news',
        data: { ...good(), title },
        overrideAccess: true,
      })
      expect(doc.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    })
  }

  it('a given slug is normalised, not stored as typed', async () => {
    const doc = await payload.create({
      collection: 'news',
      data: { ...good(), slug: 'Đại hội Chi bộ!!' },
      overrideAccess: true,
    })
    expect(doc.slug).toBe('dai-hoi-chi-bo')
  })
})

describe('GraphQL', () => {
  it('two fragments that spread each other: 400 in Vietnamese, not an empty 500', async () => {
    const query = 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'
    await expectRefused(await routes.graphql(JSON.stringify({ query }), jwt(tree.users.superadmin.token)))
  })

  it('a query nested far deeper than any client needs is refused', async () => {
    let selection = 'id'
    for (let i = 0; i < 20; i++) selection = `org { ${selection} }`
    const query = `{ allNews { docs { ${selection} } } }`
    await expectRefused(await routes.graphql(JSON.stringify({ query }), jwt(tree.users.superadmin.token)))
  })

  it('a body that is not an object, or not JSON, or a syntax error', async () => {
    for (const body of ['null', '12', '{"query": ', '{"query": "{ allNews { "}', '{"query": 5}'])
      await expectRefused(await routes.graphql(body, jwt(tree.users.superadmin.token)))
  })

  it('a mutation whose rich text is a plain string stores nothing', async () => {
    const before = await newsCount()
    const query = 'mutation ($data: mutationNewsInput!) { createNews(data: $data) { id } }'
    const data = { title: 'Tin', category: 'co_so', audience: 'public', org: tree.orgs.root.id }
    const send = (extra: Record<string, unknown>) =>
      routes.graphql(
        JSON.stringify({ query, variables: { data: { ...data, ...extra } } }),
        jwt(tree.users.superadmin.token),
      )
    const body = await (await send({ content: 'plain string' })).json()
    expect(JSON.stringify(body.errors)).toMatch(VIETNAMESE)
    expect(await newsCount()).toBe(before)
    // The same mutation without the bad field goes through, so the refusal above was about the rich text.
    const created = await (await send({})).json()
    expect(created.data?.createNews?.id, JSON.stringify(created)).toBeDefined()
    expect(await newsCount()).toBe(before + 1)
  })

  it('an ordinary query still answers', async () => {
    const response = await routes.graphql(
      JSON.stringify({ query: '{ allNews(limit: 1) { docs { id title } } }' }),
      jwt(tree.users.superadmin.token),
    )
    expect(response.status).toBe(200)
    expect((await response.json()).data.allNews.docs).toBeInstanceOf(Array)
  })
})
