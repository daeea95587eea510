import { bulkWriter } from '@sotay/cms/bulk'
import { pathOf } from '@sotay/content-schemas'
import { benchPayload } from './benchPayload.ts'

const engine = process.argv[2] ?? 'sqlite'
const N = Number(process.env.N ?? 100000)
const { payload } = await benchPayload(engine)
const org = (code: string, kind: string, parent?: unknown) =>
  payload.create({ collection: 'orgs', data: { code, name: code, kind, parent } as never, depth: 0 })
const root = await org('R', 'tinh-uy')
const w = bulkWriter(payload)
let n = 0
for (let x = 0; n < N; x++) {
  const xa = await org(`X${x}`, 'dang-uy-xa-phuong', root.id)
  const c = await org(`C${x}`, 'chi-bo', xa.id)
  const people = Array.from({ length: 5000 }, () => {
    n++
    return {
      username: `u${n}`,
      fullName: `Người ${n}`,
      org: c.id,
      orgAncestors: [root.id, xa.id],
      orgPath: pathOf([root.id, xa.id, c.id]),
      status: 'chinh-thuc',
      loginAttempts: 0,
    }
  })
  await w.upsert('users', people, { key: 'username' })
}
const admin = await payload.create({
  collection: 'users',
  data: {
    username: 'adm',
    password: 'Bench@2026',
    fullName: 'A',
    org: root.id,
    grants: [{ role: 'committee', org: root.id }],
  } as never,
})
const t = async (name: string, f: () => Promise<unknown>) => {
  await f()
  const t0 = performance.now()
  for (let i = 0; i < 5; i++) await f()
  console.log(name, ((performance.now() - t0) / 5).toFixed(1))
}
const user = {
  ...(await payload.findByID({ collection: 'users', id: admin.id, depth: 0 })),
  collection: 'users',
} as never
const range = {
  and: [
    { orgPath: { greater_than_equal: `/${root.id}/` } },
    { orgPath: { less_than: `/${root.id}/\uffff` } },
  ],
}
await t('override', () => payload.find({ collection: 'users', limit: 100, depth: 0, overrideAccess: true }))
await t('override nopag', () =>
  payload.find({ collection: 'users', limit: 100, depth: 0, overrideAccess: true, pagination: false }),
)
await t('as committee', () =>
  payload.find({ collection: 'users', limit: 100, depth: 0, overrideAccess: false, user }),
)
await t('as committee nopag', () =>
  payload.find({ collection: 'users', limit: 100, depth: 0, overrideAccess: false, pagination: false, user }),
)
await t('range', () =>
  payload.find({ collection: 'users', limit: 100, depth: 0, overrideAccess: true, where: range }),
)
await t('range nopag', () =>
  payload.find({
    collection: 'users',
    limit: 100,
    depth: 0,
    overrideAccess: true,
    where: range,
    pagination: false,
  }),
)
await t('count range', () => payload.count({ collection: 'users', overrideAccess: true, where: range }))
await t('old in', () =>
  payload.find({
    collection: 'users',
    limit: 100,
    depth: 0,
    overrideAccess: true,
    where: { or: [{ org: { in: [root.id] } }, { orgAncestors: { in: [root.id] } }] },
  }),
)
process.exit(0)
