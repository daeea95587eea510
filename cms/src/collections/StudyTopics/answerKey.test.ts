import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { type AccessTree, buildAccessTree } from '../../../test/fixtures/accessTree.ts'
import { testPayload } from '../../../test/payload.ts'

let payload: Payload
let tree: AccessTree
let topicId: number | string

beforeAll(async () => {
  payload = await testPayload()
  tree = await buildAccessTree(payload, `ak${Date.now()}`)
  const topic = await payload.create({
    collection: 'study-topics',
    data: {
      title: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      month: 5,
      year: 2026,
      audience: 'public',
      _status: 'published',
      org: tree.orgs.root.id,
      quiz: [
        {
          question: 'Chi bộ sinh hoạt thường kỳ bao lâu một lần?',
          options: [{ text: 'Mỗi tháng', correct: true }, { text: 'Mỗi quý' }],
        },
      ],
    } as never,
    overrideAccess: true,
  })
  topicId = topic.id
})

const optionsAs = async (user?: AccessTree['users'][keyof AccessTree['users']]) => {
  const topic = await payload.findByID({
    collection: 'study-topics',
    id: topicId,
    overrideAccess: false,
    ...(user ? { user: { ...user, collection: 'users' } as never } : {}),
  })
  return topic.quiz?.[0]?.options ?? []
}

describe('the self-check quiz of a public study topic', () => {
  it('shows anyone the question and its options but not which one is right', async () => {
    const anonymous = await optionsAs()
    expect(anonymous.map((o) => o.text)).toEqual(['Mỗi tháng', 'Mỗi quý'])
    expect(anonymous.some((o) => 'correct' in o && o.correct !== undefined)).toBe(false)
    const member = await optionsAs(tree.users.memberA1)
    expect(member.some((o) => o.correct !== undefined)).toBe(false)
  })

  it('keeps the key for those who write the quiz', async () => {
    const options = await optionsAs(tree.users.superadmin)
    expect(options.map((o) => Boolean(o.correct))).toEqual([true, false])
  })
})
