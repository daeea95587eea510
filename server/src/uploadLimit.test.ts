/**
 * Big uploads through the real front server: refused at the limit with a Vietnamese 413 while streaming
 * (declared or chunked), never passed whole to Next, and never disturbing the requests around them.
 * The upstream stands in for Next with Payload's own behaviour: it reads the body, answers 413 in English
 * past its limit and closes the connection.
 */

import { mkdtempSync, rmSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createApp } from '@sotay/functions'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFrontServer } from './server.ts'

const MB = 1024 * 1024
const LIMIT = 25 * MB

let upstream: http.Server
let front: http.Server
let siteDir: string
let port: number
/** The most body bytes Next was handed for one request. */
let largestUpstreamBody = 0
let upstreamConnections = 0

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  )
}

interface Answer {
  status: number
  body: string
  error?: string
}

/** A raw upload of `size` bytes, with Content-Length or chunked, read to the end of the answer. */
function uploadOf(size: number, chunked: boolean): Promise<Answer> {
  return new Promise((resolve) => {
    const headers: http.OutgoingHttpHeaders = { 'content-type': 'multipart/form-data; boundary=x' }
    if (!chunked) headers['content-length'] = size
    const request = http.request(
      { host: '127.0.0.1', port, method: 'POST', path: '/api/media', headers },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
        res.on('error', (error) => resolve({ status: 0, body, error: error.message }))
      },
    )
    request.on('error', (error) => resolve({ status: 0, body: '', error: error.message }))
    const chunk = Buffer.alloc(MB, 120)
    let sent = 0
    const pump = () => {
      while (sent < size) {
        const part = chunk.subarray(0, Math.min(MB, size - sent))
        sent += part.length
        if (!request.write(part)) return void request.once('drain', pump)
      }
      request.end()
    }
    pump()
  })
}

const getNews = (): Promise<Answer> =>
  fetch(`http://127.0.0.1:${port}/api/news?limit=1`)
    .then(async (response) => ({ status: response.status, body: await response.text() }))
    .catch((error: Error) => ({ status: 0, body: '', error: error.message }))

/** Runs GETs four at a time until `work` settles; returns every GET's answer. */
async function getsDuring<T>(work: Promise<T>): Promise<{ result: T; gets: Answer[] }> {
  const gets: Answer[] = []
  let done = false
  const result = work.finally(() => {
    done = true
  })
  const loop = async () => {
    while (!done) gets.push(...(await Promise.all([getNews(), getNews(), getNews(), getNews()])))
  }
  await Promise.all([result, loop()])
  return { result: await result, gets }
}

beforeAll(async () => {
  siteDir = mkdtempSync(path.join(tmpdir(), 'sotay-site-'))
  upstream = http.createServer((req, res) => {
    let size = 0
    let refused = false
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      largestUpstreamBody = Math.max(largestUpstreamBody, size)
      if (size > LIMIT + MB && !refused) {
        refused = true
        // What Payload does past its limit: an English 413, and the connection goes.
        res.writeHead(413, { 'content-type': 'application/json', connection: 'close' })
        res.end(JSON.stringify({ errors: [{ message: 'File size limit has been reached' }] }), () =>
          req.socket.destroy(),
        )
      }
    })
    req.on('end', () => {
      if (refused) return
      res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ docs: [], received: size }))
    })
  })
  upstream.on('connection', () => {
    upstreamConnections += 1
  })
  const upstreamPort = await listen(upstream)
  front = createFrontServer({
    app: createApp(),
    siteDir,
    cms: { host: '127.0.0.1', port: upstreamPort },
    maxUploadBytes: LIMIT,
  })
  port = await listen(front)
})

afterAll(async () => {
  front.closeAllConnections()
  upstream.closeAllConnections()
  await Promise.all([new Promise((r) => front.close(r)), new Promise((r) => upstream.close(r))])
  rmSync(siteDir, { recursive: true, force: true })
})

const VIETNAMESE_TOO_LARGE = /Tệp tải lên quá lớn \(tối đa 25 MB\)/

describe('front server: uploads over the limit', () => {
  it('a 50 MB upload with Content-Length gets a Vietnamese 413; every GET meanwhile gets 200', async () => {
    largestUpstreamBody = 0
    const { result, gets } = await getsDuring(uploadOf(50 * MB, false))
    expect(result.error).toBeUndefined()
    expect(result.status).toBe(413)
    expect(JSON.parse(result.body).errors[0].message).toMatch(VIETNAMESE_TOO_LARGE)
    expect(gets.length).toBeGreaterThan(0)
    expect(gets.filter((get) => get.status !== 200)).toEqual([])
    // Refused from its declared length: Next never saw a byte of it.
    expect(largestUpstreamBody).toBe(0)
  })

  it('a 50 MB chunked upload (no length) is cut at the limit with the same 413; GETs unharmed', async () => {
    largestUpstreamBody = 0
    const { result, gets } = await getsDuring(uploadOf(50 * MB, true))
    expect(result.error).toBeUndefined()
    expect(result.status).toBe(413)
    expect(JSON.parse(result.body).errors[0].message).toMatch(VIETNAMESE_TOO_LARGE)
    expect(gets.filter((get) => get.status !== 200)).toEqual([])
    expect(largestUpstreamBody).toBeLessThanOrEqual(LIMIT + MB)
  })

  it('several big uploads at once, both kinds, and the GETs around them', async () => {
    const uploads = Promise.all([
      uploadOf(30 * MB, false),
      uploadOf(40 * MB, true),
      uploadOf(50 * MB, true),
      uploadOf(35 * MB, false),
    ])
    const { result, gets } = await getsDuring(uploads)
    for (const answer of result) {
      expect(answer.error).toBeUndefined()
      expect(answer.status).toBe(413)
    }
    expect(gets.filter((get) => get.status !== 200)).toEqual([])
  })

  it('afterwards the connections to Next are healthy: uploads under the limit and GETs go through', async () => {
    const small = await uploadOf(2 * MB, true)
    expect(small.status).toBe(201)
    expect(JSON.parse(small.body).received).toBe(2 * MB)
    const exact = await uploadOf(LIMIT, false)
    expect(exact.status).toBe(201)
    const before = upstreamConnections
    for (let i = 0; i < 20; i++) expect((await getNews()).status).toBe(200)
    // One after another, the GETs ride kept-alive sockets instead of opening one connection each.
    expect(upstreamConnections - before).toBeLessThanOrEqual(2)
  })
})
