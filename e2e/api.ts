/** Small REST helpers against the running stack: sign in as a demo user and call Payload's API with the cookie. */
import type { DemoLogin } from './stack.ts'

export interface Session {
  cookie: string
  user: { id: number | string; [key: string]: unknown }
}

export async function signIn(baseUrl: string, login: DemoLogin): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: login.username, password: login.password }),
  })
  if (!response.ok)
    throw new Error(`Đăng nhập ${login.username} thất bại: ${response.status} ${await response.text()}`)
  const cookie = response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ')
  const { user } = await response.json()
  return { cookie, user }
}

export async function api<T = any>(
  baseUrl: string,
  path: string,
  init: RequestInit & { session?: Session } = {},
) {
  const { session, ...rest } = init
  const headers = new Headers(rest.headers)
  if (session) headers.set('cookie', session.cookie)
  // A browser sends Origin with every write; /api refuses cookie writes without it (cross-site guard).
  if (session && !headers.has('origin')) headers.set('origin', new URL(baseUrl).origin)
  if (rest.body && !headers.has('content-type')) headers.set('content-type', 'application/json')
  const response = await fetch(`${baseUrl}${path}`, { ...rest, headers })
  const body = (await response.json().catch(() => null)) as T
  return { status: response.status, body }
}
