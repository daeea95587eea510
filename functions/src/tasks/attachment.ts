/**
 * A report's file: checked before anything is stored (size against the project's one upload limit, type by
 * its declared type and its first bytes), then kept in the media library as an internal file of the task's org.
 */
import { TASK_ATTACHMENT_TYPES, TASK_MESSAGES } from '@sotay/content-schemas'
import { maxUploadBytes, uploadTooLargeMessage } from '@sotay/content-schemas/media/uploadLimits'
import type { Payload } from 'payload'

export interface AttachmentProblem {
  status: 413 | 415
  code: string
  message: string
}

const startsWith = (bytes: Uint8Array, ...sig: number[]) => sig.every((b, i) => bytes[i] === b)

/** What the first bytes say the file is, among the types a report may carry. */
function sniff(bytes: Uint8Array): string | null {
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return 'application/pdf'
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47)) return 'image/png'
  if (startsWith(bytes, 0xff, 0xd8, 0xff)) return 'image/jpeg'
  if (startsWith(bytes, 0x52, 0x49, 0x46, 0x46) && String.fromCharCode(...bytes.slice(8, 12)) === 'WEBP')
    return 'image/webp'
  return null
}

export function attachmentProblem(file: File, bytes?: Uint8Array): AttachmentProblem | null {
  const limit = maxUploadBytes()
  if (file.size > limit) return { status: 413, code: 'file_too_large', message: uploadTooLargeMessage(limit) }
  const declared = (file.type || '').split(';')[0].trim().toLowerCase()
  if (!(TASK_ATTACHMENT_TYPES as readonly string[]).includes(declared))
    return { status: 415, code: 'file_type', message: TASK_MESSAGES.badType }
  if (bytes && sniff(bytes) !== declared)
    return { status: 415, code: 'file_type', message: TASK_MESSAGES.badType }
  return null
}

export async function storeAttachment(
  payload: Payload,
  file: File,
  bytes: Uint8Array,
  org: number | string,
): Promise<{ id: number | string }> {
  // Members may not add to the media library by rule (createContent); the caller has checked the task is theirs
  // and the file's size and type, so the server stores it, as an internal file of the task's org.
  return payload.create({
    collection: 'media',
    data: { alt: file.name, audience: 'org', org } as never,
    file: { data: Buffer.from(bytes), mimetype: file.type, name: file.name || 'bao-cao', size: bytes.length },
    depth: 0,
    overrideAccess: true,
  }) as Promise<{ id: number | string }>
}
