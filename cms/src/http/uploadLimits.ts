/** Payload's multipart limits from the one shared upload size, answered in Vietnamese. */
import {
  MULTIPART_OVERHEAD_BYTES,
  maxUploadBytes,
  uploadTooLargeMessage,
} from '@sotay/content-schemas/media/uploadLimits'

export function uploadLimits(env: Record<string, string | undefined> = process.env) {
  const fileSize = maxUploadBytes(env)
  return {
    upload: {
      limits: { fileSize },
      requestSizeLimit: fileSize + MULTIPART_OVERHEAD_BYTES,
      abortOnLimit: true,
      responseOnLimit: uploadTooLargeMessage(fileSize),
    },
  }
}
