/**
 * Reads a JSON write body once and refuses what Payload would answer with 500 or store as nonsense: a body
 * that is not a JSON object, text that is not valid UTF-16 (lone surrogates), and nesting deep enough to
 * overflow Payload's recursive copies.
 */

import { hasLoneSurrogate } from '@sotay/content-schemas/text/wellFormed'

/** Deep enough for any real rich text (about 50 nested lists), far below a stack overflow. */
export const MAX_JSON_DEPTH = 100

export type JsonBodyCheck = { ok: true; text: string; value: unknown } | { ok: false; message: string }

export function checkJsonBody(text: string, { objectOnly = true } = {}): JsonBodyCheck {
  if (text.trim() === '') return { ok: true, text, value: {} }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false, message: 'Dữ liệu gửi lên không phải JSON hợp lệ.' }
  }
  if (objectOnly && (value === null || typeof value !== 'object' || Array.isArray(value)))
    return { ok: false, message: 'Dữ liệu gửi lên phải là một đối tượng JSON, ví dụ {"title": "..."}.' }
  const problem = shapeProblem(value)
  return problem ? { ok: false, message: problem } : { ok: true, text, value }
}

/** Walks without recursion, so the check itself cannot overflow. */
function shapeProblem(root: unknown): string | null {
  const stack: [unknown, number][] = [[root, 1]]
  while (stack.length) {
    const [value, depth] = stack.pop()!
    if (typeof value === 'string') {
      if (hasLoneSurrogate(value)) return 'Dữ liệu chứa ký tự Unicode không hợp lệ (nửa cặp thay thế đơn lẻ).'
      continue
    }
    if (value === null || typeof value !== 'object') continue
    if (depth > MAX_JSON_DEPTH) return `Dữ liệu lồng nhau quá sâu (tối đa ${MAX_JSON_DEPTH} cấp).`
    for (const [key, item] of Object.entries(value)) {
      if (hasLoneSurrogate(key)) return 'Dữ liệu chứa ký tự Unicode không hợp lệ (nửa cặp thay thế đơn lẻ).'
      stack.push([item, depth + 1])
    }
  }
  return null
}
