/**
 * The access matrix, generated from the Payload config: every collection × every operation × every actor
 * relation × every door, plus a write to every server-owned field by every actor allowed to write the
 * document. A collection added later is covered without a new test; an operation whose rule is not a named
 * rule with a promise in expected.ts fails here.
 */
import { serverOwned } from '@sotay/content-schemas'
import {
  type CollectionSlug,
  type Field,
  handleEndpoints,
  type Payload,
  type SanitizedCollectionConfig,
} from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { type AccessTree, buildAccessTree } from '../fixtures/accessTree.ts'
import { testPayload } from '../payload.ts'
import { restAs } from '../requests.ts'
import { type Actor, actorsOf } from './actors.ts'
import { type Attempt, DOORS, doors, OPERATIONS, type Operation } from './doors.ts'
import { PROMISES } from './expected.ts'
import { type Sample, Samples } from './samples.ts'

let payload: Payload
let tree: AccessTree
let actors: Actor[]
let samples: Samples

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, 'MTX')
  actors = actorsOf(tree)
  samples = new Samples(payload, tree)
  // GraphQL names its queries when the schema is first built.
  await doors(payload).GraphQL({ slug: 'orgs', operation: 'read', actor: actors[0], id: 0 })
})

/** The config's rule for an operation: restore is an update, a lock needs the right to update. */
function ruleOf(collection: SanitizedCollectionConfig, operation: Operation): unknown {
  const access = collection.access as Record<string, unknown>
  switch (operation) {
    case 'read':
    case 'list':
      return access.read
    case 'restore':
    case 'lock':
      return access.update
    default:
      return access[operation]
  }
}

function applies(collection: SanitizedCollectionConfig, operation: Operation): boolean {
  if (operation === 'readVersions' || operation === 'restore') return Boolean(collection.versions)
  if (operation === 'unlock') return Boolean(collection.auth)
  if (operation === 'lock') {
    const locks = payload.collections['payload-locked-documents' as CollectionSlug]?.config
    const document = locks?.fields.find((f) => 'name' in f && f.name === 'document')
    return Boolean(
      document && 'relationTo' in document && [document.relationTo].flat().includes(collection.slug),
    )
  }
  return true
}

const collections = () => payload.config.collections

describe('the access matrix, generated from the config', () => {
  it('names a rule with a promise for every collection and operation', () => {
    const undeclared = collections().flatMap((c) =>
      OPERATIONS.filter((op) => applies(c, op) && !PROMISES.has(ruleOf(c, op))).map(
        (op) => `${c.slug}.${op}`,
      ),
    )
    const undeclaredGlobals = payload.config.globals.flatMap((g) =>
      (['read', 'update'] as const)
        .filter((op) => !PROMISES.has(g.access[op]))
        .map((op) => `${g.slug}.${op}`),
    )
    expect(
      [...undeclared, ...undeclaredGlobals],
      'các thao tác chưa có quy tắc truy cập được khai báo',
    ).toEqual([])
  })

  it('every global answers every actor as its rules promise', async () => {
    const mismatches: string[] = []
    for (const global of payload.config.globals) {
      for (const operation of ['read', 'update'] as const) {
        const promise = PROMISES.get(global.access[operation])
        if (!promise) continue
        for (const actor of actors) {
          const local = operation === 'read' ? payload.findGlobal : payload.updateGlobal
          const outcomes = {
            REST: await globalByRest(global.slug, operation, actor),
            'Local API': await local
              .call(payload, {
                slug: global.slug,
                data: {},
                user: actor.user,
                overrideAccess: false,
              })
              .then(() => true)
              .catch(() => false),
          }
          for (const [door, outcome] of Object.entries(outcomes)) {
            if (outcome !== promise.allows(actor))
              mismatches.push(`${global.slug}.${operation} qua ${door}, ${actor.relation}`)
          }
        }
      }
    }
    expect(mismatches).toEqual([])
  })

  it('every door answers every actor as the rules promise', async () => {
    const run = doors(payload)
    const mismatches: string[] = []
    const counts = { cases: 0, allowed: 0, refused: 0 }
    for (const collection of collections()) {
      const slug = collection.slug
      let target: Sample | undefined
      for (const operation of OPERATIONS) {
        if (!applies(collection, operation)) continue
        const promise = PROMISES.get(ruleOf(collection, operation))
        if (!promise) continue // reported by the test above
        for (const actor of actors) {
          for (const door of DOORS) {
            target ??= await samples.make(slug)
            const attempt: Attempt = { slug, operation, actor, id: target.id, data: target.data }
            if (operation === 'restore') attempt.versionId = await latestVersion(slug, target.id)
            const outcome = await run[door](attempt)
            if (outcome === undefined) continue
            counts.cases += 1
            counts[outcome ? 'allowed' : 'refused'] += 1
            // A lock is an admin's tool: besides the right to edit the document, it needs an admin grant.
            const expected = promise.allows(actor, operation) && (operation !== 'lock' || actor.anyGrant)
            if (outcome !== expected) {
              mismatches.push(
                `${slug}.${operation} qua ${door}, ${actor.relation}: ${outcome ? 'được phép' : 'bị từ chối'}, ` +
                  `quy tắc hứa ${expected ? 'được phép' : 'bị từ chối'} (${promise.says})`,
              )
            }
            if (operation === 'lock') await clearLocks()
            if (operation === 'delete' && outcome) target = undefined
          }
        }
      }
    }
    console.log(
      `Ma trận quyền truy cập: ${counts.cases} trường hợp đã chạy — ${collections().length} bộ sưu tập × ` +
        `${OPERATIONS.length} thao tác × ${actors.length} vai trò × ${DOORS.length} cửa, trừ những thao tác ` +
        `mà bộ sưu tập hay cửa đó không có; ${counts.allowed} được phép, ${counts.refused} bị từ chối.`,
    )
    expect(mismatches).toEqual([])
  }, 900_000)

  it('declares every lineage field server-owned, in every collection', () => {
    // The lineage decides who reads a document: a field of that name left writable is a door into another cell.
    const open = collections().flatMap((c) =>
      namedFields(c.fields)
        .filter((f) => LINEAGE_FIELDS.includes(f.name) && !serverOwnedFields([f]).length)
        .map((f) => `${c.slug}.${f.name}`),
    )
    expect(open).toEqual([])
  })

  it('no client writes a server-owned field, through any door', async () => {
    const written: string[] = []
    let cases = 0
    for (const collection of collections()) {
      const fields = serverOwnedFields(collection.fields)
      if (!fields.length) continue
      const promise = PROMISES.get(collection.access.update)
      const writers = actors.filter((a) => promise?.allows(a))
      const target = await samples.make(collection.slug)
      for (const field of fields) {
        for (const actor of actors) {
          const before = await stored(collection.slug, target.id, field.name)
          const forged = forgedValue(field)
          const patch = { [field.name]: forged }
          for (const door of ['REST', 'Local API'] as const) {
            cases += 1
            await writeAs(door, collection.slug, target.id, patch, actor).catch(() => undefined)
            const after = await stored(collection.slug, target.id, field.name)
            if (
              JSON.stringify(after) !== JSON.stringify(before) &&
              JSON.stringify(after) === JSON.stringify(forged)
            ) {
              written.push(`${collection.slug}.${field.name} qua ${door}, ${actor.relation}`)
            }
          }
        }
        // A creator cannot seed the field either (a card number is given at creation, then only reissued).
        for (const actor of 'access' in field && field.access?.create === serverOwned ? writers : []) {
          cases += 1
          const { data } = await samples.make(collection.slug).catch(() => ({ data: undefined }))
          if (!data) continue
          const created = await payload
            .create({
              collection: collection.slug as CollectionSlug,
              data: { ...data, [field.name]: forgedValue(field) },
              user: actor.user,
              overrideAccess: false,
              depth: 0,
            })
            .catch(() => undefined)
          if (
            created &&
            JSON.stringify(Reflect.get(created, field.name)) === JSON.stringify(forgedValue(field))
          ) {
            written.push(`${collection.slug}.${field.name} khi tạo, ${actor.relation}`)
          }
        }
      }
    }
    console.log(`Trường do máy chủ quản lý: ${cases} lần thử ghi.`)
    expect(written).toEqual([])
  }, 900_000)
})

async function globalByRest(slug: string, operation: 'read' | 'update', actor: Actor) {
  const request = new Request(`http://localhost/api/globals/${slug}`, {
    method: operation === 'read' ? 'GET' : 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(actor.user ? { Authorization: `JWT ${actor.user.token}` } : {}),
    },
    body: operation === 'read' ? undefined : '{}',
  })
  const response = await handleEndpoints({ config: payload.config, request })
  return ![401, 403, 404].includes(response.status)
}

async function latestVersion(slug: string, parent: number | string) {
  const { docs } = await payload.findVersions({
    collection: slug as CollectionSlug,
    where: { parent: { equals: parent } },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
  })
  return docs[0]?.id as number | string
}

async function clearLocks() {
  await payload.delete({ collection: 'payload-locked-documents', where: { id: { exists: true } } })
}

async function stored(slug: string, id: number | string, name: string) {
  const doc = await payload.findByID({ collection: slug as CollectionSlug, id, depth: 0, draft: true })
  return Reflect.get(doc, name) ?? null
}

type Named = Field & { name: string }

/** Fields whose create and update rules are the server-owned rule, at any depth of rows and tabs. */
function serverOwnedFields(fields: Field[]): Named[] {
  return fields.flatMap((field): Named[] => {
    if ('name' in field && 'access' in field && field.access?.update === serverOwned) return [field as Named]
    if (!('name' in field) && 'fields' in field) return serverOwnedFields(field.fields)
    if (field.type === 'tabs') return field.tabs.flatMap((t) => serverOwnedFields(t.fields))
    return []
  })
}

const LINEAGE_FIELDS = ['orgAncestors', 'ancestors', 'path', 'depth', 'assignedAncestors', 'branch']

/** Every named field, at any depth of rows, collapsibles and tabs (not inside groups or arrays). */
function namedFields(fields: Field[]): Named[] {
  return fields.flatMap((field): Named[] => {
    if ('name' in field) return [field as Named]
    if ('fields' in field) return namedFields(field.fields)
    if (field.type === 'tabs') return field.tabs.flatMap((t) => namedFields(t.fields))
    return []
  })
}

/** A value a forger would send: another subtree for lineage, nonsense for the rest. */
function forgedValue(field: Named): unknown {
  switch (field.type) {
    case 'relationship':
    case 'upload': {
      const other = field.relationTo === 'orgs' ? tree.orgs.b1.id : tree.users.memberB1.id
      return 'hasMany' in field && field.hasMany ? [other] : other
    }
    case 'number':
      return 987_654
    case 'date':
      return '2001-02-03T00:00:00.000Z'
    case 'checkbox':
      return true
    case 'group':
      return {}
    case 'json':
      return { gia: 'mạo' }
    default:
      return 'giả mạo'
  }
}

async function writeAs(
  door: 'REST' | 'Local API',
  slug: string,
  id: number | string,
  data: object,
  actor: Actor,
) {
  if (door === 'Local API') {
    return payload.update({
      collection: slug as CollectionSlug,
      id,
      data: data,
      user: actor.user,
      overrideAccess: false,
    })
  }
  return restAs(payload, `/${slug}/${id}`, actor.user, { method: 'PATCH', body: data })
}
