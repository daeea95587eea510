import { describe, expect, it } from 'vitest'
import { CORRECTION_MESSAGES, proposedValueProblem } from './corrections.ts'

describe('a proposed correction', () => {
  it('takes dates as dd/mm/yyyy, real and past', () => {
    expect(proposedValueProblem('admittedAt', '03/02/2010')).toBeNull()
    expect(proposedValueProblem('admittedAt', '2010-02-03')).toBe(CORRECTION_MESSAGES.badDate)
    expect(proposedValueProblem('officialAt', '31/02/2011')).toBe(CORRECTION_MESSAGES.badDate)
    expect(proposedValueProblem('officialAt', '01/01/2999')).toBe(CORRECTION_MESSAGES.badDate)
  })

  it('takes phone numbers and email addresses as people write them, and refuses the rest in Vietnamese', () => {
    expect(proposedValueProblem('phone', '0912 345 678')).toBeNull()
    expect(proposedValueProblem('phone', 'gọi tôi')).toBe(CORRECTION_MESSAGES.badPhone)
    expect(proposedValueProblem('email', 'binh@example.vn')).toBeNull()
    expect(proposedValueProblem('email', 'binh@')).toBe(CORRECTION_MESSAGES.badEmail)
  })

  it('refuses an empty or overlong value whatever the field', () => {
    expect(proposedValueProblem('cell', '   ')).toBe(CORRECTION_MESSAGES.emptyValue)
    expect(proposedValueProblem('fullName', 'a'.repeat(201))).toBe(CORRECTION_MESSAGES.longValue)
    expect(proposedValueProblem('cell', 'Chi bộ thôn Nà Làng')).toBeNull()
  })
})
