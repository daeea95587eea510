/** The matcher over the real demo answer bank: every phrasing finds its own entry, unaccented too; strangers do not. */
import { AUTO_ANSWER_CONFIDENCE, foldAccents } from '@sotay/content-schemas'
import { beforeAll, describe, expect, it } from 'vitest'
import { FAQ } from '../seed/content/faq.ts'
import { demoFaqBank } from '../seed/demoFaqBank.ts'
import type { FaqBank } from './faqBank.ts'
import { createMiniSearchIndex } from './miniSearchIndex.ts'

let bank: FaqBank
const everyone = { visibleTo: ['public'] }
const best = async (q: string) => (await bank.match(q, everyone))[0]
const questionOf = (hit: { id: string } | undefined) => (hit ? FAQ[Number(hit.id)]!.question : undefined)

beforeAll(async () => {
  bank = await demoFaqBank()
})

describe('answer bank matching', () => {
  it('has at least 100 entries, each with one to three other phrasings', () => {
    expect(FAQ.length).toBeGreaterThanOrEqual(100)
    for (const entry of FAQ) expect(entry.alternatives.length).toBeGreaterThanOrEqual(1)
    for (const entry of FAQ) expect(entry.alternatives.length).toBeLessThanOrEqual(3)
  })

  it('finds each entry first from each of its phrasings, with and without accents, confidently', async () => {
    const misses: string[] = []
    for (const [i, entry] of FAQ.entries()) {
      for (const phrasing of [entry.question, ...entry.alternatives]) {
        for (const asked of [phrasing, foldAccents(phrasing)]) {
          const hit = await best(asked)
          if (hit?.id !== String(i) || hit.confidence < AUTO_ANSWER_CONFIDENCE) misses.push(asked)
        }
      }
    }
    expect(misses).toEqual([])
  })

  it('answers paraphrases of "Đảng viên đi làm ăn xa thì sinh hoạt ở đâu?" with and without accents', async () => {
    for (const asked of [
      'Đảng viên đi làm ăn xa thì sinh hoạt ở đâu?',
      'dang vien di lam an xa thi sinh hoat o dau',
      'Tôi đi làm ăn xa thì sinh hoạt đảng ở đâu ạ?',
      'toi di lam an xa thi sinh hoat dang o dau a',
      'Đảng viên đi làm ăn ở xa thì sinh hoạt Đảng ở chỗ nào?',
    ]) {
      const hit = await best(asked)
      expect(questionOf(hit), asked).toBe('Đảng viên đi làm ăn xa thì sinh hoạt ở đâu?')
      expect(hit!.confidence, asked).toBeGreaterThanOrEqual(AUTO_ANSWER_CONFIDENCE)
    }
  })

  it('does not answer unrelated questions automatically', async () => {
    for (const asked of [
      'Giá lúa năm nay bao nhiêu một cân?',
      'Làm sao đăng ký xe máy mới?',
      'Đảng viên có được nuôi chó không?',
      'Đảng viên đi làm ăn xa có được vay vốn ngân hàng không?',
      'Ủy ban nhân dân xã làm việc mấy giờ?',
    ]) {
      const hit = await best(asked)
      expect(hit?.confidence ?? 0, asked).toBeLessThan(AUTO_ANSWER_CONFIDENCE)
    }
  })
})

describe('embedded search engine', () => {
  it('ranks an exact-accent match above a folded one', async () => {
    const engine = createMiniSearchIndex()
    await engine.upsert([
      { id: 'dang', texts: ['Lịch sinh hoạt đang cập nhật'], tags: { visibleTo: ['public'] } },
      { id: 'đảng', texts: ['Lịch sinh hoạt đảng bộ'], tags: { visibleTo: ['public'] } },
    ])
    expect((await engine.search('đảng')).map((h) => h.id)).toEqual(['đảng', 'dang'])
    expect((await engine.search('đang')).map((h) => h.id)).toEqual(['dang', 'đảng'])
    expect((await engine.search('dang')).map((h) => h.id).sort()).toEqual(['dang', 'đảng'])
  })

  it('filters by visibility tags and forgets removed entries', async () => {
    const engine = createMiniSearchIndex()
    await engine.upsert([
      { id: '1', texts: ['Đảng phí công khai'], tags: { visibleTo: ['public'] } },
      { id: '2', texts: ['Đảng phí nội bộ'], tags: { visibleTo: ['members'] } },
    ])
    expect((await engine.search('dang phi', { filter: { visibleTo: ['public'] } })).map((h) => h.id)).toEqual(
      ['1'],
    )
    expect((await engine.search('dang phi', { filter: { visibleTo: ['public', 'members'] } })).length).toBe(2)
    await engine.remove(['1'])
    expect((await engine.search('dang phi')).map((h) => h.id)).toEqual(['2'])
  })
})
