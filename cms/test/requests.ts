/** REST and GraphQL requests through Payload's own routing, as a signed-in user or anonymously. */
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type Payload } from 'payload'

interface Caller {
  token: string
}

export interface Sent {
  method?: string
  body?: unknown
  /** What the front server forwards: the client's claims, then the address it saw. */
  forwardedFor?: string
}

export function restAs(payload: Payload, path: string, user?: Caller, sent: Sent = {}) {
  const headers: Record<string, string> = {}
  if (user) headers.Authorization = `JWT ${user.token}`
  if (sent.forwardedFor) headers['X-Forwarded-For'] = sent.forwardedFor
  if (sent.body !== undefined) headers['Content-Type'] = 'application/json'
  return handleEndpoints({
    config: payload.config,
    request: new Request(`http://localhost/api${path}`, {
      method: sent.method ?? 'GET',
      headers,
      body: sent.body === undefined ? undefined : JSON.stringify(sent.body),
    }),
  })
}

export async function graphqlAs(payload: Payload, query: string, user?: Caller, forwardedFor?: string) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (user) headers.Authorization = `JWT ${user.token}`
  if (forwardedFor) headers['X-Forwarded-For'] = forwardedFor
  const request = new Request('http://localhost/api/graphql', {
    method: 'POST',
    headers,
    body: JSON.stringify({ query }),
  })
  return (await GRAPHQL_POST(payload.config)(request)).json()
}
