/**
 * The three doors a client can use — REST, GraphQL and the Local API as a user — each answering one
 * question per operation: did the server let this actor do it? A refusal is 401/403, or 404 for one
 * document the actor may not see; a validation error (400) means access was granted and the data was
 * judged next, so it counts as allowed.
 */
import type { CollectionSlug, Payload } from 'payload'
import { graphqlAs, restAs } from '../requests.ts'
import type { Actor } from './actors.ts'

export const DOORS = ['REST', 'GraphQL', 'Local API'] as const
export type Door = (typeof DOORS)[number]
export const OPERATIONS = [
  'read',
  'list',
  'create',
  'update',
  'delete',
  'readVersions',
  'restore',
  'lock',
  'unlock',
] as const
export type Operation = (typeof OPERATIONS)[number]

type Id = number | string
export interface Attempt {
  slug: string
  operation: Operation
  actor: Actor
  id: Id
  /** For restore: a version of the target. */
  versionId?: Id
  /** For create: the input (owner fields only; the rules judge ownership before validation). */
  data?: Record<string, unknown>
}
/** True: allowed; false: refused; undefined: this door has no such operation for this collection. */
export type Outcome = boolean | undefined

const REFUSED = new Set([401, 403, 404])
const statusOf = (error: unknown) => (error as { status?: number })?.status

export function doors(payload: Payload) {
  async function rest(a: Attempt): Promise<Outcome> {
    const call = async (method: string, path: string, body?: unknown) => {
      const response = await restAs(payload, path, a.actor.user, { method, body })
      return {
        status: response.status,
        body: (await response.json().catch(() => null)) as Record<string, unknown>,
      }
    }
    const base = `/${a.slug}`
    const byId = { read: 'get', update: 'patch', delete: 'delete' }[a.operation as string]
    if (byId && shadowsId(payload, a.slug, byId)) return undefined
    const granted = ({ status }: { status: number }): Outcome => {
      if (status === 501) return undefined // Payload serves no REST door for this collection
      if (status >= 500) throw new Error(`${a.slug} ${a.operation} qua REST trả ${status}`)
      return !REFUSED.has(status)
    }
    switch (a.operation) {
      case 'read':
        return granted(await call('GET', `${base}/${a.id}?depth=0`))
      case 'list': {
        const answer = await call('GET', `${base}?depth=0&where[id][equals]=${a.id}`)
        return granted(answer) && ((answer.body?.docs ?? []) as unknown[]).length === 1
      }
      case 'create':
        return granted(await call('POST', base, a.data))
      case 'update':
        return granted(await call('PATCH', `${base}/${a.id}?depth=0`, {}))
      case 'delete':
        return granted(await call('DELETE', `${base}/${a.id}`))
      case 'readVersions': {
        const answer = await call('GET', `${base}/versions?depth=0&where[parent][equals]=${a.id}`)
        return granted(answer) && ((answer.body?.docs ?? []) as unknown[]).length > 0
      }
      case 'restore':
        return granted(await call('POST', `${base}/versions/${a.versionId}?depth=0`))
      case 'lock':
        return granted(await call('POST', '/payload-locked-documents', lockOf(a)))
      case 'unlock':
        return granted(await call('POST', `${base}/unlock`, { username: a.data?.username }))
    }
  }

  async function graphql(a: Attempt): Promise<Outcome> {
    const names = graphQLNames(payload, a.slug)
    if (!names) return undefined
    const { singular, plural } = names
    const id = literal(a.id)
    const query = {
      read: `{ r: ${singular}(id: ${id}) { id } }`,
      list: `{ r: ${plural}(where: { id: { equals: ${id} } }) { docs { id } } }`,
      create: undefined, // the GraphQL input type demands every required field before access is asked
      update: `mutation { r: update${singular}(id: ${id}, data: {}) { id } }`,
      delete: `mutation { r: delete${singular}(id: ${id}) { id } }`,
      readVersions: `{ r: versions${plural}(where: { parent: { equals: ${id} } }) { docs { id } } }`,
      restore: `mutation { r: restoreVersion${singular}(id: ${literal(a.versionId ?? '')}) { id } }`,
      lock: undefined, // a polymorphic input; REST and the Local API try it
      unlock: undefined, // closed on GraphQL for everyone (cms/src/auth/graphqlDoors.ts)
    }[a.operation]
    if (!query) return undefined
    const body = (await graphqlAs(payload, query, a.actor.user)) as {
      data?: { r?: unknown }
      errors?: { message: string; extensions?: { statusCode?: number } }[]
    }
    if (
      body.errors?.some(
        (e) => (e.extensions?.statusCode ?? 0) >= 500 && !/Forbidden|not allowed/i.test(e.message),
      )
    ) {
      throw new Error(`${a.slug} ${a.operation} qua GraphQL: ${body.errors.map((e) => e.message).join('; ')}`)
    }
    const r = body.data?.r as { id?: unknown; docs?: unknown[] } | null | undefined
    if (!r) return false
    if (a.operation === 'list') return r.docs?.length === 1
    if (a.operation === 'readVersions') return (r.docs?.length ?? 0) > 0
    return true
  }

  async function local(a: Attempt): Promise<Outcome> {
    const collection = a.slug as CollectionSlug
    const as = { user: a.actor.user, overrideAccess: false, depth: 0 } as const
    try {
      switch (a.operation) {
        case 'read':
          await payload.findByID({ collection, id: a.id, ...as })
          return true
        case 'list':
          return (
            (await payload.find({ collection, where: { id: { equals: a.id } }, ...as })).docs.length === 1
          )
        case 'create':
          await payload.create({ collection, data: a.data as never, ...as })
          return true
        case 'update':
          await payload.update({ collection, id: a.id, data: {}, ...as })
          return true
        case 'delete':
          await payload.delete({ collection, id: a.id, ...as })
          return true
        case 'readVersions':
          return (
            (await payload.findVersions({ collection, where: { parent: { equals: a.id } }, ...as })).docs
              .length > 0
          )
        case 'restore':
          await payload.restoreVersion({ collection, id: a.versionId as never, ...as })
          return true
        case 'lock':
          await payload.create({ collection: 'payload-locked-documents', data: lockOf(a) as never, ...as })
          return true
        case 'unlock':
          await payload.unlock({ collection, data: { username: a.data?.username } as never, ...as })
          return true
      }
    } catch (error) {
      const status = statusOf(error)
      if (status !== undefined && REFUSED.has(status)) return false
      if (status === 400 || (error as Error).name === 'ValidationError') return true
      throw error
    }
  }

  return { REST: rest, GraphQL: graphql, 'Local API': local } satisfies Record<
    Door,
    (a: Attempt) => Promise<Outcome>
  >
}

/**
 * Payload's preferences answer `/:key` for the caller's own entry instead of `/:id`: such a collection has
 * no REST door by id (the Local API and GraphQL still try it).
 */
function shadowsId(payload: Payload, slug: string, method: string): boolean {
  const { endpoints } = payload.collections[slug as CollectionSlug].config
  // `endpoints` is an array or `false` (none), so an optional chain would not narrow it.
  return (
    Array.isArray(endpoints) && endpoints.some((e) => e.method === method && /^\/:(?!id$)\w+$/.test(e.path))
  )
}

const lockOf = (a: Attempt) => ({
  document: { relationTo: a.slug, value: a.id },
  user: { relationTo: 'users', value: a.actor.user?.id ?? 0 },
})

const literal = (id: Id) => (typeof id === 'number' ? String(id) : JSON.stringify(id))

/** The names Payload gave the collection's queries, or undefined when it has no GraphQL. */
function graphQLNames(payload: Payload, slug: string) {
  const collection = payload.collections[slug as CollectionSlug] as unknown as {
    config: { graphQL?: false | object }
    graphQL?: { singularName: string; pluralName: string }
  }
  if (collection.config.graphQL === false || !collection.graphQL) return undefined
  return { singular: collection.graphQL.singularName, plural: collection.graphQL.pluralName }
}
