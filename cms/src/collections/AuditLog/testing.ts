/** For the audit log's tests: REST and GraphQL requests as a user, from an address, and the entries of a document. */
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

/** Every entry about one document, oldest first, read as the server. */
export async function entriesOf(payload: Payload, collection: string, docId: unknown): Promise<any[]> {
  const found = await payload.find({
    collection: 'audit-log' as never,
    where: { and: [{ collectionSlug: { equals: collection } }, { docId: { equals: String(docId) } }] },
    sort: 'id',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return found.docs as any[]
}

/** Every entry, oldest first (the list's default order is newest first). */
export async function allEntries(payload: Payload): Promise<any[]> {
  const found = await payload.find({
    collection: 'audit-log' as never,
    sort: 'id',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return found.docs as any[]
}
