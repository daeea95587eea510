/**
 * The listen button's server side: publishing queues a reading, the job stores a real audio file as media —
 * Ogg/Opus from Debian's espeak-ng where it is installed, MP3 from the WebAssembly build everywhere else.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { SPEECH_QUEUE, speechTextOf } from '@sotay/content-schemas'
import { MPEGDecoder } from 'mpg123-decoder'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { richText } from '../src/seed/richText.ts'
import { speechEngine } from '../src/speech/engine.ts'
import { type AccessTree, buildAccessTree, type TreeUser } from './fixtures/accessTree.ts'
import { testPayload } from './payload.ts'
import { restAs } from './requests.ts'

/** What the default engine of this machine stores: Debian's binaries make Opus, the npm path MP3. */
const engine = speechEngine()
const expected =
  engine.engine === 'debian'
    ? {
        mimeType: 'audio/ogg',
        extension: 'opus',
        magic: (b: Buffer) => b.subarray(0, 4).toString('ascii') === 'OggS',
      }
    : { mimeType: 'audio/mpeg', extension: 'mp3', magic: (b: Buffer) => isMp3FrameSync(b) }
if (engine.notice) console.warn(`[speech] ${engine.notice}`)

/** An MPEG audio frame header starts with 11 set bits (no ID3 tag is written before it). */
function isMp3FrameSync(bytes: Buffer) {
  return bytes[0] === 0xff && ((bytes[1] as number) & 0xe0) === 0xe0
}

/** Decodes the whole MP3 with mpg123 (WebAssembly): seconds of sound, decoder errors and loudness. */
async function decodeMp3(bytes: Buffer) {
  const decoder = new MPEGDecoder()
  await decoder.ready
  try {
    const { samplesDecoded, sampleRate, errors, channelData } = decoder.decode(new Uint8Array(bytes))
    const mono = channelData[0] ?? new Float32Array()
    let sum = 0
    for (const x of mono) sum += x * x
    return {
      seconds: samplesDecoded / sampleRate,
      sampleRate,
      errors: errors.length,
      rms: Math.sqrt(sum / Math.max(1, mono.length)),
    }
  } finally {
    decoder.free()
  }
}

let payload: Payload
let tree: AccessTree
type Doc = Record<string, any>

const rest = (url: string, user?: TreeUser) => restAs(payload, url, user)

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

/** When this file began: files run one after another on the shared database, so later jobs are this file's. */
let startedAt: string

// Only this file's jobs: an earlier file (the demo seed) may have left hundreds of readings queued.
const runSynthesis = () =>
  payload.jobs.run({
    queue: SPEECH_QUEUE,
    limit: 100,
    sequential: true,
    where: { createdAt: { greater_than_equal: startedAt } },
  })

const media = (id: unknown) =>
  payload.findByID({ collection: 'media', id: id as string, depth: 0 }) as Promise<Doc>
const mediaFile = (m: Doc) =>
  readFileSync(path.join(payload.collections.media.config.upload.staticDir as string, m.filename))

beforeAll(async () => {
  startedAt = new Date().toISOString()
  payload = await testPayload()
  tree = await buildAccessTree(payload, 'SPK')
})

describe('bản đọc âm thanh (audio reading) on publish', () => {
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

  it(`running the job stores a real ${expected.extension} file, public like the news item, and links it`, async () => {
    await runSynthesis()
    expect(await pendingJobs('news', news.id)).toHaveLength(0)
    const linked = (await payload.findByID({ collection: 'news', id: news.id, depth: 0 })) as Doc
    expect(linked.audio).toBeTruthy()
    const audio = await media(linked.audio)
    expect(audio.mimeType).toBe(expected.mimeType)
    expect(audio.filename).toMatch(new RegExp(`\\.${expected.extension}$`))
    expect(audio.audience).toBe('public')
    expect(String(audio.org)).toBe(String(tree.orgs.a1.id))
    const bytes = mediaFile(audio)
    expect(expected.magic(bytes)).toBe(true)
    if (engine.engine === 'debian') expect(bytes.includes(Buffer.from('OpusHead'))).toBe(true)
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
    expect(expected.magic(mediaFile(audio))).toBe(true)

    for (const reader of [undefined, tree.users.memberA1]) {
      expect((await rest(`/media/${audio.id}`, reader)).status).toBeGreaterThanOrEqual(400)
      expect((await rest(`/media/file/${audio.filename}`, reader)).status).toBeGreaterThanOrEqual(400)
    }
    expect((await rest(`/media/${audio.id}`, tree.users.memberB1)).status).toBe(200)
    const file = await rest(`/media/file/${audio.filename}`, tree.users.memberB1)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toContain(expected.mimeType)

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

describe('the npm voice (espeak-ng WebAssembly → MP3), forced with SPEECH_ENGINE=wasm', () => {
  const before = process.env.SPEECH_ENGINE
  beforeAll(() => {
    // Chosen per job run (engine.ts), so this reaches the real job even where Debian's binaries exist.
    process.env.SPEECH_ENGINE = 'wasm'
  })
  afterAll(() => {
    if (before === undefined) delete process.env.SPEECH_ENGINE
    else process.env.SPEECH_ENGINE = before
  })

  const SENTENCES = [
    'Chi bộ thôn Tây tổ chức sinh hoạt chuyên đề về xây dựng nông thôn mới.',
    'Các đồng chí đảng viên thảo luận sôi nổi, nêu nhiều ý kiến tâm huyết.',
    'Chi bộ thống nhất giao nhiệm vụ cụ thể cho từng đảng viên phụ trách các hộ gia đình.',
  ]

  async function publishAndRead(title: string, paragraphs: string[]) {
    const news = (await payload.create({
      collection: 'news',
      data: {
        title,
        content: richText(paragraphs),
        category: 'co-so',
        org: tree.orgs.a1.id,
        audience: 'public',
        _status: 'published',
      },
    } as any)) as Doc
    await runSynthesis()
    const linked = (await payload.findByID({ collection: 'news', id: news.id, depth: 0 })) as Doc
    expect(linked.audio, 'the job linked no audio').toBeTruthy()
    const audio = await media(linked.audio)
    const bytes = mediaFile(audio)
    return { audio, bytes, decoded: await decodeMp3(bytes), spoken: speechTextOf(linked).text.length }
  }

  it('stores a decodable MP3 whose length follows the text', async () => {
    const short = await publishAndRead('Sinh hoạt chi bộ thôn Tây', SENTENCES.slice(0, 1))
    // About 2,000 characters: more than one piece for espeak-ng, so the pieces are joined into one MP3.
    const long = await publishAndRead(
      'Sinh hoạt chi bộ thôn Tây (bản dài)',
      Array.from({ length: 9 }, () => SENTENCES.join(' ')),
    )
    for (const { audio, bytes, decoded } of [short, long]) {
      expect(audio.mimeType).toBe('audio/mpeg')
      expect(audio.filename).toMatch(/\.mp3$/)
      expect(audio.filesize).toBe(bytes.length)
      expect(isMp3FrameSync(bytes)).toBe(true)
      expect(decoded.errors).toBe(0)
      // Speech, not silence: espeak-ng's voice is loud (RMS around 0.1–0.2).
      expect(decoded.rms).toBeGreaterThan(0.02)
    }
    expect(long.spoken).toBeGreaterThan(1_500)
    // espeak-ng at 150 words a minute reads about 12 characters a second.
    for (const { decoded, spoken } of [short, long]) {
      expect(decoded.seconds / spoken).toBeGreaterThan(0.04)
      expect(decoded.seconds / spoken).toBeLessThan(0.15)
    }
    const ratio = long.decoded.seconds / short.decoded.seconds / (long.spoken / short.spoken)
    expect(ratio).toBeGreaterThan(0.6)
    expect(ratio).toBeLessThan(1.6)
    console.log(
      `[speech] WebAssembly → MP3: ${short.spoken} ký tự → ${short.decoded.seconds.toFixed(1)} s, ${short.bytes.length} B; ` +
        `${long.spoken} ký tự → ${long.decoded.seconds.toFixed(1)} s, ${long.bytes.length} B (${long.decoded.sampleRate} Hz)`,
    )

    // Served as MP3 by the file endpoint, so the site's <audio> plays it on every phone.
    const file = await rest(`/media/file/${long.audio.filename}`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toContain('audio/mpeg')
  })
})
