/**
 * The largest upload, one number for the front server (which cuts the stream) and Payload (which parses
 * it). A party document's PDF or a cover photo is a few MB; 25 MB leaves room for a scanned resolution.
 * MAX_UPLOAD_MB changes it.
 */
export const maxUploadBytes = (env: Record<string, string | undefined> = process.env): number => {
  const mb = Number(env.MAX_UPLOAD_MB)
  return Math.round((Number.isFinite(mb) && mb > 0 ? mb : 25) * 1024 * 1024)
}

/** A multipart body carries the file plus boundaries and the other fields. */
export const MULTIPART_OVERHEAD_BYTES = 1024 * 1024

export const uploadTooLargeMessage = (limit: number): string =>
  `Tệp tải lên quá lớn (tối đa ${Math.round(limit / 1024 / 1024)} MB). Hãy nén hoặc chia nhỏ tệp rồi thử lại.`
