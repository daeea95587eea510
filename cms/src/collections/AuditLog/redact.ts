/**
 * What an audit entry may keep of a value: secrets (passwords, hashes, tokens, activation codes) never,
 * rich text and long text only as a summary, so the log is no second copy of people's data or of the content.
 */

/** Field or key names whose values are secrets wherever they appear. */
const SECRET_NAME = /pass(word)?|hash|salt|token|secret|api_?key|activation_?code|otp|session/i

export const isSecretName = (name: string): boolean => SECRET_NAME.test(name)

const MAX_TEXT = 200
const MAX_ITEMS = 20

const isLexical = (value: unknown): value is { root: unknown } =>
  Boolean(value && typeof value === 'object' && 'root' in value)

function lexicalText(node: unknown): string {
  if (!node || typeof node !== 'object') return ''
  const { text, children } = node as { text?: unknown; children?: unknown }
  const own = typeof text === 'string' ? text : ''
  const inner = Array.isArray(children) ? children.map(lexicalText).join(' ') : ''
  return `${own} ${inner}`.trim()
}

const count = (n: number) => n.toLocaleString('vi-VN')

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= MAX_TEXT ? flat : `${flat.slice(0, MAX_TEXT)}… (${count(flat.length)} ký tự)`
}

/** A value as the log keeps it: secrets dropped by key, rich text summarised, long text and lists cut. */
export function redact(value: unknown, depth = 0): unknown {
  if (value === null || value === undefined) return value ?? null
  if (typeof value === 'string') return shorten(value)
  if (typeof value !== 'object') return value
  if (isLexical(value)) {
    const text = lexicalText(value.root)
    return `[Văn bản định dạng, ${count(text.length)} ký tự] ${shorten(text)}`.trim()
  }
  // Deep structures (blocks, nested groups) say only that they are there.
  if (depth > 4) return '[…]'
  if (Array.isArray(value)) {
    const kept = value.slice(0, MAX_ITEMS).map((item) => redact(item, depth + 1))
    return value.length > MAX_ITEMS ? [...kept, `… và ${count(value.length - MAX_ITEMS)} mục khác`] : kept
  }
  const out: Record<string, unknown> = {}
  for (const [key, inner] of Object.entries(value)) {
    if (!isSecretName(key)) out[key] = redact(inner, depth + 1)
  }
  return out
}
