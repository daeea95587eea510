/** The audit log through the real doors: REST, GraphQL and the Local API, on the shared test Payload. */

import { readFile } from 'node:fs/promises'
import { generateActivationCode } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { type AccessTree, buildAccessTree, PASSWORD } from '../../../test/fixtures/accessTree.ts'
import { testPayload } from '../../../test/payload.ts'
import { allEntries, entriesOf, graphqlAs, restAs } from './testing.ts'

let payload: Payload
let tree: AccessTree

const FRONT = '198.51.100.23, 203.0.113.7' // a claimed address, then the one the front server saw

const lexical = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: 'ltr',
        format: '',
        indent: 0,
        textFormat: 0,
        children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }],
      },
    ],
  },
})

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, 'AUD')
})

describe('an admin write through REST', () => {
  let newsId: number | string

  it('records a create with who, the org, the fields and the address the front server saw', async () => {
    const created = await restAs(payload, '/news', tree.users.adminA, {
      method: 'POST',
      forwardedFor: FRONT,
      body: { title: 'Hội nghị sơ kết quý I', category: 'co-so', org: tree.orgs.a1.id, audience: 'org' },
    })
    expect(created.status).toBe(201)
    newsId = (await created.json()).doc.id
    const entry = (await entriesOf(payload, 'news', newsId)).at(-1)
    expect(entry).toMatchObject({
      action: 'create',
      actor: tree.users.adminA.id,
      actorName: 'Trần Văn An',
      collectionLabel: 'Tin tức',
      docTitle: 'Hội nghị sơ kết quý I',
      org: tree.orgs.a1.id,
      ip: '203.0.113.7',
      at_tz: 'Asia/Ho_Chi_Minh',
    })
    expect(entry.orgAncestors.map(String)).toEqual([tree.orgs.root.id, tree.orgs.a.id].map(String))
    expect(entry.details.forwardedFor).toBe('198.51.100.23')
    expect(entry.changes).toContainEqual({ field: 'title', after: 'Hội nghị sơ kết quý I' })
  })

  it('records an update with before and after of each changed field, rich text summarised', async () => {
    const body = 'Chi bộ đã hoàn thành 100% chỉ tiêu kết nạp đảng viên mới trong quý.'
    const updated = await restAs(payload, `/news/${newsId}`, tree.users.adminA, {
      method: 'PATCH',
      forwardedFor: FRONT,
      body: { title: 'Hội nghị sơ kết quý I năm 2026', content: lexical(body) },
    })
    expect(updated.status).toBe(200)
    const entry = (await entriesOf(payload, 'news', newsId)).at(-1)
    expect(entry.action).toBe('update')
    expect(entry.changes).toContainEqual({
      field: 'title',
      before: 'Hội nghị sơ kết quý I',
      after: 'Hội nghị sơ kết quý I năm 2026',
    })
    const content = entry.changes.find((c: { field: string }) => c.field === 'content')
    expect(content.before).toBeNull()
    expect(content.after).toMatch(/^\[Văn bản định dạng, 6\d ký tự\] Chi bộ đã hoàn thành/)
    // Unchanged fields are not listed.
    expect(entry.changes.map((c: { field: string }) => c.field)).not.toContain('category')
  })

  it('records a delete with what the document held', async () => {
    const deleted = await restAs(payload, `/news/${newsId}`, tree.users.adminA, {
      method: 'DELETE',
      forwardedFor: FRONT,
    })
    expect(deleted.status).toBe(200)
    const entry = (await entriesOf(payload, 'news', newsId)).at(-1)
    expect(entry).toMatchObject({ action: 'delete', ip: '203.0.113.7', org: tree.orgs.a1.id })
    expect(entry.changes).toContainEqual({ field: 'title', before: 'Hội nghị sơ kết quý I năm 2026' })
  })
})

describe('other doors and other writers', () => {
  it('records an admin write through GraphQL', async () => {
    const { data, errors } = await graphqlAs(
      payload,
      `mutation { createNews(data: { title: "Tin từ GraphQL", category: co_so, audience: org }) { id } }`,
      tree.users.editorA,
      '203.0.113.8',
    )
    expect(errors).toBeUndefined()
    // SQLite reuses the id of a deleted row: the newest entry of this id is this create.
    const entry = (await entriesOf(payload, 'news', data.createNews.id)).at(-1)
    expect(entry).toMatchObject({ action: 'create', actor: tree.users.editorA.id, ip: '203.0.113.8' })
  })

  it('records an admin write through the Local API as that admin, with no address', async () => {
    const doc = await payload.create({
      collection: 'faq',
      data: {
        question: 'Đóng đảng phí ở đâu?',
        answer: 'Tại chi bộ.',
        category: 'dang-phi',
        org: tree.orgs.a1.id,
        audience: 'public',
      },
      user: tree.users.secretaryA1,
      overrideAccess: false,
    })
    const entry = (await entriesOf(payload, 'faq', doc.id)).at(-1)
    expect(entry).toMatchObject({ action: 'create', actorName: 'Hoàng Văn Đông', ip: null })
  })

  it('records a restore of an earlier version as an update', async () => {
    const doc = (await payload.create({
      collection: 'news',
      data: {
        title: 'Bản đầu',
        category: 'co-so',
        org: tree.orgs.a1.id,
        audience: 'org',
        _status: 'published',
      },
    })) as { id: number | string }
    await payload.update({ collection: 'news', id: doc.id, data: { title: 'Bản sau' } })
    const versions = await payload.findVersions({
      collection: 'news',
      where: { and: [{ parent: { equals: doc.id } }, { 'version.title': { equals: 'Bản đầu' } }] },
      limit: 1,
    })
    const response = await restAs(payload, `/news/versions/${versions.docs[0].id}`, tree.users.adminA, {
      method: 'POST',
      forwardedFor: '203.0.113.13',
    })
    expect(response.status).toBe(200)
    const entry = (await entriesOf(payload, 'news', doc.id)).at(-1)
    expect(entry).toMatchObject({ action: 'update', actor: tree.users.adminA.id, ip: '203.0.113.13' })
    expect(entry.changes).toContainEqual({ field: 'title', before: 'Bản sau', after: 'Bản đầu' })
  })

  it('does not record a member changing their own contact fields', async () => {
    const before = (await entriesOf(payload, 'users', tree.users.memberA1.id)).length
    const response = await restAs(payload, `/users/${tree.users.memberA1.id}`, tree.users.memberA1, {
      method: 'PATCH',
      body: { phone: '0912000111' },
    })
    expect(response.status).toBe(200)
    expect(await entriesOf(payload, 'users', tree.users.memberA1.id)).toHaveLength(before)
  })

  it('records a grant change as such, with the grants before and after', async () => {
    const response = await restAs(payload, `/users/${tree.users.memberB1.id}`, tree.users.superadmin, {
      method: 'PATCH',
      forwardedFor: '203.0.113.9',
      body: { grants: [{ role: 'secretary', org: tree.orgs.b1.id }] },
    })
    expect(response.status).toBe(200)
    const entry = (await entriesOf(payload, 'users', tree.users.memberB1.id)).at(-1)
    expect(entry).toMatchObject({ action: 'grants', actorName: 'Quản Trị Viên', org: tree.orgs.b1.id })
    expect(entry.changes).toContainEqual({
      field: 'grants',
      before: null,
      after: [{ role: 'secretary', org: tree.orgs.b1.id }],
    })
  })
})

describe('secrets never enter the log', () => {
  it('names a new password but keeps it not', async () => {
    const password = 'BiMat@Rieng2026'
    const created = await restAs(payload, '/users', tree.users.secretaryA1, {
      method: 'POST',
      forwardedFor: '203.0.113.10',
      body: { username: '930000000001', fullName: 'Ngô Thị Mai', org: tree.orgs.a1.id, password },
    })
    expect(created.status).toBe(201)
    const id = (await created.json()).doc.id
    const entry = (await entriesOf(payload, 'users', id)).at(-1)
    expect(entry.action).toBe('create')
    expect(entry.changes).toContainEqual({ field: 'password', secret: true })
    const everything = JSON.stringify(await allEntries(payload))
    expect(everything).not.toContain(password)
    expect(everything).not.toContain(PASSWORD)
  })

  it('records the activation-code export (who, which org, what form) without any code', async () => {
    // A member issued a code (as an import does) and not activated yet: printing gives them a new one.
    await payload.create({
      collection: 'users',
      data: {
        username: '930000000002',
        fullName: 'Lý Văn Tâm',
        org: tree.orgs.a1.id,
        password: 'Tam-thoi-2026',
        activationCode: generateActivationCode(),
      },
    })
    // Printing issues new codes to the cell's members who have not activated yet, shown this once.
    const response = await restAs(
      payload,
      `/users/activation-codes?org=${tree.orgs.a1.id}&format=csv`,
      tree.users.secretaryA1,
      { method: 'POST', forwardedFor: '203.0.113.11' },
    )
    expect(response.status).toBe(200)
    const [, ...rows] = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    const codes = rows.map((row) => row.split(',').at(-1)?.replace(/"/g, '') ?? '').filter(Boolean)
    expect(codes.length).toBeGreaterThan(0)
    const exports = (await allEntries(payload)).filter(
      (e) => e.action === 'export' && e.actor === tree.users.secretaryA1.id,
    )
    expect(exports.at(-1)).toMatchObject({
      actor: tree.users.secretaryA1.id,
      collectionSlug: 'users',
      org: tree.orgs.a1.id,
      ip: '203.0.113.11',
      details: { what: 'activation-codes', format: 'csv' },
    })
    const everything = JSON.stringify(await allEntries(payload))
    for (const code of codes) expect(everything).not.toContain(code)
  })

  it('records a card reissue as such', async () => {
    const response = await restAs(
      payload,
      `/users/${tree.users.memberA1.id}/reissue-card`,
      tree.users.secretaryA1,
      {
        method: 'POST',
        body: { newNumber: '930000000777', reason: 'Thẻ cũ bị mất' },
      },
    )
    expect(response.status).toBe(200)
    const entry = (await entriesOf(payload, 'users', tree.users.memberA1.id)).at(-1)
    expect(entry.action).toBe('reissue-card')
    expect(entry.changes).toContainEqual(
      expect.objectContaining({ field: 'username', after: '930000000777' }),
    )
  })
})

describe('the log is append-only', () => {
  let entry: any

  beforeAll(async () => {
    entry = (await allEntries(payload)).at(-1)
  })

  const unchanged = async () => {
    const now = await payload.findByID({
      collection: 'audit-log',
      id: entry.id,
      depth: 0,
      overrideAccess: true,
    })
    expect(now).toEqual(entry)
  }

  it('refuses create, update and delete through REST, even to the superadmin', async () => {
    const count = (await allEntries(payload)).length
    const create = await restAs(payload, '/audit-log', tree.users.superadmin, {
      method: 'POST',
      body: { action: 'create', actorName: 'Giả mạo', at: new Date().toISOString() },
    })
    expect(create.status).toBe(403)
    const update = await restAs(payload, `/audit-log/${entry.id}`, tree.users.superadmin, {
      method: 'PATCH',
      body: { actorName: 'Người khác' },
    })
    expect(update.status).toBe(403)
    const remove = await restAs(payload, `/audit-log/${entry.id}`, tree.users.superadmin, {
      method: 'DELETE',
    })
    expect(remove.status).toBe(403)
    const bulk = await restAs(payload, `/audit-log?where[id][exists]=true`, tree.users.superadmin, {
      method: 'DELETE',
    })
    expect(bulk.status).toBe(403)
    await unchanged()
    expect((await allEntries(payload)).length).toBe(count)
  })

  it('has no GraphQL mutation for it', async () => {
    const { errors } = await graphqlAs(
      payload,
      `mutation { deleteAuditLog(id: ${JSON.stringify(entry.id)}) { id } }`,
      tree.users.superadmin,
    )
    expect(errors?.length).toBeGreaterThan(0)
    const update = await graphqlAs(
      payload,
      `mutation { updateAuditLog(id: ${JSON.stringify(entry.id)}, data: { actorName: "x" }) { id } }`,
      tree.users.superadmin,
    )
    expect(update.errors?.length).toBeGreaterThan(0)
    await unchanged()
  })

  it('refuses the Local API as the superadmin, and even the server itself', async () => {
    const asUser = { user: tree.users.superadmin, overrideAccess: false }
    await expect(
      payload.update({
        collection: 'audit-log',
        id: entry.id,
        data: { actorName: 'x' },
        ...asUser,
      }),
    ).rejects.toThrow()
    await expect(payload.delete({ collection: 'audit-log', id: entry.id, ...asUser })).rejects.toThrow()
    await expect(
      payload.create({ collection: 'audit-log', data: { action: 'create' } as never, ...asUser }),
    ).rejects.toThrow()
    await expect(
      payload.update({ collection: 'audit-log', id: entry.id, data: { actorName: 'x' } }),
    ).rejects.toThrow(/chỉ được ghi thêm/)
    await expect(payload.delete({ collection: 'audit-log', id: entry.id })).rejects.toThrow(/không được xóa/)
    await unchanged()
  })
})

describe('who reads the log', () => {
  let inA: number | string
  let inB: number | string

  beforeAll(async () => {
    const write = async (user: typeof tree.users.adminA, org: number | string, title: string) => {
      const doc = await payload.create({
        collection: 'news',
        data: { title, category: 'co-so', org, audience: 'org' },
        user,
        overrideAccess: false,
      })
      return (await entriesOf(payload, 'news', (doc as { id: number }).id)).at(-1).id
    }
    inA = await write(tree.users.adminA, tree.orgs.a1.id, 'Tin của xã An Bình')
    inB = await write(tree.users.adminB, tree.orgs.b1.id, 'Tin của phường Bình Minh')
  })

  const idsVia = async (user: typeof tree.users.adminA) => {
    const response = await restAs(payload, '/audit-log?limit=0&depth=0', user)
    if (response.status === 403) return { status: 403, ids: [] as string[] }
    const body = await response.json()
    return { status: response.status, ids: body.docs.map((d: { id: unknown }) => String(d.id)) as string[] }
  }

  it('the superadmin reads all of it', async () => {
    const { ids } = await idsVia(tree.users.superadmin)
    expect(ids).toEqual(expect.arrayContaining([String(inA), String(inB)]))
  })

  it('a committee reads its subtree and not its neighbour, through REST and GraphQL', async () => {
    const { ids } = await idsVia(tree.users.adminA)
    expect(ids).toContain(String(inA))
    expect(ids).not.toContain(String(inB))
    const other = await idsVia(tree.users.adminB)
    expect(other.ids).toContain(String(inB))
    expect(other.ids).not.toContain(String(inA))
    const { data } = await graphqlAs(payload, '{ AuditLogs(limit: 0) { docs { id } } }', tree.users.adminA)
    const viaGraphql = data.AuditLogs.docs.map((d: { id: unknown }) => String(d.id))
    expect(viaGraphql).toContain(String(inA))
    expect(viaGraphql).not.toContain(String(inB))
    const single = await restAs(payload, `/audit-log/${inB}`, tree.users.adminA)
    expect(single.status).toBeGreaterThanOrEqual(400)
  })

  it('a member, an editor and a secretary read none of it', async () => {
    for (const user of [
      tree.users.memberA1,
      tree.users.editorA,
      tree.users.provinceEditor,
      tree.users.secretaryA1,
    ]) {
      const { ids } = await idsVia(user)
      expect(ids).toEqual([])
      const local = payload.find({ collection: 'audit-log', user, overrideAccess: false })
      await expect(local).rejects.toThrow()
    }
  })
})

describe('an org move', () => {
  it('succeeds, and the entries written before it keep the lineage they were written with', async () => {
    const created = await restAs(payload, '/orgs', tree.users.adminA, {
      method: 'POST',
      body: { code: 'AUD-A2', name: 'Chi bộ thôn Nam', kind: 'chi-bo', parent: tree.orgs.a.id },
    })
    expect(created.status).toBe(201)
    const orgId = (await created.json()).doc.id
    const moved = await restAs(payload, `/orgs/${orgId}`, tree.users.superadmin, {
      method: 'PATCH',
      body: { parent: tree.orgs.b.id },
    })
    expect(moved.status).toBe(200)
    const [before, after] = await entriesOf(payload, 'orgs', orgId)
    expect(before).toMatchObject({ action: 'create', org: orgId })
    expect(before.orgAncestors.map(String)).toEqual([tree.orgs.root.id, tree.orgs.a.id].map(String))
    expect(after).toMatchObject({ action: 'update', org: orgId })
    expect(after.orgAncestors.map(String)).toEqual([tree.orgs.root.id, tree.orgs.b.id].map(String))
  })
})

describe('an audit failure', () => {
  const failing = () => {
    throw new Error('audit store unavailable')
  }

  /** Runs `write` while the audit log refuses every entry. */
  async function whileLogFails<T>(write: () => Promise<T>): Promise<T> {
    const hooks = payload.collections['audit-log'].config.hooks.beforeChange
    hooks.push(failing)
    try {
      return await write()
    } finally {
      hooks.splice(hooks.indexOf(failing), 1)
    }
  }

  const stored = async (title: string) =>
    (
      await payload.find({
        collection: 'news',
        where: { title: { equals: title } },
        overrideAccess: true,
        draft: true,
      })
    ).totalDocs

  it('never loses the write silently: rolled back and refused with a transaction, else kept and the entry set aside', async () => {
    const probe = await payload.db.beginTransaction()
    if (probe) await payload.db.rollbackTransaction(probe)
    const title = 'Tin khi nhật ký lỗi'
    const response = await whileLogFails(() =>
      restAs(payload, '/news', tree.users.adminA, {
        method: 'POST',
        forwardedFor: '203.0.113.12',
        body: { title, category: 'co-so', org: tree.orgs.a1.id, audience: 'org' },
      }),
    )
    if (probe) {
      expect(response.status).toBe(503)
      expect((await response.json()).errors[0].message).toMatch(/Không ghi được nhật ký kiểm toán/)
      expect(await stored(title)).toBe(0)
    } else {
      expect(response.status).toBe(201)
      expect(await stored(title)).toBe(1)
      // Imported only now: paths.ts reads DATA_DIR, which the shared test Payload sets.
      const { pendingAuditFile } = await import('./keepAside.ts')
      const pending = (await readFile(pendingAuditFile(), 'utf8'))
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l))
      expect(pending.at(-1)).toMatchObject({ action: 'create', docTitle: title, ip: '203.0.113.12' })
      expect(pending.at(-1).reason).toBe('audit store unavailable')
    }
  })
})
