/** The generated Janus config keeps everything on loopback and signed; the front server's /janus door. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createApp } from '@sotay/functions'
import { afterAll, describe, expect, it } from 'vitest'
import { createFrontServer } from '../server.ts'
import { writeJanusConfig } from './config.ts'

const dataDir = mkdtempSync(path.join(tmpdir(), 'sotay-janus-config-'))
afterAll(() => rmSync(dataDir, { recursive: true, force: true }))

const listen = (server: http.Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  )

describe('the Janus config the stack writes', () => {
  it('listens on 127.0.0.1 only, signs tokens, keeps media on lo and loads only what rooms need', () => {
    const { configDir, settings } = writeJanusConfig(dataDir, { port: 18_100, adminPort: 18_101 })
    const read = (name: string) => readFileSync(path.join(configDir, name), 'utf8')
    const core = read('janus.jcfg')
    expect(core).toContain('token_auth = true')
    expect(core).toContain(`token_auth_secret = "${settings.tokenSecret}"`)
    expect(core).toContain(`admin_secret = "${settings.adminSecret}"`)
    expect(core).toContain('ice_enforce_list = "lo"')
    expect(core).not.toMatch(/stun_server|turn_server/)
    expect(core).toMatch(/plugins: \{\n\tdisable = "[^"]*libjanus_echotest\.so/)
    expect(core).not.toMatch(/disable = "[^"]*libjanus_videoroom/)
    expect(core).not.toMatch(/disable = "[^"]*libjanus_http\.so/)
    const http = read('janus.transport.http.jcfg')
    expect(http).toMatch(/\tport = 18100\n\tip = "127\.0\.0\.1"/)
    expect(http).toMatch(/admin_port = 18101\n\tadmin_ip = "127\.0\.0\.1"/)
    expect(read('janus.plugin.videoroom.jcfg')).toContain(`admin_key = "${settings.roomAdminKey}"`)
    // A restart keeps the secrets: tickets already handed out stay valid.
    expect(writeJanusConfig(dataDir, { port: 1, adminPort: 2 }).settings.tokenSecret).toBe(
      settings.tokenSecret,
    )
  })

  it('answers /janus in Vietnamese when rooms are off, and proxies it when Janus is there', async () => {
    const off = createFrontServer({ app: createApp(), siteDir: dataDir })
    const janus = http.createServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify({ janus: 'server_info', path: req.url }))
    })
    const on = createFrontServer({
      app: createApp(),
      siteDir: dataDir,
      janus: { host: '127.0.0.1', port: await listen(janus) },
    })
    try {
      const refused = await fetch(`http://127.0.0.1:${await listen(off)}/janus/info`)
      expect(refused.status).toBe(503)
      expect((await refused.json()).error.message).toBe('Phòng họp trực tuyến chưa được bật.')
      const info = await fetch(`http://127.0.0.1:${await listen(on)}/janus/info`)
      expect(await info.json()).toEqual({ janus: 'server_info', path: '/janus/info' })
    } finally {
      for (const server of [off, on, janus]) {
        server.closeAllConnections()
        server.close()
      }
    }
  })
})
