/** The `synthesizeAudio` job: reads a published text aloud, stores the audio as media, links it from the text. */
import {
  idOf,
  SPEECH_COLLECTIONS,
  type SpeechCollection,
  SYNTHESIZE_AUDIO_TASK,
  speechTextOf,
} from '@sotay/content-schemas'
import type { Payload, PayloadRequest, TaskConfig } from 'payload'
import { isOnPublicSite } from '../site-rebuild/affectsPublicSite.ts'
import { notifySiteBuilder } from '../site-rebuild/notifySiteBuilder.ts'
import { linkAudio } from './linkAudio.ts'
import { defaultSynthesizer, type Synthesizer } from './synthesizer.ts'

export interface SynthesizeInput {
  collection: string
  id: string
}

export type SynthesizeResult =
  | { status: 'created'; mediaId: string; durationSeconds?: number; synthesizer: string }
  | { status: 'skipped'; reason: string }

const isSpeechCollection = (slug: string): slug is SpeechCollection =>
  (SPEECH_COLLECTIONS as readonly string[]).includes(slug)

/** Does the work; exported so tests and scripts can run it without the queue. */
export async function synthesizeAudio(
  payload: Payload,
  input: SynthesizeInput,
  synthesizer: Synthesizer = defaultSynthesizer(),
  req?: PayloadRequest,
): Promise<SynthesizeResult> {
  if (!isSpeechCollection(input.collection))
    return { status: 'skipped', reason: 'không phải nội dung có bản đọc' }
  const collection = input.collection
  // The published version (not a newer draft): that is what readers see and hear.
  const doc = await payload
    .findByID({ collection, id: input.id, depth: 0, draft: false, overrideAccess: true, req })
    .catch(() => null)
  if (!doc) return { status: 'skipped', reason: 'không còn nội dung' }
  if (doc._status !== 'published') return { status: 'skipped', reason: 'chưa xuất bản' }
  const { text, hash } = speechTextOf(doc)
  if (!text) return { status: 'skipped', reason: 'không có chữ để đọc' }
  const previousAudio = idOf(doc.audio)
  if (doc.audioTextHash === hash && previousAudio !== undefined)
    return { status: 'skipped', reason: 'nội dung không đổi' }

  const title = typeof doc.title === 'string' ? doc.title : ''
  const audio = await synthesizer.synthesize(text, { title })
  const name = `${typeof doc.slug === 'string' && doc.slug ? doc.slug : `${collection}-${doc.id}`}-${hash.slice(0, 8)}`
  const media = await payload.create({
    collection: 'media',
    data: { alt: `Bản đọc: ${title}`.slice(0, 250), audience: doc.audience, org: doc.org },
    file: {
      data: audio.data,
      mimetype: audio.mimeType,
      name: `${name}.${audio.extension}`,
      size: audio.data.length,
    },
    overrideAccess: true,
    depth: 0,
    req,
  })
  await linkAudio(payload, {
    collection,
    id: doc.id as string | number,
    audio: media.id,
    audioTextHash: hash,
    req,
  })
  // The link was written past the hooks, so the public site is told here that its page now has a player.
  if (isOnPublicSite(doc)) notifySiteBuilder(`${collection}:${doc.id}:bản đọc`, payload.logger)
  if (previousAudio !== undefined && String(previousAudio) !== String(media.id)) {
    // The old reading no longer matches the text; remove it rather than leave an orphan file.
    await payload
      .delete({ collection: 'media', id: previousAudio, overrideAccess: true, req })
      .catch(() => undefined)
  }
  return {
    status: 'created',
    mediaId: String(media.id),
    durationSeconds: audio.durationSeconds,
    synthesizer: synthesizer.id,
  }
}

export const synthesizeAudioTask: TaskConfig<{
  input: SynthesizeInput
  output: { status: string; mediaId?: string; reason?: string }
}> = {
  slug: SYNTHESIZE_AUDIO_TASK,
  label: 'Tạo bản đọc âm thanh',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
  ],
  outputSchema: [
    { name: 'status', type: 'text' },
    { name: 'mediaId', type: 'text' },
    { name: 'reason', type: 'text' },
  ],
  // One more try covers a busy machine; a real fault (no espeak-ng) stays in the job's error log.
  retries: 1,
  handler: async ({ input, req }) => {
    try {
      const result = await synthesizeAudio(req.payload, input, defaultSynthesizer(), req)
      return {
        output: result.status === 'created' ? { status: result.status, mediaId: result.mediaId } : result,
      }
    } catch (error) {
      req.payload.logger.error({ err: error, ...input }, 'Tạo bản đọc âm thanh thất bại')
      throw error
    }
  },
}
