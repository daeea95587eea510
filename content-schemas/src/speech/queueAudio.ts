/** On publish, queues the audio reading when the text changed; keeps the audio as private as its text. */
import type { CollectionAfterChangeHook } from 'payload'
import { idOf, sameId } from '../shared/ids.ts'
import { speechTextOf } from './textHash.ts'

export const SYNTHESIZE_AUDIO_TASK = 'synthesizeAudio'

/** Its own queue, run a couple at a time, so a burst of publications cannot take every core. */
export const SPEECH_QUEUE = 'speech'

/** Set on `context` by the synthesis job so its own write does not queue another synthesis. */
export const SPEECH_CONTEXT_KEY = 'speechJob'

export const queueAudio: CollectionAfterChangeHook = async ({
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
async function shareAudience(
  doc: Record<string, unknown>,
  previousDoc: Record<string, unknown> | undefined,
  req: Parameters<CollectionAfterChangeHook>[0]['req'],
) {
  const audioId = idOf(doc.audio as never)
  if (audioId === undefined) return
  if (
    previousDoc &&
    doc.audience === previousDoc.audience &&
    sameId(doc.org as never, previousDoc.org as never)
  )
    return
  await req.payload.update({
    collection: 'media',
    id: audioId,
    data: { audience: doc.audience, org: idOf(doc.org as never) },
    overrideAccess: true,
    depth: 0,
    req,
  })
}
