/**
 * A file's audience follows the document that owns it, and a refused or deleted document leaves no file
 * behind: checked with real files on disk, through the REST routes as the admin and the site use them.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { PDFDocument, StandardFonts } from 'pdf-lib'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { type AccessTree, buildAccessTree, type TreeUser } from '../../../test/fixtures/accessTree.ts'
import { apiRoutes, BASE, jwt, VIETNAMESE, vietnameseErrors } from '../../../test/http/apiRoutes.ts'
import { testPayload } from '../../../test/payload.ts'

let payload: Payload
let tree: AccessTree
let routes: ReturnType<typeof apiRoutes>
let staticDir: string

interface MediaDoc {
  id: number | string
  filename: string
  url: string
  sizes?: Record<string, { filename?: string | null; url?: string | null }>
}

async function pdfBytes(text: string): Promise<Buffer> {
  const pdf = await PDFDocument.create()
  pdf
    .addPage()
    .drawText(text, { x: 40, y: 700, size: 14, font: await pdf.embedFont(StandardFonts.Helvetica) })
  return Buffer.from(await pdf.save())
}

const jpegBytes = () =>
  sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .jpeg()
    .toBuffer()

let seq = 0
/** Uploads a file the way the admin does: multipart to /api/media, signed in, from the site's origin. */
async function upload(user: TreeUser, bytes: Buffer, type: string, ext: string): Promise<MediaDoc> {
  seq += 1
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type }), `tep-${seq}-${Date.now()}.${ext}`)
  form.append('_payload', JSON.stringify({ alt: `Tệp ${seq}` }))
  const response = await routes.rest('/media', { method: 'POST', headers: jwt(user.token), body: form })
  expect(response.status, await response.clone().text()).toBe(201)
  return (await response.json()).doc
}

const fileUrls = (media: MediaDoc) => [
  `/media/file/${media.filename}`,
  ...Object.values(media.sizes ?? {})
    .map((size) => size.filename)
    .filter((name): name is string => Boolean(name))
    .map((name) => `/media/file/${name}`),
]
const diskFiles = (media: MediaDoc) =>
  [media.filename, ...Object.values(media.sizes ?? {}).map((s) => s.filename)]
    .filter((name): name is string => Boolean(name))
    .map((name) => path.join(staticDir, name))

const download = (url: string, user?: TreeUser) => routes.rest(url, { headers: user ? jwt(user.token) : {} })

async function expectReadableOnlyBy(
  media: MediaDoc,
  allowed: (TreeUser | undefined)[],
  refused: (TreeUser | undefined)[],
) {
  for (const url of fileUrls(media)) {
    for (const user of allowed) expect((await download(url, user)).status, `${url} ${user?.id}`).toBe(200)
    for (const user of refused) {
      const status = (await download(url, user)).status
      expect([403, 404], `${url} ${user?.id ?? 'khách'}`).toContain(status)
    }
  }
}

const json = (user: TreeUser) => ({ ...jwt(user.token), 'content-type': 'application/json' })

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, 'UPL')
  routes = apiRoutes(payload)
  const upload = payload.collections.media.config.upload
  staticDir = typeof upload === 'object' && upload.staticDir ? upload.staticDir : ''
  expect(staticDir).not.toBe('')
})

describe('a file follows its owner document', () => {
  it('a fresh upload nothing uses yet is not public', async () => {
    const media = await upload(tree.users.editorA, await jpegBytes(), 'image/jpeg', 'jpg')
    expect(diskFiles(media).every(existsSync)).toBe(true)
    await expectReadableOnlyBy(media, [tree.users.editorA], [undefined, tree.users.memberB1])
  })

  it("an org news item's cover (and its image sizes) is readable only by that org's members", async () => {
    const cover = await upload(tree.users.editorA, await jpegBytes(), 'image/jpeg', 'jpg')
    expect(Object.keys(cover.sizes ?? {}).length).toBeGreaterThan(0)
    const response = await routes.rest('/news', {
      method: 'POST',
      headers: json(tree.users.editorA),
      body: JSON.stringify({
        title: 'Tin nội bộ có ảnh',
        category: 'co-so',
        audience: 'org',
        org: tree.orgs.a.id,
        cover: cover.id,
      }),
    })
    expect(response.status).toBe(201)
    await expectReadableOnlyBy(
      cover,
      [tree.users.memberA1, tree.users.editorA],
      [undefined, tree.users.memberB1],
    )
  })

  it('a public news cover becomes public, and follows the item when it turns internal', async () => {
    const cover = await upload(tree.users.editorA, await jpegBytes(), 'image/jpeg', 'jpg')
    const created = await routes.rest('/news', {
      method: 'POST',
      headers: json(tree.users.editorA),
      body: JSON.stringify({
        title: 'Tin công khai có ảnh',
        category: 'co-so',
        audience: 'public',
        org: tree.orgs.a.id,
        cover: cover.id,
      }),
    })
    const { doc } = await created.json()
    await expectReadableOnlyBy(cover, [undefined, tree.users.memberB1], [])
    await routes.rest(`/news/${doc.id}`, {
      method: 'PATCH',
      headers: json(tree.users.editorA),
      body: JSON.stringify({ audience: 'org' }),
    })
    await expectReadableOnlyBy(cover, [tree.users.memberA1], [undefined, tree.users.memberB1])
  })

  it('a cover shared by a public and an internal item stays public, and turns internal when the public one goes', async () => {
    const cover = await upload(tree.users.editorA, await jpegBytes(), 'image/jpeg', 'jpg')
    const create = async (title: string, audience: string) => {
      const response = await routes.rest('/news', {
        method: 'POST',
        headers: json(tree.users.editorA),
        body: JSON.stringify({ title, category: 'co-so', audience, org: tree.orgs.a.id, cover: cover.id }),
      })
      return (await response.json()).doc
    }
    const shown = await create('Tin công khai dùng chung ảnh', 'public')
    // Saved after the public one, the internal item must not hide the public page's picture.
    await create('Tin nội bộ dùng chung ảnh', 'org')
    await expectReadableOnlyBy(cover, [undefined, tree.users.memberB1], [])
    const deleted = await routes.rest(`/news/${shown.id}`, {
      method: 'DELETE',
      headers: jwt(tree.users.editorA.token),
    })
    expect(deleted.status).toBe(200)
    expect(diskFiles(cover).every(existsSync)).toBe(true)
    await expectReadableOnlyBy(cover, [tree.users.memberA1], [undefined, tree.users.memberB1])
  })

  it('a cover replaced on a public item is no longer public', async () => {
    const first = await upload(tree.users.editorA, await jpegBytes(), 'image/jpeg', 'jpg')
    const second = await upload(tree.users.editorA, await jpegBytes(), 'image/jpeg', 'jpg')
    const created = await routes.rest('/news', {
      method: 'POST',
      headers: json(tree.users.editorA),
      body: JSON.stringify({
        title: 'Tin đổi ảnh',
        category: 'co-so',
        audience: 'public',
        org: tree.orgs.a.id,
        cover: first.id,
      }),
    })
    const { doc } = await created.json()
    await expectReadableOnlyBy(first, [undefined], [])
    await routes.rest(`/news/${doc.id}`, {
      method: 'PATCH',
      headers: json(tree.users.editorA),
      body: JSON.stringify({ cover: second.id }),
    })
    await expectReadableOnlyBy(second, [undefined], [])
    await expectReadableOnlyBy(first, [tree.users.editorA], [undefined, tree.users.memberB1])
  })

  it("a members-only document's PDF is refused to anonymous visitors", async () => {
    const pdf = await upload(tree.users.editorA, await pdfBytes('Ke hoach noi bo'), 'application/pdf', 'pdf')
    const response = await routes.rest('/documents', {
      method: 'POST',
      headers: json(tree.users.editorA),
      body: JSON.stringify({
        numberSymbol: `${900 + seq}-KH/DU`,
        type: 'ke-hoach',
        title: 'Kế hoạch nội bộ',
        issuingBody: 'Đảng ủy xã An Bình',
        issuedDate: '2026-03-02T00:00:00.000Z',
        audience: 'members',
        org: tree.orgs.a.id,
        pdf: pdf.id,
      }),
    })
    expect(response.status).toBe(201)
    await expectReadableOnlyBy(pdf, [tree.users.memberA1, tree.users.memberB1], [undefined])
  })
})

describe('no file is left behind', () => {
  const documentData = (pdf: MediaDoc, classification: string) => ({
    numberSymbol: `${700 + seq}-CT/DU`,
    type: 'chi-thi',
    title: 'Chỉ thị về bảo vệ bí mật',
    issuingBody: 'Đảng ủy xã An Bình',
    issuedDate: '2026-03-02T00:00:00.000Z',
    audience: 'public',
    org: tree.orgs.a.id,
    classification,
    pdf: pdf.id,
  })

  it('a document refused as "Mật" takes its just-uploaded PDF with it: no row, no file, no download', async () => {
    const pdf = await upload(tree.users.editorA, await pdfBytes('Tai lieu mat'), 'application/pdf', 'pdf')
    const files = diskFiles(pdf)
    expect(files.every(existsSync)).toBe(true)
    const documents = (await payload.count({ collection: 'documents', overrideAccess: true })).totalDocs
    const response = await routes.rest('/documents', {
      method: 'POST',
      headers: { ...json(tree.users.editorA), origin: BASE },
      body: JSON.stringify(documentData(pdf, 'mat')),
    })
    expect(response.status).toBe(400)
    expect((await vietnameseErrors(response)).join(' ')).toMatch(VIETNAMESE)
    expect((await payload.count({ collection: 'documents', overrideAccess: true })).totalDocs).toBe(documents)
    expect(
      await payload.findByID({ collection: 'media', id: pdf.id, overrideAccess: true, disableErrors: true }),
    ).toBeNull()
    expect(files.some(existsSync)).toBe(false)
    expect((await download(`/media/file/${pdf.filename}`)).status).not.toBe(200)
  })

  it('a document refused for another reason keeps its PDF for the next try, still not public', async () => {
    const pdf = await upload(tree.users.editorA, await pdfBytes('Thieu tieu de'), 'application/pdf', 'pdf')
    const { title: _missing, ...data } = documentData(pdf, 'thuong')
    const response = await routes.rest('/documents', {
      method: 'POST',
      headers: json(tree.users.editorA),
      body: JSON.stringify(data),
    })
    expect(response.status).toBe(400)
    expect(diskFiles(pdf).every(existsSync)).toBe(true)
    await expectReadableOnlyBy(pdf, [tree.users.editorA], [undefined])
  })

  it('deleting a document deletes its PDF from the store and the disk', async () => {
    const pdf = await upload(tree.users.editorA, await pdfBytes('Se xoa'), 'application/pdf', 'pdf')
    const created = await routes.rest('/documents', {
      method: 'POST',
      headers: json(tree.users.editorA),
      body: JSON.stringify(documentData(pdf, 'thuong')),
    })
    const { doc } = await created.json()
    expect(
      (
        await routes.rest(`/documents/${doc.id}`, {
          method: 'DELETE',
          headers: jwt(tree.users.editorA.token),
        })
      ).status,
    ).toBe(200)
    expect(
      await payload.findByID({ collection: 'media', id: pdf.id, overrideAccess: true, disableErrors: true }),
    ).toBeNull()
    expect(diskFiles(pdf).some(existsSync)).toBe(false)
  })

  it('deleting a news item deletes its cover and every image size, but a cover another item uses stays', async () => {
    const cover = await upload(tree.users.editorA, await jpegBytes(), 'image/jpeg', 'jpg')
    const shared = await upload(tree.users.editorA, await jpegBytes(), 'image/jpeg', 'jpg')
    const create = async (title: string, id: MediaDoc['id']) =>
      (
        await (
          await routes.rest('/news', {
            method: 'POST',
            headers: json(tree.users.editorA),
            body: JSON.stringify({
              title,
              category: 'co-so',
              audience: 'org',
              org: tree.orgs.a.id,
              cover: id,
            }),
          })
        ).json()
      ).doc
    const first = await create('Tin sẽ xoá', cover.id)
    const second = await create('Tin dùng chung ảnh 1', shared.id)
    await create('Tin dùng chung ảnh 2', shared.id)
    for (const doc of [first, second])
      expect(
        (await routes.rest(`/news/${doc.id}`, { method: 'DELETE', headers: jwt(tree.users.editorA.token) }))
          .status,
      ).toBe(200)
    expect(diskFiles(cover).length).toBeGreaterThan(1)
    expect(diskFiles(cover).some(existsSync)).toBe(false)
    expect(diskFiles(shared).every(existsSync)).toBe(true)
  })
})
