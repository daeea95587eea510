/**
 * Documents on any phone: publishing a PDF draws its pages as WebP images, as private as the document,
 * replaced with the PDF and deleted with the document; the PDF's text keeps its paragraphs.
 */
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { beforeAll, describe, expect, it } from 'vitest'
import { type AccessTree, buildAccessTree, type TreeUser } from '../../../../test/fixtures/accessTree.ts'
import { testPayload } from '../../../../test/payload.ts'
import { restAs } from '../../../../test/requests.ts'
import { PAGES_QUEUE, RENDER_PAGES_TASK } from './constants.ts'
import { PAGE_WIDTH, renderPdfPages } from './renderPages.ts'
import { type SamplePage, samplePdf } from './samplePdf.ts'

type Doc = Record<string, any>
let payload: Payload
let tree: AccessTree
let startedAt: string

const THREE_PAGES: SamplePage[] = [1, 2, 3].map((n) => [
  [`Trang ${n}: Chi bộ sinh hoạt định kỳ mỗi tháng một lần,`, 'do đồng chí Bí thư chủ trì.'],
  [`Đoạn thứ hai của trang ${n}: đảng viên đóng đảng phí`, 'hằng tháng đầy đủ, đúng hạn.'],
])

const staticDir = () => payload.collections.media.config.upload.staticDir as string
const rest = (url: string, user?: TreeUser) => restAs(payload, url, user)
const findDoc = (id: unknown) =>
  payload.findByID({ collection: 'documents', id: id as string, depth: 0 }) as Promise<Doc>
const mediaOf = (id: unknown) =>
  payload.findByID({ collection: 'media', id: id as string, depth: 0 }) as Promise<Doc>
const mediaExists = async (id: unknown) =>
  (await payload.find({ collection: 'media', where: { id: { equals: id } }, depth: 0 })).docs.length > 0

/** Page jobs still waiting for this document. */
async function pendingJobs(id: unknown) {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: RENDER_PAGES_TASK }, completedAt: { exists: false } },
    limit: 0,
    depth: 0,
  })
  return docs.filter((job: Doc) => String(job.input?.id) === String(id))
}

// Only this file's jobs: the demo seed (an earlier file) may have left its own documents queued.
const runPageJobs = () =>
  payload.jobs.run({
    queue: PAGES_QUEUE,
    limit: 20,
    sequential: true,
    where: { createdAt: { greater_than_equal: startedAt } },
  })

async function uploadPdf(pages: SamplePage[], org: unknown, name: string, unprintable: number[] = []) {
  const bytes = await samplePdf(pages, { unprintable })
  return payload.create({
    collection: 'media',
    data: { alt: name, audience: 'org', org: org as number },
    file: { data: Buffer.from(bytes), mimetype: 'application/pdf', name: `${name}.pdf`, size: bytes.length },
    depth: 0,
  })
}

beforeAll(async () => {
  startedAt = new Date().toISOString()
  payload = await testPayload()
  tree = await buildAccessTree(payload, 'PGS')
})

describe('page images of a published document', () => {
  let doc: Doc
  let pages: Doc[]

  beforeAll(async () => {
    const pdf = await uploadPdf(THREE_PAGES, tree.orgs.b1.id, 'ke-hoach-ba-trang')
    doc = (await payload.create({
      collection: 'documents',
      data: {
        numberSymbol: '12-KH/CB',
        type: 'ke-hoach',
        title: 'Kế hoạch sinh hoạt chi bộ năm 2026 (thử ảnh trang)',
        issuingBody: 'Chi bộ thôn Bắc',
        issuedDate: '2026-02-03T00:00:00.000Z',
        pdf: pdf.id,
        org: tree.orgs.b1.id,
        audience: 'org',
        _status: 'published',
      },
    } as any)) as Doc
  })

  it('publishing queues one page job; running it links 3 WebP pages carrying the document’s audience and org', async () => {
    expect(await pendingJobs(doc.id)).toHaveLength(1)
    await runPageJobs()
    expect(await pendingJobs(doc.id)).toHaveLength(0)
    const linked = await findDoc(doc.id)
    expect(linked.pageCount).toBe(3)
    expect(linked.pageImages).toHaveLength(3)
    pages = await Promise.all(linked.pageImages.map((row: Doc) => mediaOf(row.image)))
    expect(linked.pageImages.map((row: Doc) => row.page)).toEqual([1, 2, 3])
    for (const [i, page] of pages.entries()) {
      expect(page.mimeType).toBe('image/webp')
      expect(page.filename).toMatch(new RegExp(`trang-${i + 1}\\.webp$`))
      expect(page.audience).toBe('org')
      expect(String(page.org)).toBe(String(tree.orgs.b1.id))
      const meta = await sharp(readFileSync(path.join(staticDir(), page.filename))).metadata()
      expect(meta.format).toBe('webp')
      expect(meta.width).toBe(PAGE_WIDTH)
      // A4 keeps its shape.
      expect(Math.round((meta.height! / meta.width!) * 100)).toBe(141)
      // A phone's size is made from it, WebP as well.
      expect(page.sizes.card.mimeType).toBe('image/webp')
    }
    // Draft-aware reads (the admin) see the same pages, so the next edit keeps them.
    const forAdmin = (await payload.findByID({
      collection: 'documents',
      id: doc.id,
      depth: 0,
      draft: true,
    })) as Doc
    expect(forAdmin.pageImages.map((row: Doc) => String(row.image))).toEqual(
      linked.pageImages.map((row: Doc) => String(row.image)),
    )
  })

  it('the page images of a cell’s document open for its members only, not for another cell nor anonymously', async () => {
    const [first] = pages
    for (const url of [`/media/file/${first!.filename}`, `/media/file/${first!.sizes.card.filename}`]) {
      for (const outsider of [undefined, tree.users.memberA1])
        expect((await rest(url, outsider)).status).toBeGreaterThanOrEqual(400)
      const own = await rest(url, tree.users.memberB1)
      expect(own.status).toBe(200)
      expect(own.headers.get('content-type')).toContain('image/webp')
    }
    const asOutsider = await payload.find({
      collection: 'media',
      where: { id: { in: pages.map((page) => page.id) } },
      user: tree.users.memberA1,
      overrideAccess: false,
    })
    expect(asOutsider.docs).toHaveLength(0)
  })

  it('the PDF’s text keeps its paragraphs', async () => {
    const paragraphs = (await findDoc(doc.id)).extractedText.split('\n\n')
    expect(paragraphs).toHaveLength(6)
    expect(paragraphs[0]).toBe(
      'Trang 1: Chi bộ sinh hoạt định kỳ mỗi tháng một lần, do đồng chí Bí thư chủ trì.',
    )
    expect(paragraphs[5]).toBe(
      'Đoạn thứ hai của trang 3: đảng viên đóng đảng phí hằng tháng đầy đủ, đúng hạn.',
    )
  })

  it('an editor cannot write the page images through the API', async () => {
    await payload.update({
      collection: 'documents',
      id: doc.id,
      data: { pageImages: [], pageCount: 99, summary: 'Tóm tắt mới.', _status: 'published' },
      user: tree.users.provinceEditor,
      overrideAccess: false,
    } as any)
    const after = await findDoc(doc.id)
    expect(after.pageCount).toBe(3)
    expect(after.pageImages).toHaveLength(3)
    // The PDF did not change, so its pages are not drawn again.
    expect(await pendingJobs(doc.id)).toHaveLength(0)
  })

  it('made public, its page images become public too', async () => {
    await payload.update({
      collection: 'documents',
      id: doc.id,
      data: { audience: 'public', _status: 'published' },
    } as any)
    for (const page of pages) expect((await mediaOf(page.id)).audience).toBe('public')
    expect((await rest(`/media/file/${pages[0]!.filename}`)).status).toBe(200)
  })

  it('a new PDF replaces the pages and deletes the old images and their files', async () => {
    const pdf = await uploadPdf([THREE_PAGES[0]!], tree.orgs.b1.id, 'ke-hoach-mot-trang')
    await payload.update({
      collection: 'documents',
      id: doc.id,
      data: { pdf: pdf.id, _status: 'published' },
    } as any)
    await runPageJobs()
    const linked = await findDoc(doc.id)
    expect(linked.pageCount).toBe(1)
    expect(linked.pageImages).toHaveLength(1)
    for (const page of pages) {
      expect(await mediaExists(page.id)).toBe(false)
      expect(existsSync(path.join(staticDir(), page.filename))).toBe(false)
    }
    pages = [await mediaOf(linked.pageImages[0].image)]
  })

  it('deleting the document deletes its page images', async () => {
    await payload.delete({ collection: 'documents', id: doc.id })
    expect(await mediaExists(pages[0]!.id)).toBe(false)
    expect(existsSync(path.join(staticDir(), pages[0]!.filename))).toBe(false)
  })
})

describe('drawing pages', () => {
  it('stops at the page cap but counts every page', async () => {
    const bytes = await samplePdf([1, 2, 3, 4, 5].map((n) => [[`Trang ${n}`]]))
    const drawn = []
    for await (const page of renderPdfPages(bytes, { maxPages: 2 })) drawn.push(page)
    expect(drawn.map((page) => [page.page, page.total, 'webp' in page])).toEqual([
      [1, 5, true],
      [2, 5, true],
    ])
  })

  it('a page that cannot be drawn is left out; the other pages and the document stay', async () => {
    const pdf = await uploadPdf(THREE_PAGES, tree.orgs.a1.id, 'hong-trang-2', [2])
    const doc = (await payload.create({
      collection: 'documents',
      data: {
        numberSymbol: '14-KH/CB',
        type: 'ke-hoach',
        title: 'Kế hoạch có một trang hỏng (thử ảnh trang)',
        issuingBody: 'Chi bộ thôn Đông',
        issuedDate: '2026-02-03T00:00:00.000Z',
        pdf: pdf.id,
        org: tree.orgs.a1.id,
        audience: 'members',
        _status: 'published',
      },
    } as any)) as Doc
    await runPageJobs()
    const linked = await findDoc(doc.id)
    expect(linked._status).toBe('published')
    expect(linked.pageCount).toBe(3)
    expect(linked.pageImages.map((row: Doc) => row.page)).toEqual([1, 3])
    // Payload deletes a job once it completes: none is left waiting or failed for this document.
    expect(await pendingJobs(doc.id)).toHaveLength(0)
  })

  it('a draft is not drawn until it is published', async () => {
    const pdf = await uploadPdf([THREE_PAGES[0]!], tree.orgs.a1.id, 'ban-nhap')
    const draft = (await payload.create({
      collection: 'documents',
      data: {
        numberSymbol: '13-KH/CB',
        type: 'ke-hoach',
        title: 'Bản nháp (thử ảnh trang)',
        issuingBody: 'Chi bộ thôn Đông',
        issuedDate: '2026-02-03T00:00:00.000Z',
        pdf: pdf.id,
        org: tree.orgs.a1.id,
        audience: 'members',
        _status: 'draft',
      },
      draft: true,
    } as any)) as Doc
    expect(await pendingJobs(draft.id)).toHaveLength(0)
    await payload.update({ collection: 'documents', id: draft.id, data: { _status: 'published' } } as any)
    expect(await pendingJobs(draft.id)).toHaveLength(1)
    await runPageJobs()
    const linked = await findDoc(draft.id)
    expect(linked.pageImages).toHaveLength(1)
    expect((await mediaOf(linked.pageImages[0].image)).audience).toBe('members')
  })
})
