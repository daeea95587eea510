/** Payload's own limit, for requests that reach Next without the front server: a Vietnamese 413, nothing stored. */
import { maxUploadBytes } from '@sotay/content-schemas/media/uploadLimits'
import type { Payload } from 'payload'
import { beforeAll, expect, it } from 'vitest'
import { type AccessTree, buildAccessTree } from './fixtures/accessTree.ts'
import { apiRoutes, jwt } from './http/apiRoutes.ts'
import { testPayload } from './payload.ts'

let payload: Payload
let tree: AccessTree

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, 'USZ')
})

it('a file just over the limit is refused with a Vietnamese 413 and no media row', async () => {
  const before = (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs
  const bytes = new Uint8Array(maxUploadBytes() + 64 * 1024)
  bytes.set(Buffer.from('%PDF-1.4\n'))
  const form = new FormData()
  form.append('file', new Blob([bytes], { type: 'application/pdf' }), 'qua-lon.pdf')
  form.append('_payload', JSON.stringify({ alt: 'Quá lớn' }))
  const response = await apiRoutes(payload).rest('/media', {
    method: 'POST',
    headers: jwt(tree.users.superadmin.token),
    body: form,
  })
  expect(response.status).toBe(413)
  expect((await response.json()).errors[0].message).toMatch(/Tệp tải lên quá lớn \(tối đa 25 MB\)/)
  expect((await payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(before)
})
