/**
 * The address the audit log keeps is the one this proxy saw: a client's own X-Forwarded-For is passed on but
 * comes first, so the CMS (cms/src/auth/clientAddress.ts) never takes it for the address.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { claimedAddresses, clientAddress } from '@sotay/cms/auth'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { proxyRequest } from './proxy.ts'

let upstream: http.Server
let front: http.Server
let seen: string | undefined

const listen = (server: http.Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  )

beforeAll(async () => {
  upstream = http.createServer((req, res) => {
    seen = req.headers['x-forwarded-for'] as string | undefined
    res.end('ok')
  })
  const port = await listen(upstream)
  front = http.createServer((req, res) => void proxyRequest({ host: '127.0.0.1', port }, req, res))
  await listen(front)
})

afterAll(async () => {
  await new Promise((resolve) => front.close(resolve))
  await new Promise((resolve) => upstream.close(resolve))
})

describe('the client address behind the front server', () => {
  it('is the socket address the proxy saw, whatever the client claims', async () => {
    const { port } = front.address() as AddressInfo
    const response = await fetch(`http://127.0.0.1:${port}/api/news`, {
      headers: { 'X-Forwarded-For': '6.6.6.6, 7.7.7.7' },
    })
    await response.text()
    expect(seen).toBe('6.6.6.6, 7.7.7.7, 127.0.0.1')
    const atCms = { headers: new Headers({ 'x-forwarded-for': seen ?? '' }) }
    expect(clientAddress(atCms)).toBe('127.0.0.1')
    expect(claimedAddresses(atCms)).toBe('6.6.6.6, 7.7.7.7')
  })
})
