/**
 * The session token of a request, found where Payload's `extractJWT` finds it and in its order (`auth.jwtOrder`):
 * `Authorization: JWT …`, `Authorization: Bearer …`, or the cookie, which counts only from an allowed origin (its
 * CSRF rule). Payload does not export `extractJWT`.
 */
import type { Payload } from 'payload'

export interface TokenSources {
  order: readonly string[]
  cookieName: string
  csrf: readonly string[]
}

/** Where the sources are read: Payload's sanitized config, or the same settings without Payload (the Lambda entry). */
export interface TokenSettings {
  config: Pick<Payload['config'], 'cookiePrefix' | 'csrf'> & {
    auth: Pick<Payload['config']['auth'], 'jwtOrder'>
  }
}

export function tokenSources(payload: TokenSettings): TokenSources {
  const { auth, cookiePrefix, csrf } = payload.config
  return { order: auth.jwtOrder, cookieName: `${cookiePrefix}-token`, csrf }
}

function cookieToken(headers: Headers, { cookieName, csrf }: TokenSources): string | null {
  const header = headers.get('cookie')
  if (!header) return null
  let token: string | null = null
  for (const part of header.split(';')) {
    const at = part.indexOf('=')
    if (at > 0 && part.slice(0, at).trim() === cookieName) {
      token = decodeURIComponent(part.slice(at + 1).trim())
      break
    }
  }
  if (!token) return null
  const origin = headers.get('origin')
  if (origin) return csrf.length === 0 || csrf.includes(origin) ? token : null
  if (csrf.length === 0) return token
  const site = headers.get('sec-fetch-site')
  return site === 'same-origin' || site === 'same-site' || site === 'none' ? token : null
}

export function tokenOf(headers: Headers, sources: TokenSources): string | null {
  for (const source of sources.order) {
    const authorization = headers.get('authorization')
    const token =
      source === 'JWT' && authorization?.startsWith('JWT ')
        ? authorization.slice(4)
        : source === 'Bearer' && authorization?.startsWith('Bearer ')
          ? authorization.slice(7)
          : source === 'cookie'
            ? cookieToken(headers, sources)
            : null
    if (token) return token
  }
  return null
}
