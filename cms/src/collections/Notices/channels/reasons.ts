/** Vietnamese reasons written to the delivery log, so an administrator can read why a delivery failed. */
import type { Attempt } from './retry.ts'
import { parseRetryAfter } from './retry.ts'

/** Classifies a push service's HTTP answer (RFC 8030): 2xx sent, 404/410 gone, 429/5xx transient, the rest permanent. */
export function classifyPushResponse(status: number, headers: Headers): Attempt {
  if (status >= 200 && status < 300) return { ok: true, status }
  if (status === 404 || status === 410) {
    return {
      ok: false,
      transient: false,
      gone: true,
      status,
      reason: `Thiết bị đã hủy đăng ký nhận thông báo (mã ${status}); đã xóa thiết bị.`,
    }
  }
  if (status === 429 || status === 408 || status >= 500) {
    return {
      ok: false,
      transient: true,
      status,
      retryAfterMs: parseRetryAfter(headers.get('retry-after')),
      reason:
        status === 429 ? 'Dịch vụ đẩy báo quá tải (mã 429).' : `Dịch vụ đẩy lỗi tạm thời (mã ${status}).`,
    }
  }
  if (status === 401 || status === 403) {
    return { ok: false, transient: false, status, reason: `Dịch vụ đẩy từ chối chữ ký VAPID (mã ${status}).` }
  }
  if (status === 413)
    return { ok: false, transient: false, status, reason: 'Nội dung thông báo quá lớn (mã 413).' }
  return { ok: false, transient: false, status, reason: `Dịch vụ đẩy từ chối yêu cầu (mã ${status}).` }
}

export function networkFailure(error: unknown, service: string): Attempt {
  const cause = (error as { cause?: { code?: string } })?.cause?.code ?? (error as Error)?.name ?? 'lỗi mạng'
  return { ok: false, transient: true, reason: `Không kết nối được ${service} (${cause}).` }
}

export const withAttempts = (reason: string, attempts: number) =>
  attempts > 1 ? `${reason} Đã thử ${attempts} lần.` : reason
