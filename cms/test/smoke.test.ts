import { idsOf } from '@sotay/content-schemas'
import { describe, expect, it } from 'vitest'
import { testPayload } from './payload.ts'

describe('cms boots', () => {
  it('creates an org tree with stored ancestors and path', async () => {
    const payload = await testPayload()
    const root = await payload.create({
      collection: 'orgs',
      data: { name: 'Tỉnh ủy', code: 'SMK-TU', kind: 'tinh-uy' },
    })
    const child = await payload.create({
      collection: 'orgs',
      data: { name: 'Đảng ủy xã', code: 'SMK-X1', kind: 'dang-uy-xa-phuong', parent: root.id },
    })
    expect(child.path).toBe(`/${root.id}/${child.id}/`)
    expect(idsOf(child.ancestors)).toEqual([root.id])
  })
})
