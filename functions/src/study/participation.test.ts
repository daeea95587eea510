import { type AccessTree, buildAccessTree, testPayload } from '@sotay/cms/testing'
import { STUDY_MESSAGES } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { createApp, type FunctionsApp } from '../app.ts'
import type { QuizParticipation, QuizStart } from '../types.ts'
import { studyRoutes } from './index.ts'

const ORIGIN = 'http://127.0.0.1:3900'
let payload: Payload
let app: FunctionsApp
let tree: AccessTree
let quizId: number | string
type Who = { token: string }

function call(path: string, who: Who, body?: unknown) {
  const headers = new Headers({ origin: ORIGIN, authorization: `JWT ${who.token}` })
  if (body !== undefined) headers.set('content-type', 'application/json')
  return app.request(
    new Request(`${ORIGIN}/fn${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    }),
  )
}

async function sit(who: Who, right: boolean) {
  const started = (await (await call(`/study/quizzes/${quizId}/start`, who, {})).json()) as QuizStart
  const answers = { 0: [right ? 1 : 0] }
  await call(`/study/quizzes/${quizId}/submit`, who, {
    attemptId: started.attempt.id,
    token: started.attempt.token,
    answers,
  })
}

beforeAll(async () => {
  payload = await testPayload()
  app = createApp({ routes: [studyRoutes({ payload })] })
  tree = await buildAccessTree(payload, `stp${Date.now()}`)
  const quiz = await payload.create({
    collection: 'quizzes',
    data: {
      title: 'Trắc nghiệm toàn tỉnh',
      published: true,
      passPercent: 100,
      questions: [
        { text: 'Một cộng một bằng mấy?', options: [{ text: 'Ba' }, { text: 'Hai', correct: true }] },
      ],
      org: tree.orgs.root.id,
    } as never,
    overrideAccess: true,
  })
  quizId = quiz.id
  await sit(tree.users.memberA1, true)
  await sit(tree.users.secretaryA1, false)
  await sit(tree.users.memberB1, true)
})

describe('results per organisation for the committee above', () => {
  const of = async (who: Who, org: number | string) =>
    call(`/study/quizzes/${quizId}/participation?org=${org}`, who)

  it('counts its own subtree one level down, and drills down to the members of a cell', async () => {
    const branch = (await (await of(tree.users.adminA, tree.orgs.a.id)).json()) as QuizParticipation
    expect(branch.orgs).toEqual([
      { org: { id: tree.orgs.a1.id, name: tree.orgs.a1.name }, members: 2, passed: 1, averagePercent: 50 },
    ])
    const cell = (await (await of(tree.users.adminA, tree.orgs.a1.id)).json()) as QuizParticipation
    expect(cell.members).toEqual([
      { fullName: 'Đỗ Thị Hoa', percent: 100, passed: true },
      { fullName: 'Hoàng Văn Đông', percent: 0, passed: false },
    ])
  })

  it('sees nothing of a neighbour branch, even when asking from the top', async () => {
    const refused = await of(tree.users.adminA, tree.orgs.b.id)
    expect(refused.status).toBe(403)
    expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
      STUDY_MESSAGES.notYourOrg,
    )
    const top = (await (await of(tree.users.superadmin, tree.orgs.root.id)).json()) as QuizParticipation
    expect(top.orgs.map((o) => [o.org.name, o.members])).toEqual([
      // Sorted as Vietnamese reads: "phường Bình Minh" before "xã An Bình".
      [tree.orgs.b.name, 1],
      [tree.orgs.a.name, 2],
    ])
    expect((await of(tree.users.memberA1, tree.orgs.a1.id)).status).toBe(403)
  })
})
