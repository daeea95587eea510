/**
 * Malformed bodies against every collection's create and update routes (and the auth routes), generated
 * from the config: each gets a 4xx with a Vietnamese message and no row changes. A collection added later
 * is covered without a new test.
 */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { MAX_JSON_DEPTH } from '../src/http/jsonBody.ts'
import { type AccessTree, buildAccessTree } from './fixtures/accessTree.ts'
import { apiRoutes, BASE, jwt, VIETNAMESE, vietnameseErrors } from './http/apiRoutes.ts'
import { testPayload } from './payload.ts'

let payload: Payload
let tree: AccessTree
let routes: ReturnType<typeof apiRoutes>

function deepObject(levels: number): string {
  return `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`
}
function deepArray(levels: number): string {
  return `{"a":${'['.repeat(levels)}${']'.repeat(levels)}}`
}

/** Each body paired with the content type it is sent with. */
const MALFORMED: [string, string, string][] = [
  ['null', 'application/json', 'null'],
  ['a string', 'application/json', '"x"'],
  ['a number', 'application/json', '12'],
  ['true', 'application/json', 'true'],
  ['an array', 'application/json', '[1, 2]'],
  ['an empty array', 'application/json', '[]'],
  ['cut-off JSON', 'application/json', '{"title": '],
  ['not JSON at all', 'application/json', 'tiêu đề=abc'],
  ['a trailing comma', 'application/json', '{"title": "a",}'],
  ['objects nested 2,000 deep', 'application/json', deepObject(2000)],
  ['arrays nested past the limit', 'application/json', deepArray(MAX_JSON_DEPTH + 5)],
  ['a lone surrogate in a value', 'application/json', '{"title": "\\ud800"}'],
  ['a lone surrogate in a key', 'application/json', '{"\\udc00": 1}'],
  ['text/plain', 'text/plain', '{"title": "a"}'],
  ['form-urlencoded', 'application/x-www-form-urlencoded', 'title=a'],
]

/** Uploads whose `_payload` (the document's JSON beside the file) is malformed. */
const MULTIPART: [string, string][] = [
  ['_payload null', 'null'],
  ['_payload a number', '12'],
  ['_payload cut off', '{"alt": '],
  ['_payload nested 2,000 deep', deepObject(2000)],
  ['_payload with a lone surrogate', '{"alt": "\\ud800"}'],
]

function multipart(data: string): FormData {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' }), 'anh.png')
  form.append('_payload', data)
  return form
}

const rowCounts = async () => {
  const counts: Record<string, number> = {}
  for (const { slug } of payload.config.collections)
    counts[slug] = (await payload.count({ collection: slug, overrideAccess: true })).totalDocs
  return counts
}

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, 'FUZ')
  routes = apiRoutes(payload)
})

describe('malformed bodies on every collection', () => {
  it('each create, update and auth route answers 4xx in Vietnamese and changes no row', async () => {
    const targets: [string, string][] = []
    for (const collection of payload.config.collections) {
      const { docs } = await payload.find({
        collection: collection.slug,
        limit: 1,
        depth: 0,
        overrideAccess: true,
      })
      targets.push(['POST', `/${collection.slug}`])
      targets.push(['PATCH', `/${collection.slug}/${docs[0]?.id ?? 1}`])
      targets.push(['PATCH', `/${collection.slug}?where[id][exists]=true`])
      if (collection.auth)
        for (const operation of [
          'login',
          'forgot-password',
          'reset-password',
          'unlock',
          'first-register',
          'refresh-token',
        ])
          targets.push(['POST', `/${collection.slug}/${operation}`])
    }
    const before = await rowCounts()
    const failures: string[] = []
    for (const [method, path] of targets) {
      for (const [name, type, body] of MALFORMED) {
        const response = await routes.rest(path, {
          method,
          headers: { ...jwt(tree.users.superadmin.token), 'content-type': type, origin: BASE },
          body,
        })
        const messages = await vietnameseErrors(response)
        const ok = response.status >= 400 && response.status < 500 && messages.some((m) => VIETNAMESE.test(m))
        if (!ok) failures.push(`${method} ${path} ${name}: ${response.status} ${JSON.stringify(messages)}`)
      }
      for (const [name, data] of MULTIPART) {
        const response = await routes.rest(path, {
          method,
          headers: { ...jwt(tree.users.superadmin.token), origin: BASE },
          body: multipart(data),
        })
        const messages = await vietnameseErrors(response)
        const ok = response.status >= 400 && response.status < 500 && messages.some((m) => VIETNAMESE.test(m))
        if (!ok) failures.push(`${method} ${path} ${name}: ${response.status} ${JSON.stringify(messages)}`)
      }
    }
    console.log(
      `[fuzz] ${targets.length} đường dẫn × ${MALFORMED.length + MULTIPART.length} thân lỗi = ${targets.length * (MALFORMED.length + MULTIPART.length)} trường hợp`,
    )
    expect(failures).toEqual([])
    expect(await rowCounts()).toEqual(before)
  })
})
