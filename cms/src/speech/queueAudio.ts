/** On publish, queues the audio reading when the text changed; keeps the audio as private as its text. */
import {
  idOf,
  SPEECH_CONTEXT_KEY,
  SPEECH_QUEUE,
  SYNTHESIZE_AUDIO_TASK,
  sameId,
  speechTextOf,
} from '@sotay/content-schemas'
import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'
import type { Document, News, StudyTopic } from '../payload-types.ts'

/** The collections that have a listen button. */
type Readable = News | Document | StudyTopic

export const queueAudio: CollectionAfterChangeHook<Readable> = async ({
  doc,
  previousDoc,
  collection,
  req,
  context,
}) => {
  if (context?.[SPEECH_CONTEXT_KEY]) return doc
  // A draft is not live yet: neither its audience nor its text matter until it is published.
  if (doc._status !== undefined && doc._status !== 'published') return doc
  try {
    await shareAudience(doc, previousDoc, req)
    const { text, hash } = speechTextOf(doc)
    if (!text || (hash === doc.audioTextHash && idOf(doc.audio) !== undefined)) return doc
    await req.payload.jobs.queue({
      task: SYNTHESIZE_AUDIO_TASK,
      input: { collection: collection.slug, id: String(doc.id) },
      queue: SPEECH_QUEUE,
      req,
    })
  } catch (error) {
    // Listening is a convenience: a failure here must never stop a publication.
    req.payload.logger.error(
      { err: error, collection: collection.slug, id: doc.id },
      'Không xếp được việc tạo bản đọc',
    )
  }
  return doc
}

/** An internal document's audio is exactly as protected as the document (like its PDF). */
async function shareAudience(doc: Readable, previousDoc: Readable | undefined, req: PayloadRequest) {
  const audioId = idOf(doc.audio)
  if (audioId === undefined) return
  if (previousDoc && doc.audience === previousDoc.audience && sameId(doc.org, previousDoc.org)) return
  await req.payload.update({
    collection: 'media',
    id: audioId,
    data: { audience: doc.audience, org: idOf(doc.org) },
    overrideAccess: true,
    depth: 0,
    req,
  })
}
