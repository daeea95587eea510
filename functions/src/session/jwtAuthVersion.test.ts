import { JWT_AUTH_VERSION as payloads } from 'payload'
import { describe, expect, it } from 'vitest'
import { JWT_AUTH_VERSION } from './jwtAuthVersion.ts'

describe('the lean verifier’s JWT header version', () => {
  it('is Payload’s, so its tokens are neither refused nor accepted in a format Payload no longer signs', () => {
    expect(JWT_AUTH_VERSION).toBe(payloads)
  })
})
