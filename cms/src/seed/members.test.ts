import { describe, expect, it } from 'vitest'
import { cardNumber, generateMembers, REFERENCE_DATE } from './members.ts'
import { planOrgTree } from './orgTree.ts'
import { createRandom } from './random.ts'

const yearsBetween = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / (365.25 * 86_400_000)

describe('generateMembers', () => {
  const cells = planOrgTree(100, createRandom(1)).filter((o) => o.isCell)
  const members = generateMembers(cells, 3000, createRandom(2))

  it('spreads the exact number of members over every cell, 10 to 60 on average', () => {
    expect(members).toHaveLength(3000)
    const perCell = new Map<string, number>()
    for (const m of members) perCell.set(m.orgCode, (perCell.get(m.orgCode) ?? 0) + 1)
    expect(perCell.size).toBe(cells.length)
    expect(Math.max(...perCell.values())).toBeLessThanOrEqual(60)
    expect(Math.min(...perCell.values())).toBeGreaterThanOrEqual(10)
  })

  it('gives unique 12-digit card numbers', () => {
    expect(new Set(members.map((m) => m.cardNumber)).size).toBe(members.length)
    for (const m of members) expect(m.cardNumber).toMatch(/^\d{12}$/)
    expect(cardNumber(0)).not.toBe(cardNumber(1))
  })

  it('keeps dates plausible: admitted at 18 or older, official 12 months later, else probationary', () => {
    for (const m of members) {
      expect(yearsBetween(m.birthDate!, m.admittedAt!)).toBeGreaterThanOrEqual(18)
      expect(m.admittedAt! < REFERENCE_DATE).toBe(true)
      if (m.officialAt) {
        expect(m.officialAt.slice(4)).toBe(m.admittedAt!.slice(4).replace('-02-29', '-02-28'))
        expect(Number(m.officialAt.slice(0, 4)) - Number(m.admittedAt!.slice(0, 4))).toBe(1)
        expect(m.status).not.toBe('du-bi')
      } else {
        expect(m.status).toBe('du-bi')
      }
    }
    const probationary = members.filter((m) => m.status === 'du-bi').length
    expect(probationary).toBeGreaterThan(50)
    expect(probationary).toBeLessThan(300)
  })

  it('gives most a mobile number, some an email, both genders', () => {
    expect(members.filter((m) => m.phone && /^0\d{9}$/.test(m.phone)).length).toBeGreaterThan(2700)
    const emails = members.map((m) => m.email).filter(Boolean)
    expect(emails.length).toBeGreaterThan(200)
    expect(new Set(emails).size).toBe(emails.length)
    expect(members.filter((m) => m.gender === 'nu').length).toBeGreaterThan(600)
  })
})
