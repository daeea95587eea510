/**
 * FCM cannot be reached from here, so tests meet firebase-admin at the HTTP boundary: a local HTTPS server
 * answers as oauth2.googleapis.com (checks the service account's signed JWT, issues a token) and as
 * fcm.googleapis.com (FCM v1 messages:send), and an https.Agent routes every connection to it.
 */
import { execFileSync } from 'node:child_process'
import { generateKeyPairSync, verify } from 'node:crypto'
import { mkdtempSync, readFileSync } from 'node:fs'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import tls from 'node:tls'

/** Every https connection goes to 127.0.0.1:port, whatever host was asked for (the test's self-signed cert). */
class LoopbackAgent extends https.Agent {
  constructor(private readonly port: number) {
    super({ keepAlive: true, rejectUnauthorized: false, maxSockets: 64 })
  }
  override createConnection(options: tls.ConnectionOptions): ReturnType<typeof tls.connect> {
    return tls.connect({ ...options, host: '127.0.0.1', port: this.port, rejectUnauthorized: false })
  }
}

export async function startFcmService() {
  const dir = mkdtempSync(path.join(tmpdir(), 'fcm-'))
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=fcm.googleapis.com',
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem'),
    ],
    { stdio: 'ignore' },
  )
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
  const projectId = 'so-tay-thu-nghiem'
  const serviceAccount = {
    projectId,
    clientEmail: `fcm-sender@${projectId}.iam.gserviceaccount.com`,
    privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  }
  const sends: { token: string; message: Record<string, unknown> }[] = []
  const hosts = new Set<string>()
  let tokensIssued = 0
  const server = https.createServer(
    { key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) },
    (req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (c) => chunks.push(c))
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8')
        hosts.add(String(req.headers.host))
        if (req.url === '/token') {
          // The JWT bearer grant (RFC 7523), signed RS256 with the service account's key.
          const assertion = new URLSearchParams(body).get('assertion') ?? ''
          const [h, p, s] = assertion.split('.') as [string, string, string]
          const ok = verify(
            'RSA-SHA256',
            Buffer.from(`${h}.${p}`),
            publicKey,
            Buffer.from(s ?? '', 'base64url'),
          )
          if (!ok) return res.writeHead(401).end()
          tokensIssued += 1
          res.writeHead(200, { 'content-type': 'application/json' })
          return res.end(
            JSON.stringify({ access_token: 'ya29.thu-nghiem', expires_in: 3600, token_type: 'Bearer' }),
          )
        }
        if (req.url !== `/v1/projects/${projectId}/messages:send`) return res.writeHead(404).end()
        if (req.headers.authorization !== 'Bearer ya29.thu-nghiem') return res.writeHead(401).end()
        const { message } = JSON.parse(body)
        sends.push({ token: message.token, message })
        res.setHeader('content-type', 'application/json')
        if (String(message.token).startsWith('dead-')) {
          res.writeHead(404)
          return res.end(
            JSON.stringify({
              error: {
                code: 404,
                message: 'Requested entity was not found.',
                status: 'NOT_FOUND',
                details: [
                  {
                    '@type': 'type.googleapis.com/google.firebase.fcm.v1.FcmError',
                    errorCode: 'UNREGISTERED',
                  },
                ],
              },
            }),
          )
        }
        res.writeHead(200)
        res.end(JSON.stringify({ name: `projects/${projectId}/messages/${sends.length}` }))
      })
    },
  )
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const agent = new LoopbackAgent((server.address() as AddressInfo).port)
  return {
    serviceAccount,
    agent,
    sends,
    hosts,
    tokensIssued: () => tokensIssued,
    close: async () => {
      agent.destroy()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
