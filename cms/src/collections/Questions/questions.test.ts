/** Questions in the admin: who sees and answers them, escalation in time, the answer as a notice, publishing to the FAQ. */
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { type AccessTree, buildAccessTree, type TreeUser } from '../../../test/fixtures/accessTree.ts'
import { runFanOutJob } from '../../../test/notices-fixtures.ts'
import { testPayload } from '../../../test/payload.ts'
import { faqBank } from '../Faq/bank.ts'
import { ESCALATE_TASK, escalateQuestions } from './escalate.ts'
import { ANSWER_NOTICE_TITLE } from './hooks/notifyAsker.ts'

let payload: Payload
let tree: AccessTree
let prefix: string
const HOUR = 3600_000

const as = (user: TreeUser) => ({ user: user as any, overrideAccess: false, depth: 0 }) as const

/** A member asks through the Local API as themselves, as the /fn/questions function does. */
const ask = (asker: TreeUser, text: string, status: 'pending' | 'auto' = 'pending') =>
  payload.create({ collection: 'questions', data: { text, status } as any, ...as(asker) }) as Promise<any>

const read = async (user: TreeUser, id: unknown) =>
  (await payload.find({ collection: 'questions', where: { id: { equals: id } }, ...as(user) })).docs[0] as any

const answer = (user: TreeUser, id: unknown, data: Record<string, unknown>) =>
  payload.update({ collection: 'questions', id: id as any, data: data as any, ...as(user) }) as Promise<any>

beforeAll(async () => {
  payload = await testPayload()
  prefix = `qs${Date.now()}`
  tree = await buildAccessTree(payload, prefix)
})

describe('who sees a question', () => {
  it('the asker and the admins above the assigned org; never another member or a neighbour subtree', async () => {
    const { memberA1, memberB1, secretaryA1, adminA, adminB, superadmin, editorA } = tree.users
    const q = await ask(memberA1, `Câu hỏi ${prefix} về lịch sinh hoạt chi bộ tháng tới?`)
    expect(q).toMatchObject({
      status: 'pending',
      asker: memberA1.id,
      org: tree.orgs.a1.id,
      assignedOrg: tree.orgs.a1.id,
    })
    for (const user of [memberA1, secretaryA1, adminA, superadmin])
      expect(await read(user, q.id)).toBeTruthy()
    for (const user of [memberB1, adminB, editorA]) expect(await read(user, q.id)).toBeUndefined()
    await expect(answer(memberB1, q.id, { text: 'Sửa câu hỏi của người khác' })).rejects.toThrow()
    await expect(answer(adminB, q.id, { answer: 'Trả lời hộ chi bộ khác' })).rejects.toThrow()
    await expect(payload.delete({ collection: 'questions', id: q.id, ...as(adminA) })).rejects.toThrow()
  })

  it('binds a question to its asker and their cell whatever the request says, and never lets them answer it', async () => {
    const { memberA1, memberB1 } = tree.users
    const q = await payload.create({
      collection: 'questions',
      data: {
        text: `Câu hỏi ${prefix} gửi thay người khác, kèm trả lời sẵn`,
        asker: memberB1.id,
        org: tree.orgs.b1.id,
        status: 'answered',
        answer: 'Tự trả lời',
      } as any,
      ...as(memberA1),
    })
    expect(q).toMatchObject({ asker: memberA1.id, org: tree.orgs.a1.id, status: 'pending' })
    expect(q.answer ?? null).toBeNull()
    const auto = await ask(memberA1, `Câu hỏi ${prefix} đã có trả lời tự động`, 'auto')
    const changed = await answer(memberA1, auto.id, { status: 'answered', answer: 'Tự trả lời' })
    expect(changed.status).toBe('auto')
    expect(changed.answer ?? null).toBeNull()
  })
})

describe('escalation (chuyển cấp trên)', () => {
  it('moves questions waiting longer than the set time to the committee above, and no others', async () => {
    const { memberA1, secretaryA1, adminA } = tree.users
    const late = await ask(memberA1, `Câu hỏi ${prefix} chờ quá hạn ở chi bộ`)
    const fresh = await ask(memberA1, `Câu hỏi ${prefix} vừa mới gửi`)
    const now = new Date(Date.now() + 49 * HOUR)
    await payload.update({
      collection: 'questions',
      id: fresh.id,
      data: { pendingSince: new Date(now.getTime() - 47 * HOUR).toISOString() } as any,
      overrideAccess: true,
    })
    expect(await escalateQuestions(payload, { now, afterHours: 48 })).toBeGreaterThanOrEqual(1)
    const moved = await read(adminA, late.id)
    expect(moved).toMatchObject({ status: 'escalated', assignedOrg: tree.orgs.a.id })
    expect(moved.escalatedAt).toBe(now.toISOString())
    expect(await read(secretaryA1, fresh.id)).toMatchObject({
      status: 'pending',
      assignedOrg: tree.orgs.a1.id,
    })
    // Escalated questions are not moved again by the next run.
    await escalateQuestions(payload, { now: new Date(now.getTime() + 100 * HOUR), afterHours: 48 })
    expect((await read(adminA, late.id)).assignedOrg).toBe(tree.orgs.a.id)
  })

  it('runs as the scheduled job with QUESTION_ESCALATE_AFTER_HOURS', async () => {
    const q = await ask(tree.users.memberB1, `Câu hỏi ${prefix} chờ ba ngày`)
    await payload.update({
      collection: 'questions',
      id: q.id,
      data: { pendingSince: new Date(Date.now() - 72 * HOUR).toISOString() } as any,
      overrideAccess: true,
    })
    const job = await payload.jobs.queue({ task: ESCALATE_TASK as any, input: {} })
    await payload.jobs.runByID({ id: job.id })
    expect(await read(tree.users.adminB, q.id)).toMatchObject({
      status: 'escalated',
      assignedOrg: tree.orgs.b.id,
    })
  })
})

describe('answering', () => {
  it('the secretary’s answer marks the question answered and reaches the asker’s inbox as a notice', async () => {
    const { memberA1, memberB1, secretaryA1 } = tree.users
    const text = `Câu hỏi ${prefix}: đảng viên chuyển nhà trong xã có phải chuyển sinh hoạt không?`
    const q = await ask(memberA1, text)
    const reply =
      'Chuyển nhà trong cùng xã thì đồng chí vẫn sinh hoạt ở chi bộ cũ nếu vẫn thuộc địa bàn; báo chi ủy để cập nhật.'
    const answered = await answer(secretaryA1, q.id, { answer: reply })
    expect(answered).toMatchObject({ status: 'answered', answer: reply, answeredBy: secretaryA1.id })
    expect(answered.answeredAt).toBeTruthy()

    const notices = await payload.find({
      collection: 'notices',
      where: { and: [{ title: { equals: ANSWER_NOTICE_TITLE } }, { body: { contains: prefix } }] },
      overrideAccess: true,
      depth: 0,
    })
    expect(notices.docs.length).toBe(1)
    const notice = notices.docs[0] as any
    expect(notice.body).toContain(text)
    expect(notice.body).toContain(reply)
    await runFanOutJob(payload, notice.id)
    const inbox = (user: TreeUser) =>
      payload.find({ collection: 'inbox', where: { notice: { equals: notice.id } }, ...as(user) })
    expect((await inbox(memberA1)).docs.length).toBe(1)
    expect((await inbox(memberB1)).docs.length).toBe(0)
  })

  it('a secretary cannot answer a question of another cell', async () => {
    const q = await ask(tree.users.memberB1, `Câu hỏi ${prefix} của chi bộ khu phố 3`)
    await expect(answer(tree.users.secretaryA1, q.id, { answer: 'Trả lời nhầm chi bộ' })).rejects.toThrow()
    expect((await read(tree.users.memberB1, q.id)).status).toBe('pending')
  })
})

describe('publishing to the answer bank (đưa vào ngân hàng hỏi đáp)', () => {
  it('creates an FAQ entry with the question and answer only, findable at once when published', async () => {
    const { memberA1, secretaryA1, adminA } = tree.users
    const text = `Đảng viên ${prefix} làm việc theo ca đêm có được xin lùi giờ sinh hoạt chi bộ không?`
    const q = await ask(memberA1, text)
    await answer(secretaryA1, q.id, {
      answer: 'Chi bộ có thể thống nhất giờ sinh hoạt phù hợp với đa số đảng viên.',
    })
    const published = await answer(adminA, q.id, {
      publishToFaq: true,
      faqCategory: 'sinh-hoat-chi-bo',
      faqAudience: 'members',
      faqPublish: true,
    })
    expect(published.faqEntry).toBeTruthy()
    const entry = (await payload.findByID({
      collection: 'faq',
      id: published.faqEntry,
      depth: 0,
      overrideAccess: true,
    })) as any
    expect(entry).toMatchObject({
      question: text,
      category: 'sinh-hoat-chi-bo',
      audience: 'members',
      _status: 'published',
    })
    const stored = JSON.stringify(entry)
    const person = memberA1 as unknown as { fullName: string; username: string }
    for (const trace of [person.fullName, person.username, '"asker"']) expect(stored).not.toContain(trace)
    const [hit] = await faqBank().match(text, { reader: memberA1 })
    expect(hit?.id).toBe(String(entry.id))
    // Pressing it again does not make a second entry.
    const again = await answer(adminA, q.id, { publishToFaq: true })
    expect(again.faqEntry).toBe(published.faqEntry)
  })

  it('keeps a draft out of the bank until an editor publishes it', async () => {
    const { memberB1, adminB } = tree.users
    const text = `Đảng viên ${prefix} đi học thạc sĩ ở nước ngoài hai năm thì đóng đảng phí thế nào?`
    const q = await ask(memberB1, text)
    await answer(adminB, q.id, {
      answer: 'Đồng chí đóng theo hướng dẫn của tổ chức đảng nơi sinh hoạt tạm thời.',
    })
    const drafted = await answer(adminB, q.id, {
      publishToFaq: true,
      faqCategory: 'dang-phi',
      faqAudience: 'public',
    })
    const entry = (await payload.findByID({
      collection: 'faq',
      id: drafted.faqEntry,
      depth: 0,
      draft: true,
      overrideAccess: true,
    })) as any
    expect(entry._status).toBe('draft')
    const before = await faqBank().match(text, { reader: null })
    expect(before.map((h) => h.id)).not.toContain(String(entry.id))
    await payload.update({
      collection: 'faq',
      id: entry.id,
      data: { _status: 'published' } as any,
      overrideAccess: true,
    })
    const [hit] = await faqBank().match(text, { reader: null })
    expect(hit?.id).toBe(String(entry.id))
    await payload.delete({ collection: 'faq', id: entry.id, overrideAccess: true })
    expect((await faqBank().match(text, { reader: null })).map((h) => h.id)).not.toContain(String(entry.id))
  })
})
