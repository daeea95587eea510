import { compileErrors, validate } from '@readme/openapi-parser'
import { describe, expect, it } from 'vitest'
import { createApp } from './app.ts'
import { sessionRoutes } from './session/index.ts'

// The document does not touch the CMS: a Payload that never arrives is enough to describe the routes.
const session = sessionRoutes({ payload: new Promise(() => {}) })
const app = createApp({ routes: [session] })

describe('/fn/openapi.json with the session functions mounted', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const doc = await (await app.request(new Request('http://sotay.test/fn/openapi.json'))).json()
    const result = await validate(structuredClone(doc))
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true)
  })

  it('lists every mounted route with its method, a Vietnamese summary and its responses', async () => {
    const doc = await (await app.request(new Request('http://sotay.test/fn/openapi.json'))).json()
    const mounted = session.routes.map((r) => ({ method: r.method, path: r.path.replace(/:(\w+)/g, '{$1}') }))
    for (const route of [
      ...mounted,
      { method: 'GET', path: '/health' },
      { method: 'GET', path: '/openapi.json' },
    ]) {
      const operation = doc.paths[route.path]?.[route.method.toLowerCase()]
      expect(operation, `${route.method} ${route.path}`).toBeDefined()
      expect(Object.keys(operation.responses).length).toBeGreaterThan(0)
    }
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/health',
      '/openapi.json',
      '/session/activate',
      '/session/login',
      '/session/logout',
      '/session/me',
      '/session/reset',
    ])
    expect(doc.paths['/session/login'].post.summary).toMatch(/Đăng nhập/)
    expect(doc.paths['/session/login'].post.responses['429']).toBeDefined()
  })
})
