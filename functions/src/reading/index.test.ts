import { freshContentIndex, freshFaqBank } from '@sotay/cms/search'
import { type AccessTree, buildAccessTree, testPayload } from '@sotay/cms/testing'
import type { Payload } from 'payload'
import { handleEndpoints } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { createApp, type FunctionsApp } from '../app.ts'
import { readingRoutes } from './index.ts'

const ORIGIN = 'http://127.0.0.1:3900'
let payload: Payload
let app: FunctionsApp
let tree: AccessTree
let stamp: string
const made: Record<string, any> = {}

/** A quarter-second of silence as a WAV file: the audio reading of an internal document. */
function wav(): Buffer {
  const samples = Buffer.alloc(4000)
  const header = Buffer.alloc(44)
  header.write('RIFF', 0)
  header.writeUInt32LE(36 + samples.length, 4)
  header.write('WAVEfmt ', 8)
  header.writeUInt32LE(16, 16)
  header.writeUInt16LE(1, 20)
  header.writeUInt16LE(1, 22)
  header.writeUInt32LE(16000, 24)
  header.writeUInt32LE(16000, 28)
  header.writeUInt16LE(1, 32)
  header.writeUInt16LE(8, 34)
  header.write('data', 36)
  header.writeUInt32LE(samples.length, 40)
  return Buffer.concat([header, samples])
}

function call(path: string, who: { token: string } | null) {
  const headers = new Headers()
  if (who) headers.set('authorization', `JWT ${who.token}`)
  return app.request(new Request(`${ORIGIN}/fn${path}`, { headers }))
}

async function body(path: string, who: { token: string } | null) {
  const response = await call(path, who)
  return { status: response.status, json: (await response.json()) as any }
}

const rest = (path: string, who: { token: string } | null) =>
  handleEndpoints({
    config: payload.config,
    request: new Request(`http://localhost/api${path}`, {
      headers: who ? { authorization: `JWT ${who.token}` } : {},
    }),
  })

async function document(key: string, data: Record<string, unknown>) {
  made[key] = await payload.create({
    collection: 'documents',
    data: {
      type: 'nghi-quyet',
      issuingBody: 'Chi bộ thôn Đông',
      issuedDate: '2026-10-05T00:00:00.000Z',
      _status: 'published',
      ...data,
      slug: `${key}-${stamp}`,
    } as any,
    overrideAccess: true,
  })
  return made[key]
}

beforeAll(async () => {
  payload = await testPayload()
  stamp = String(Date.now())
  app = createApp({
    routes: [
      readingRoutes({ payload, index: (p) => freshContentIndex(p, 0), faq: (p) => freshFaqBank(p, 0) }),
    ],
  })
  tree = await buildAccessTree(payload, `rd${stamp}`)
  const { a1, a, b1 } = tree.orgs
  const audio = await payload.create({
    collection: 'media',
    data: { alt: 'Bản đọc', audience: 'org', org: a1.id } as any,
    file: { data: wav(), name: `ban-doc-${stamp}.wav`, mimetype: 'audio/wav', size: wav().length },
    overrideAccess: true,
  })
  made.audio = audio
  await document('cellA', {
    numberSymbol: `12-NQ/CB${stamp.slice(-4)}`,
    title: 'Nghị quyết chi bộ về trồng cây dược liệu dưới tán rừng',
    summary: 'Chi bộ thôn Đông thống nhất trồng sâm dưới tán rừng phòng hộ.',
    extractedText:
      'Đoạn mở đầu về tình hình thôn.\n\nMỗi hộ đảng viên nhận trồng ít nhất một trăm cây sâm dưới tán rừng,\nchi bộ hỗ trợ giống.\n\nKiểm tra kết quả vào cuối năm.',
    audience: 'org',
    org: a1.id,
    audio: audio.id,
  })
  await document('commune', {
    numberSymbol: `05-KH/ĐU${stamp.slice(-4)}`,
    title: 'Kế hoạch của Đảng ủy xã An Bình về chuyển đổi số',
    type: 'ke-hoach',
    audience: 'org',
    org: a.id,
    issuedDate: '2026-09-01T00:00:00.000Z',
  })
  await document('cellB', {
    numberSymbol: `07-NQ/CB${stamp.slice(-4)}`,
    title: 'Nghị quyết chi bộ khu phố 3 về dược liệu quý',
    extractedText: 'Khu phố trồng dược liệu quý trên sân thượng.',
    audience: 'org',
    org: b1.id,
  })
  await document('draftA', {
    numberSymbol: `13-NQ/CB${stamp.slice(-4)}`,
    title: 'Dự thảo nghị quyết về dược liệu chưa ban hành',
    audience: 'org',
    org: a1.id,
    _status: 'draft',
  })
  made.faq = await payload.create({
    collection: 'faq',
    data: {
      question: 'Đảng viên đóng đảng phí bao nhiêu mỗi tháng?',
      answer: 'Đảng viên đóng đảng phí hằng tháng theo tỷ lệ phần trăm thu nhập, chi bộ thu và ghi sổ.',
      category: 'dang-phi',
      audience: 'members',
      org: tree.orgs.root.id,
      _status: 'published',
    } as any,
    overrideAccess: true,
  })
})

const symbols = (items: { numberSymbol: string | null }[]) => items.map((i) => i.numberSymbol)

describe('member reading (GET /fn/reading/...)', () => {
  it('refuses the signed-out with 401 and a Vietnamese message', async () => {
    for (const path of [
      '/reading/documents',
      '/reading/documents/x',
      '/reading/search?q=duoc+lieu',
      '/reading/suggest?q=dang+phi',
    ]) {
      const { status, json } = await body(path, null)
      expect(status, path).toBe(401)
      expect(json.error.message).toMatch(/đăng nhập/)
    }
  })

  it('lists a cell’s own and its committee’s internal documents for its member, marked as theirs, newest first, published only', async () => {
    const { status, json } = await body('/reading/documents?limit=50', tree.users.memberA1)
    expect(status).toBe(200)
    const mine = json.items.filter((i: any) => i.mine)
    expect(symbols(mine)).toEqual([made.cellA.numberSymbol, made.commune.numberSymbol])
    expect(symbols(json.items)).not.toContain(made.cellB.numberSymbol)
    expect(symbols(json.items)).not.toContain(made.draftA.numberSymbol)
    const scoped = await body('/reading/documents?scope=mine', tree.users.memberA1)
    expect(symbols(scoped.json.items)).toEqual([made.cellA.numberSymbol, made.commune.numberSymbol])
  })

  it('never shows the neighbour cell’s member the document: not in lists, item, search, suggestions nor its audio file', async () => {
    const memberB1 = tree.users.memberB1
    const list = await body('/reading/documents?limit=50', memberB1)
    expect(symbols(list.json.items)).not.toContain(made.cellA.numberSymbol)
    expect(symbols(list.json.items)).toContain(made.cellB.numberSymbol)
    const item = await body(`/reading/documents/${made.cellA.slug}`, memberB1)
    expect(item.status).toBe(404)
    const byId = await body(`/reading/documents/${made.cellA.id}`, memberB1)
    expect(byId.status).toBe(404)
    expect(byId.json.error.message).toBe(item.json.error.message)
    const found = await body('/reading/search?q=sam+duoi+tan+rung', memberB1)
    expect(found.json.results.map((r: any) => r.id)).not.toContain(made.cellA.id)
    const suggested = await body('/reading/suggest?q=trong+cay+sam+duoi+tan+rung', memberB1)
    expect(suggested.json.passages.map((p: any) => p.id)).not.toContain(made.cellA.id)
    expect((await rest(`/media/file/${made.audio.filename}`, memberB1)).status).toBeGreaterThanOrEqual(400)
    expect((await rest(`/media/file/${made.audio.filename}`, null)).status).toBeGreaterThanOrEqual(400)
    expect((await rest(`/media/file/${made.audio.filename}`, tree.users.memberA1)).status).toBe(200)
  })

  it('opens the document for its own member: number, type, date dd/mm/yyyy, paragraphs, audio', async () => {
    const { status, json } = await body(`/reading/documents/${made.cellA.slug}`, tree.users.memberA1)
    expect(status).toBe(200)
    const { item } = json
    expect(item.numberSymbol).toBe(made.cellA.numberSymbol)
    expect(item.typeLabel).toBe('Nghị quyết')
    expect(item.issuedDate).toBe('05/10/2026')
    expect(item.mine).toBe(true)
    expect(item.paragraphs).toEqual([
      'Đoạn mở đầu về tình hình thôn.',
      'Mỗi hộ đảng viên nhận trồng ít nhất một trăm cây sâm dưới tán rừng, chi bộ hỗ trợ giống.',
      'Kiểm tra kết quả vào cuối năm.',
    ])
    expect(item.audio.url).toContain(made.audio.filename)
    expect(item.hasAudio).toBe(true)
  })

  it('finds it by an accentless query from its PDF text, and by the exact one', async () => {
    const accentless = await body('/reading/search?q=sam+duoi+tan+rung', tree.users.memberA1)
    expect(accentless.json.results[0].id).toBe(made.cellA.id)
    expect(accentless.json.results[0].excerpt).toMatch(/một trăm cây sâm/)
    const exact = await body('/reading/search?q=dược%20liệu', tree.users.memberA1)
    expect(exact.json.results.map((r: any) => r.id)).toContain(made.cellA.id)
    expect(exact.json.results.map((r: any) => r.id)).not.toContain(made.draftA.id)
  })

  it('picks up a document published after the index was built, and drops one unpublished', async () => {
    await body('/reading/search?q=du+lieu', tree.users.memberA1)
    const later = await document('later', {
      numberSymbol: `20-NQ/CB${stamp.slice(-4)}`,
      title: 'Nghị quyết về nuôi ong lấy mật',
      audience: 'org',
      org: tree.orgs.a1.id,
    })
    let found = await body('/reading/search?q=nuoi+ong+lay+mat', tree.users.memberA1)
    expect(found.json.results.map((r: any) => r.id)).toContain(later.id)
    await payload.update({
      collection: 'documents',
      id: later.id,
      data: { _status: 'draft' } as any,
      overrideAccess: true,
    })
    found = await body('/reading/search?q=nuoi+ong+lay+mat', tree.users.memberA1)
    expect(found.json.results.map((r: any) => r.id)).not.toContain(later.id)
  })

  it('suggests FAQ answers and document passages with their source before a question is sent', async () => {
    const { status, json } = await body(
      `/reading/suggest?q=${encodeURIComponent('Chi bộ có hỗ trợ giống để trồng sâm dưới tán rừng không?')}`,
      tree.users.memberA1,
    )
    expect(status).toBe(200)
    const passage = json.passages.find((p: any) => p.id === made.cellA.id)
    expect(passage.numberSymbol).toBe(made.cellA.numberSymbol)
    expect(passage.text).toMatch(/hỗ trợ giống/)
    expect(passage.link).toBe(`/thanh-vien/van-ban/#${made.cellA.slug}`)
    const fee = await body(
      `/reading/suggest?q=${encodeURIComponent('dang phi moi thang dong bao nhieu')}`,
      tree.users.memberA1,
    )
    expect(fee.json.faq.map((f: any) => f.id)).toContain(made.faq.id)
  })

  it('reads FAQ entries by id and 404s an unknown one', async () => {
    const ok = await body(`/reading/faq/${made.faq.id}`, tree.users.memberB1)
    expect(ok.json.item.paragraphs[0]).toMatch(/hằng tháng/)
    expect((await body('/reading/faq/999999999', tree.users.memberB1)).status).toBe(404)
  })
})
