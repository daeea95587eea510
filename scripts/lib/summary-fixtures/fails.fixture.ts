import { expect, it } from 'vitest'

it('passes', () => expect(true).toBe(true))
it('fails', () => expect(1 + 1).toBe(3))
