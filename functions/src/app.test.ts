import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { describe, expect, it } from 'vitest'
import { createApp } from './app.ts'
import type { FnEnv } from './http/env.ts'
import { json } from './http/json.ts'
import { mount } from './http/mount.ts'

const app = createApp()
const call = (path: string, init?: RequestInit) => app.request(new Request(`http://sotay.test${path}`, init))

describe('functions app', () => {
  it('answers /fn/health with ok', async () => {
    const response = await call('/fn/health')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('application/json')
    expect(await response.json()).toEqual({ ok: true })
  })

  it('answers HEAD like GET', async () => {
    expect((await call('/fn/health', { method: 'HEAD' })).status).toBe(200)
  })

  it('describes its routes in an OpenAPI 3.1 document', async () => {
    const doc = await (await call('/fn/openapi.json')).json()
    expect(doc.openapi).toBe('3.1.0')
    expect(doc.servers).toEqual([{ url: '/fn' }])
    expect(Object.keys(doc.paths).sort()).toEqual(['/health', '/openapi.json'])
    expect(doc.paths['/health'].get.responses['200']).toBeDefined()
    expect(doc.components.schemas.Error).toBeDefined()
  })

  it('refuses an unknown function with a Vietnamese error', async () => {
    const response = await call('/fn/khong-co')
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({
      error: { code: 'not_found', message: 'Không tìm thấy chức năng này.' },
    })
    expect((await call('/fn')).status).toBe(404)
    expect((await call('/other/health')).status).toBe(404)
  })

  it('refuses a wrong method and names the allowed ones', async () => {
    const response = await call('/fn/health', { method: 'POST', body: '{}' })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD')
    expect((await response.json()).error.message).toMatch(/Phương thức/)
  })

  it('mounts extra routes, lists them in the document and reads their bodies', async () => {
    const echo = new OpenAPIHono<FnEnv>()
    const route = createRoute({
      method: 'post',
      path: '/echo',
      summary: 'Trả lại nội dung',
      request: { body: { content: { 'application/json': { schema: z.object({ ten: z.string() }) } } } },
      responses: { 200: { description: 'ok' } },
    })
    mount(echo, route, async (c) => json({ got: await c.req.json() }))
    const withEcho = createApp({ routes: [echo] })
    const response = await withEcho.request(
      new Request('http://sotay.test/fn/echo', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ten: 'Chi bộ 1' }),
      }),
    )
    expect(await response.json()).toEqual({ got: { ten: 'Chi bộ 1' } })
    const doc = await (await withEcho.request(new Request('http://sotay.test/fn/openapi.json'))).json()
    expect(doc.paths['/echo'].post.summary).toBe('Trả lại nội dung')
  })

  it('turns a failing handler into a Vietnamese 500 without leaking the error', async () => {
    const fail = new OpenAPIHono<FnEnv>()
    mount(fail, createRoute({ method: 'get', path: '/fail', summary: 'Lỗi', responses: {} }), () => {
      throw new Error('secret detail')
    })
    const failing = createApp({ routes: [fail] })
    const original = console.error
    console.error = () => {}
    try {
      const response = await failing.request(new Request('http://sotay.test/fn/fail'))
      expect(response.status).toBe(500)
      const text = await response.text()
      expect(text).toContain('Máy chủ gặp lỗi')
      expect(text).not.toContain('secret detail')
    } finally {
      console.error = original
    }
  })
})
