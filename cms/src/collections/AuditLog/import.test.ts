/** A member import is audited at its commit (the admin's "Đang nhập") and at its outcome (the job's). */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { csvFile, jobsOf, orgTree, person, type Tree, upload } from '../../../test/member-fixtures.ts'
import { testPayload } from '../../../test/payload.ts'
import { entriesOf } from './testing.ts'

// Card numbers 573xxxxx: other import tests use 51–53 million.
const P = 'AUI'
let payload: Payload
let tree: Tree
let committeeA: any

beforeAll(async () => {
  payload = await testPayload()
  tree = await orgTree(payload, P)
  committeeA = await person(payload, `${P}-cap-uy-a`, [{ role: 'committee', org: tree.a.id }])
})

describe('member import', () => {
  it('records who committed which list for which org, then how many accounts the job wrote', async () => {
    const file = csvFile([
      ['57300001', 'Nguyễn Văn Bảy', '14/05/1980', 'Nam', '02/09/2005', '02/09/2006', `${P}-A1`, '', ''],
      ['57300002', 'Trần Thị Tám', '01/03/1985', 'Nữ', '03/02/2010', '03/02/2011', `${P}-A1`, '', ''],
    ])
    const doc = await upload(payload, committeeA, file)
    expect(doc.status).toBe('previewed')
    await payload.update({
      collection: 'member-imports',
      id: doc.id,
      data: { status: 'committing' },
      user: committeeA,
      overrideAccess: false,
    })
    const [job] = await jobsOf(payload, doc.id)
    await payload.jobs.runByID({ id: job.id })

    const imports = (await entriesOf(payload, 'member-imports', doc.id)).filter((e) => e.action === 'import')
    expect(imports).toHaveLength(2)
    const [commit, outcome] = imports
    expect(commit).toMatchObject({ actor: committeeA.id, org: tree.a.id, docTitle: doc.filename })
    expect(commit.changes).toContainEqual({ field: 'status', before: 'previewed', after: 'committing' })
    expect(outcome).toMatchObject({ actor: committeeA.id, actorName: committeeA.fullName, org: tree.a.id })
    expect(outcome.changes).toContainEqual({ field: 'status', before: 'committing', after: 'done' })
    expect(commit.details).toMatchObject({ totalRows: 2, validRows: 2 })
    expect(outcome.details).toMatchObject({ totalRows: 2, created: 2, updated: 0 })
  })
})
