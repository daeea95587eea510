/**
 * The service-account credential for FCM, signing its own JWT grant (RFC 7523) and fetching the OAuth token
 * through our https.Agent. firebase-admin's cert() does not: google-auth-library 11 fetches the token with a
 * bare gaxios that ignores httpAgent, so a proxy (or the test's local server) would never see it.
 */
import { createSign } from 'node:crypto'
import https from 'node:https'
import type { Credential, GoogleOAuthAccessToken } from 'firebase-admin/app'

export interface ServiceAccountKey {
  clientEmail: string
  privateKey: string
  /** The service account JSON's token_uri; Google's by default. */
  tokenUri?: string
}

const SCOPES = [
  'https://www.googleapis.com/auth/cloud-platform',
  'https://www.googleapis.com/auth/firebase.messaging',
]

function assertion(key: ServiceAccountKey, tokenUri: string): string {
  const now = Math.floor(Date.now() / 1000)
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
  const unsigned = `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ iss: key.clientEmail, scope: SCOPES.join(' '), aud: tokenUri, iat: now, exp: now + 3600 })}`
  const signature = createSign('RSA-SHA256').update(unsigned).sign(key.privateKey).toString('base64url')
  return `${unsigned}.${signature}`
}

export function serviceAccountCredential(key: ServiceAccountKey, agent: https.Agent): Credential {
  const tokenUri = key.tokenUri ?? 'https://oauth2.googleapis.com/token'
  return {
    getAccessToken: () =>
      new Promise<GoogleOAuthAccessToken>((resolve, reject) => {
        const body = new URLSearchParams({
          grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
          assertion: assertion(key, tokenUri),
        }).toString()
        const request = https.request(
          tokenUri,
          {
            method: 'POST',
            agent,
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            timeout: 15_000,
          },
          (response) => {
            const chunks: Buffer[] = []
            response.on('data', (c) => chunks.push(c))
            response.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8')
              if (response.statusCode !== 200)
                return reject(
                  new Error(
                    `Không lấy được mã truy cập FCM (mã ${response.statusCode}): ${text.slice(0, 200)}`,
                  ),
                )
              try {
                const { access_token, expires_in } = JSON.parse(text)
                resolve({ access_token, expires_in })
              } catch (error) {
                reject(error)
              }
            })
          },
        )
        request.on('timeout', () =>
          request.destroy(new Error('Hết thời gian chờ máy chủ cấp mã truy cập FCM.')),
        )
        request.on('error', reject)
        request.end(body)
      }),
  }
}
