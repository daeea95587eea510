import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import { createApp, type FnEnv, json, mount } from '@sotay/functions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFrontServer } from './server.ts'

/** A small upstream standing in for Next, so the proxy is checked over real sockets. */
let upstream: http.Server
let front: http.Server
let siteDir: string
let base: string
let lastUpstream: { method?: string; url?: string; headers: http.IncomingHttpHeaders; body: string }
let releaseStream: (() => void) | undefined

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  )
}

/** A raw request, so paths like /%2e%2e/ reach the server unnormalised. */
function raw(pathname: string, headers: http.OutgoingHttpHeaders = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>(
    (resolve, reject) => {
      http
        .get(`${base}${pathname}`, { headers }, (res) => {
          let body = ''
          res.setEncoding('utf8')
          res.on('data', (chunk) => (body += chunk))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
        })
        .on('error', reject)
    },
  )
}

beforeAll(async () => {
  siteDir = mkdtempSync(path.join(tmpdir(), 'sotay-site-'))
  writeFileSync(path.join(siteDir, 'index.html'), '<h1>Trang chủ</h1>')
  writeFileSync(path.join(siteDir, 'style.css'), 'body{}')
  writeFileSync(path.join(siteDir, 'app.webmanifest'), '{}')
  mkdirSync(path.join(siteDir, 'tin-tuc'))
  writeFileSync(path.join(siteDir, 'tin-tuc', 'index.html'), '<h1>Tin tức</h1>')
  mkdirSync(path.join(siteDir, 'văn-bản'))
  writeFileSync(path.join(siteDir, 'văn-bản', 'index.html'), '<h1>Văn bản</h1>')
  mkdirSync(path.join(siteDir, '_astro'))
  writeFileSync(path.join(siteDir, '_astro', 'a.1234.js'), 'export {}')
  writeFileSync(path.join(siteDir, '..', `${path.basename(siteDir)}-outside.txt`), 'bí mật')

  upstream = http.createServer((req, res) => {
    let body = ''
    req.setEncoding('utf8')
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      lastUpstream = { method: req.method, url: req.url, headers: req.headers, body }
      if (req.url === '/api/stream') {
        res.writeHead(200, { 'content-type': 'text/plain' })
        res.write('phần đầu|')
        releaseStream = () => res.end('phần cuối')
        return
      }
      res.writeHead(201, {
        'content-type': 'application/json',
        'set-cookie': ['payload-token=abc; Path=/; HttpOnly', 'payload-lng=vi; Path=/'],
        'x-upstream': 'next',
      })
      res.end(JSON.stringify({ echoed: body }))
    })
  })
  const upstreamPort = await listen(upstream)
  const echo = new OpenAPIHono<FnEnv>()
  mount(echo, createRoute({ method: 'post', path: '/echo', summary: 'Trả lại', responses: {} }), async (c) =>
    json(
      { body: await c.req.text(), url: c.req.url },
      {
        headers: [
          ['set-cookie', 'a=1'],
          ['set-cookie', 'b=2'],
        ],
      },
    ),
  )
  const app = createApp({ routes: [echo] })
  front = createFrontServer({ app, siteDir, cms: { host: '127.0.0.1', port: upstreamPort } })
  base = `http://127.0.0.1:${await listen(front)}`
})

afterAll(async () => {
  front.closeAllConnections()
  upstream.closeAllConnections()
  await Promise.all([new Promise((r) => front.close(r)), new Promise((r) => upstream.close(r))])
  rmSync(siteDir, { recursive: true, force: true })
  rmSync(`${siteDir}-outside.txt`, { force: true })
})

describe('front server: site', () => {
  it('serves index.html at / with an HTML content type', async () => {
    const response = await fetch(`${base}/`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await response.text()).toBe('<h1>Trang chủ</h1>')
  })

  it('gives each file its content type and hashed assets a long cache', async () => {
    expect((await fetch(`${base}/style.css`)).headers.get('content-type')).toBe('text/css; charset=utf-8')
    expect((await fetch(`${base}/app.webmanifest`)).headers.get('content-type')).toContain(
      'application/manifest+json',
    )
    const asset = await fetch(`${base}/_astro/a.1234.js`)
    expect(asset.headers.get('content-type')).toContain('text/javascript')
    expect(asset.headers.get('cache-control')).toContain('immutable')
  })

  it('serves a folder index and sends a folder without its slash to the slashed address', async () => {
    const redirect = await fetch(`${base}/tin-tuc?trang=2`, { redirect: 'manual' })
    expect(redirect.status).toBe(301)
    expect(redirect.headers.get('location')).toBe('/tin-tuc/?trang=2')
    expect(await (await fetch(`${base}/tin-tuc/`)).text()).toBe('<h1>Tin tức</h1>')
    expect(await (await fetch(`${base}/v%C4%83n-b%E1%BA%A3n/`)).text()).toBe('<h1>Văn bản</h1>')
  })

  it('answers a missing page with a Vietnamese 404 page, the site’s own when it has one', async () => {
    const fallback = await fetch(`${base}/khong-co`)
    expect(fallback.status).toBe(404)
    expect(await fallback.text()).toContain('Không tìm thấy trang')
    writeFileSync(path.join(siteDir, '404.html'), '<h1>Trang riêng: không tìm thấy</h1>')
    expect(await (await fetch(`${base}/khong-co`)).text()).toContain('Trang riêng')
  })

  it('never serves a file outside the site folder', async () => {
    const outside = `${path.basename(siteDir)}-outside.txt`
    for (const attempt of [`/../${outside}`, `/%2e%2e/${outside}`, `/..%2f${outside}`]) {
      const response = await raw(attempt)
      expect(response.status).toBe(404)
      expect(response.body).not.toContain('bí mật')
    }
  })

  it('answers 304 when the page has not changed', async () => {
    const first = await fetch(`${base}/style.css`)
    const again = await raw('/style.css', { 'if-modified-since': first.headers.get('last-modified')! })
    expect(again.status).toBe(304)
  })

  it('refuses writes to static files', async () => {
    expect((await fetch(`${base}/index.html`, { method: 'POST', body: 'x' })).status).toBe(405)
  })
})

describe('front server: functions', () => {
  it('routes /fn/ to the functions app, with the body and every Set-Cookie', async () => {
    expect(await (await fetch(`${base}/fn/health`)).json()).toEqual({ ok: true })
    const response = await fetch(`${base}/fn/echo?x=1`, { method: 'POST', body: 'đảng viên' })
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2'])
    expect(await response.json()).toEqual({ body: 'đảng viên', url: `${base}/fn/echo?x=1` })
  })

  it('answers HEAD without a body', async () => {
    const head = await fetch(`${base}/fn/health`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })
})

describe('front server: CMS proxy', () => {
  it('forwards method, path, body and headers, and returns status, headers and cookies', async () => {
    const response = await fetch(`${base}/api/news?where[slug][equals]=a`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: 'payload-token=xyz' },
      body: JSON.stringify({ title: 'Tin mới' }),
    })
    expect(response.status).toBe(201)
    expect(response.headers.get('x-upstream')).toBe('next')
    expect(response.headers.getSetCookie()).toEqual([
      'payload-token=abc; Path=/; HttpOnly',
      'payload-lng=vi; Path=/',
    ])
    expect(await response.json()).toEqual({ echoed: JSON.stringify({ title: 'Tin mới' }) })
    expect(lastUpstream.method).toBe('POST')
    expect(lastUpstream.url).toBe('/api/news?where[slug][equals]=a')
    expect(lastUpstream.headers.host).toBe(new URL(base).host)
    expect(lastUpstream.headers['x-forwarded-host']).toBe(new URL(base).host)
    expect(lastUpstream.headers['x-forwarded-proto']).toBe('http')
    expect(lastUpstream.headers['x-forwarded-for']).toBe('127.0.0.1')
    expect(lastUpstream.headers.cookie).toBe('payload-token=xyz')
  })

  it('proxies /admin and /_next but not look-alike paths', async () => {
    await fetch(`${base}/admin/collections/news`)
    expect(lastUpstream.url).toBe('/admin/collections/news')
    await fetch(`${base}/_next/static/chunks/x.js`)
    expect(lastUpstream.url).toBe('/_next/static/chunks/x.js')
    expect((await fetch(`${base}/administrator`)).status).toBe(404)
  })

  it('streams the answer as it comes', async () => {
    const response = await fetch(`${base}/api/stream`)
    const reader = response.body!.getReader()
    const first = new TextDecoder().decode((await reader.read()).value)
    // The upstream has not finished yet: the first part arrived on its own.
    expect(first).toBe('phần đầu|')
    releaseStream!()
    let rest = ''
    for (let part = await reader.read(); !part.done; part = await reader.read())
      rest += new TextDecoder().decode(part.value)
    expect(rest).toBe('phần cuối')
  })

  it('says in Vietnamese when the CMS is not up', async () => {
    const closed = http.createServer()
    const port = await listen(closed)
    await new Promise((r) => closed.close(r))
    const lonely = createFrontServer({ app: createApp(), siteDir, cms: { host: '127.0.0.1', port } })
    const lonelyBase = `http://127.0.0.1:${await listen(lonely)}`
    try {
      const response = await fetch(`${lonelyBase}/admin`)
      expect(response.status).toBe(502)
      expect(await response.text()).toContain('Trang quản trị đang khởi động')
    } finally {
      lonely.closeAllConnections()
      await new Promise((r) => lonely.close(r))
    }
  })
})
