/** The listen button's server side: publishing queues a reading, the job stores a real Opus file as media. */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { SPEECH_QUEUE } from '@sotay/content-schemas'
import { handleEndpoints, type Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { richText } from '../src/seed/richText.ts'
import { type AccessTree, buildAccessTree, type TreeUser } from './fixtures/accessTree.ts'
import { testPayload } from './payload.ts'

const hasEspeak = (() => {
  try {
    execFileSync('espeak-ng', ['--version'], { stdio: 'ignore' })
    execFileSync('opusenc', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    console.warn('[speech] Bỏ qua: chưa cài espeak-ng/opus-tools (apt-get install -y espeak-ng opus-tools).')
    return false
  }
})()

let payload: Payload
let tree: AccessTree
type Doc = Record<string, any>

const auth = (user?: TreeUser): Record<string, string> => (user ? { Authorization: `JWT ${user.token}` } : {})
const rest = (url: string, user?: TreeUser) =>
  handleEndpoints({
    config: payload.config,
    request: new Request(`http://localhost/api${url}`, { headers: auth(user) }),
  })

/** Synthesis jobs still waiting for this document. */
async function pendingJobs(collection: string, id: unknown) {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'synthesizeAudio' }, completedAt: { exists: false } },
    limit: 0,
    depth: 0,
  })
  return docs.filter(
    (job: Doc) => job.input?.collection === collection && String(job.input?.id) === String(id),
  )
}

const runSynthesis = () => payload.jobs.run({ queue: SPEECH_QUEUE, limit: 100, sequential: true })

const media = (id: unknown) =>
  payload.findByID({ collection: 'media', id: id as string, depth: 0 }) as Promise<Doc>
const mediaFile = (m: Doc) =>
  readFileSync(path.join(payload.collections.media.config.upload.staticDir as string, m.filename))

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, 'SPK')
})

describe.skipIf(!hasEspeak)('bản đọc âm thanh (audio reading) on publish', () => {
  let news: Doc

  it('publishing a news item queues one synthesis job; a draft queues none', async () => {
    const draft = await payload.create({
      collection: 'news',
      data: {
        title: 'Bản nháp chưa đọc',
        category: 'co-so',
        org: tree.orgs.a1.id,
        audience: 'public',
        _status: 'draft',
      },
      draft: true,
    } as any)
    expect(await pendingJobs('news', draft.id)).toHaveLength(0)

    news = (await payload.create({
      collection: 'news',
      data: {
        title: 'Chi bộ thôn Đông sinh hoạt chuyên đề',
        summary: 'Đ/c Bí thư chủ trì buổi sinh hoạt ngày 3/2/2026.',
        content: richText(['Có 21 đảng viên dự, đạt 95,5%.', 'Quán triệt Nghị quyết số 57-NQ/TW.']),
        category: 'co-so',
        org: tree.orgs.a1.id,
        audience: 'public',
        _status: 'published',
      },
    } as any)) as Doc
    expect(news.audio ?? null).toBeNull()
    expect(await pendingJobs('news', news.id)).toHaveLength(1)
  })

  it('running the job stores a real Opus file, public like the news item, and links it', async () => {
    await runSynthesis()
    expect(await pendingJobs('news', news.id)).toHaveLength(0)
    const linked = (await payload.findByID({ collection: 'news', id: news.id, depth: 0 })) as Doc
    expect(linked.audio).toBeTruthy()
    const audio = await media(linked.audio)
    expect(audio.mimeType).toBe('audio/ogg')
    expect(audio.audience).toBe('public')
    expect(String(audio.org)).toBe(String(tree.orgs.a1.id))
    const bytes = mediaFile(audio)
    expect(bytes.subarray(0, 4).toString('ascii')).toBe('OggS')
    expect(bytes.includes(Buffer.from('OpusHead'))).toBe(true)
    expect(bytes.length).toBeGreaterThan(2_000)
    // Anyone may fetch a public reading.
    expect((await rest(`/media/${audio.id}`)).status).toBe(200)
    // The admin (a draft-aware read) sees the link too, so the next edit keeps it.
    const forAdmin = (await payload.findByID({
      collection: 'news',
      id: news.id,
      depth: 0,
      draft: true,
    })) as Doc
    expect(String(forAdmin.audio)).toBe(String(linked.audio))
    news = linked
  })

  it('saving again without changing the text does not synthesise again', async () => {
    await payload.update({
      collection: 'news',
      id: news.id,
      data: { sourceName: 'Ban Tuyên giáo Tỉnh ủy', _status: 'published' },
      user: tree.users.editorA,
      overrideAccess: false,
    } as any)
    expect(await pendingJobs('news', news.id)).toHaveLength(0)
    const after = (await payload.findByID({ collection: 'news', id: news.id, depth: 0 })) as Doc
    expect(String(after.audio)).toBe(String(news.audio))
  })

  it('an editor cannot set the audio through the API; changing the text makes a new reading', async () => {
    await payload.update({
      collection: 'news',
      id: news.id,
      data: { summary: 'Đ/c Bí thư chủ trì, 25 đảng viên dự.', audio: null, _status: 'published' },
      user: tree.users.editorA,
      overrideAccess: false,
    } as any)
    const kept = (await payload.findByID({ collection: 'news', id: news.id, depth: 0 })) as Doc
    expect(String(kept.audio)).toBe(String(news.audio))
    expect(await pendingJobs('news', news.id)).toHaveLength(1)
    await runSynthesis()
    const renewed = (await payload.findByID({ collection: 'news', id: news.id, depth: 0 })) as Doc
    expect(String(renewed.audio)).not.toBe(String(news.audio))
    // The old reading is gone with its text.
    const old = await payload.find({ collection: 'media', where: { id: { equals: news.audio } }, depth: 0 })
    expect(old.docs).toHaveLength(0)
  })

  it('an org-audience document’s audio is as protected as the document', async () => {
    const doc = (await payload.create({
      collection: 'documents',
      data: {
        numberSymbol: '27-CT/TU',
        type: 'chi-thi',
        title: 'Chỉ thị về nâng cao chất lượng sinh hoạt chi bộ (thử bản đọc)',
        summary: 'Các chi bộ sinh hoạt định kỳ mỗi tháng một lần.',
        issuingBody: 'Ban Thường vụ Tỉnh ủy',
        issuedDate: '2026-03-02T00:00:00.000Z',
        org: tree.orgs.b1.id,
        audience: 'org',
        _status: 'published',
      },
    } as any)) as Doc
    await runSynthesis()
    const linked = (await payload.findByID({ collection: 'documents', id: doc.id, depth: 0 })) as Doc
    const audio = await media(linked.audio)
    expect(audio.audience).toBe('org')
    expect(mediaFile(audio).subarray(0, 4).toString('ascii')).toBe('OggS')

    for (const reader of [undefined, tree.users.memberA1]) {
      expect((await rest(`/media/${audio.id}`, reader)).status).toBeGreaterThanOrEqual(400)
      expect((await rest(`/media/file/${audio.filename}`, reader)).status).toBeGreaterThanOrEqual(400)
    }
    expect((await rest(`/media/${audio.id}`, tree.users.memberB1)).status).toBe(200)
    const file = await rest(`/media/file/${audio.filename}`, tree.users.memberB1)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toContain('audio/ogg')

    // Made public later: the reading follows.
    await payload.update({
      collection: 'documents',
      id: doc.id,
      data: { audience: 'public', _status: 'published' },
    } as any)
    expect((await media(audio.id)).audience).toBe('public')
    expect(await pendingJobs('documents', doc.id)).toHaveLength(0)
  })

  it('a study topic keeps its quiz when the reading is linked', async () => {
    const topic = (await payload.create({
      collection: 'study-topics',
      data: {
        title: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh (thử bản đọc)',
        month: 5,
        year: 2026,
        content: richText(['Chuyên đề năm 2026 gồm 3 phần.']),
        quiz: [
          {
            question: 'Chi bộ sinh hoạt mấy lần một tháng?',
            options: [{ text: 'Một', correct: true }, { text: 'Hai' }],
          },
        ],
        org: tree.orgs.a.id,
        audience: 'members',
        _status: 'published',
      },
    } as any)) as Doc
    await runSynthesis()
    const linked = (await payload.findByID({ collection: 'study-topics', id: topic.id, depth: 0 })) as Doc
    expect(linked.audio).toBeTruthy()
    expect(linked.quiz).toHaveLength(1)
    expect(linked.quiz[0].options).toHaveLength(2)
    expect((await media(linked.audio)).audience).toBe('members')
    expect((await rest(`/media/${linked.audio}`)).status).toBeGreaterThanOrEqual(400)
  })
})
