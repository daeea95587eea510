/** Writes the sample news (one draft, one scheduled), study topics and FAQ; existing items are kept. */
import type { ID } from '@sotay/content-schemas'
import { NEWS_CATEGORIES } from '@sotay/content-schemas'
import type { CollectionSlug, Payload, Where } from 'payload'
import { FAQ } from './content/faq.ts'
import { NEWS, type NewsSeed } from './content/news.ts'
import { STUDY_TOPICS } from './content/studyTopics.ts'
import { renderCover } from './cover.ts'
import { richText } from './richText.ts'

type Progress = (done: number, total: number) => void
const DAY = 86_400_000

/** Values of `field` already present among the province's documents of a collection. */
async function existing(
  payload: Payload,
  collection: CollectionSlug,
  field: string,
  where: Where,
): Promise<Set<string>> {
  const found = await payload.find({ collection, where, depth: 0, limit: 0, pagination: false, draft: true })
  return new Set(found.docs.map((doc) => String(Reflect.get(doc, field))))
}

/** A fixed morning hour per item, so the list reads like a real news day. */
const publishedAt = (now: number, seed: NewsSeed, index: number) => {
  const day = new Date(now - seed.daysAgo * DAY)
  day.setUTCHours(1 + (index % 8), (index * 17) % 60, 0, 0)
  return day.toISOString()
}

/** Two items in three get a cover picture, so lists show both kinds. */
const hasCover = (index: number) => index % 3 !== 2

async function uploadCover(payload: Payload, seed: NewsSeed, org: ID): Promise<ID> {
  const bytes = renderCover(seed.title, seed.category)
  const category = NEWS_CATEGORIES.find((c) => c.value === seed.category)?.label.vi ?? ''
  const media = await payload.create({
    collection: 'media',
    data: {
      alt: `Ảnh minh họa tin ${category.toLocaleLowerCase('vi')}`,
      audience: seed.audience ?? 'public',
      org,
    },
    file: { data: bytes, mimetype: 'image/jpeg', name: `${seed.slug}.jpg`, size: bytes.length },
    depth: 0,
  })
  return media.id
}

export async function writeNews(payload: Payload, orgIds: Map<string, ID>, now: number, progress: Progress) {
  const inProvince = { org: { in: [...orgIds.values()] } }
  const have = await existing(payload, 'news', 'slug', {
    and: [{ slug: { in: NEWS.map((n) => n.slug) } }, inProvince],
  })
  let done = 0
  for (const [index, seed] of NEWS.entries()) {
    if (!have.has(seed.slug)) {
      const draft = seed.state !== undefined
      const org = orgIds.get(seed.org ?? 'SH')!
      const doc = await payload.create({
        collection: 'news',
        draft,
        data: {
          title: seed.title,
          slug: seed.slug,
          summary: seed.summary,
          content: richText(seed.paragraphs),
          category: seed.category,
          sourceName: seed.sourceName,
          sourceUrl: `https://example.org/${seed.sourcePath}`,
          publishedAt: publishedAt(now, seed, index),
          audience: seed.audience ?? 'public',
          org,
          cover: hasCover(index) ? await uploadCover(payload, seed, org) : undefined,
          _status: draft ? 'draft' : 'published',
        },
        depth: 0,
      })
      if (seed.state === 'scheduled') {
        await payload.jobs.queue({
          task: 'schedulePublish',
          input: { type: 'publish', doc: { relationTo: 'news', value: String(doc.id) } },
          waitUntil: new Date(publishedAt(now, seed, index)),
        })
      }
    }
    progress(++done, NEWS.length)
  }
}

/** Six monthly topics ending with the current month (Vietnam time). */
export async function writeStudyTopics(
  payload: Payload,
  orgIds: Map<string, ID>,
  documentIds: Map<string, ID>,
  now: number,
  progress: Progress,
) {
  const root = orgIds.get('SH')!
  const have = await existing(payload, 'study-topics', 'slug', {
    and: [{ slug: { in: STUDY_TOPICS.map((t) => t.slug) } }, { org: { equals: root } }],
  })
  const local = new Date(now + 7 * 3_600_000)
  let done = 0
  for (const [index, seed] of STUDY_TOPICS.entries()) {
    if (!have.has(seed.slug)) {
      const month = new Date(
        Date.UTC(local.getUTCFullYear(), local.getUTCMonth() - (STUDY_TOPICS.length - 1 - index), 1),
      )
      await payload.create({
        collection: 'study-topics',
        data: {
          title: seed.title,
          slug: seed.slug,
          month: month.getUTCMonth() + 1,
          year: month.getUTCFullYear(),
          summary: seed.summary,
          content: richText(seed.paragraphs),
          documents: seed.documents.map((symbol) => documentIds.get(symbol)).filter((id) => id !== undefined),
          quiz: seed.quiz.map((q) => ({
            question: q.question,
            options: q.options.map((text, i) => ({ text, correct: i === q.correct })),
          })),
          audience: seed.audience ?? 'members',
          org: root,
          _status: 'published',
        },
        depth: 0,
      })
    }
    progress(++done, STUDY_TOPICS.length)
  }
}

export async function writeFaq(payload: Payload, orgIds: Map<string, ID>, progress: Progress) {
  const root = orgIds.get('SH')!
  const have = await existing(payload, 'faq', 'question', {
    and: [{ question: { in: FAQ.map((f) => f.question) } }, { org: { equals: root } }],
  })
  let done = 0
  for (const seed of FAQ) {
    if (!have.has(seed.question)) {
      await payload.create({
        collection: 'faq',
        data: {
          question: seed.question,
          answer: seed.answer,
          category: seed.category,
          alternatives: seed.alternatives.map((text) => ({ text })),
          audience: 'public',
          org: root,
          _status: 'published',
        },
        depth: 0,
      })
    }
    progress(++done, FAQ.length)
  }
}
