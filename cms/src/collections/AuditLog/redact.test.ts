/** What the log keeps of a value: never a secret, only a summary of rich or long text. */
import { describe, expect, it } from 'vitest'
import { isSecretName, redact } from './redact.ts'

describe('redact', () => {
  it('drops secret keys at any depth', () => {
    const kept = redact({
      username: '930000000001',
      password: 'x',
      nested: {
        activationCode: 'KX7Q',
        resetPasswordToken: 't',
        apiKey: 'k',
        hash: 'h',
        salt: 's',
        phone: '09',
      },
    })
    expect(kept).toEqual({ username: '930000000001', nested: { phone: '09' } })
    for (const name of ['password', 'newPassword', 'activationCode', 'sessions', 'hash', 'salt', 'apiKey']) {
      expect(isSecretName(name)).toBe(true)
    }
    for (const name of ['fullName', 'title', 'org', 'grants', 'status'])
      expect(isSecretName(name)).toBe(false)
  })

  it('summarises rich text and cuts long text and long lists', () => {
    const lexical = { root: { children: [{ children: [{ text: 'Nghị quyết ' }, { text: 'số 57' }] }] } }
    expect(redact(lexical)).toBe('[Văn bản định dạng, 16 ký tự] Nghị quyết số 57')
    const long = redact('đ'.repeat(5000)) as string
    expect(long.startsWith('đ'.repeat(200))).toBe(true)
    expect(long.endsWith('(5.000 ký tự)')).toBe(true)
    const list = redact(Array.from({ length: 25 }, (_, i) => i)) as unknown[]
    expect(list).toHaveLength(21)
    expect(list.at(-1)).toBe('… và 5 mục khác')
  })
})
