/**
 * The crash test: a separate process runs the real fan-out job of a 60,000-recipient notice on the test's
 * database and is killed with SIGKILL half-way; a new process (onInit's resume, then the job runner) finishes it.
 * Every recipient ends with exactly one inbox row and every phone with at most one push.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { ID } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPushService } from '../../../../test/channels/pushService.ts'
import { testPayload } from '../../../../test/payload.ts'
import { rawRows } from '../../../../test/rawRows.ts'
import { bulkWriter } from '../../../db/bulk/index.ts'
import { sendNotice } from './sendNotice.ts'

const RECIPIENTS = 60_000
const PHONES = 60
const cmsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..')

let payload: Payload
let push: Awaited<ReturnType<typeof startPushService>>
const children: ChildProcess[] = []
let commune: ID

/** The job process: node itself (not a wrapper script), so that SIGKILL lands on the process doing the work. */
function jobProcess(noticeId: ID) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/notices/jobProcess.ts'], {
    cwd: cmsDir,
    env: { ...process.env, CRASH_NOTICE_ID: String(noticeId) },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  let output = ''
  child.stdout?.on('data', (c) => {
    output += c
  })
  child.stderr?.on('data', (c) => {
    output += c
  })
  const exit = new Promise<number | string | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(signal ?? code)),
  )
  return { child, exit, output: () => output }
}

async function inboxCount(noticeId: ID): Promise<number> {
  const { totalDocs } = await payload.count({
    collection: 'inbox',
    where: { notice: { equals: noticeId } },
    overrideAccess: true,
  })
  return totalDocs
}

beforeAll(async () => {
  payload = await testPayload()
  push = await startPushService()
  // A commune with ten cells, through Payload (lineage hooks); its members by the bulk layer.
  const org = async (code: string, kind: string, parent?: ID) =>
    (await payload.create({
      collection: 'orgs',
      data: { code: `KILL-${code}`, name: `Tổ chức ${code}`, kind, parent } as any,
      depth: 0,
    })) as { id: ID; path?: string | null }
  commune = (await org('XA', 'dang-uy-xa-phuong')).id
  const cells: { id: ID; path?: string | null }[] = []
  for (let k = 1; k <= 10; k++) cells.push(await org(`C${k}`, 'chi-bo', commune))
  const bulk = bulkWriter(payload)
  for (let made = 0; made < RECIPIENTS; made += 5000) {
    // Past the hooks: the member's home path is written as the hook would (the fan-out finds members by it).
    const docs = Array.from({ length: 5000 }, (_, i) => {
      const cell = cells[(made + i) % cells.length] as { id: ID; path?: string | null }
      return {
        username: `kill-${made + i}`,
        fullName: `Đảng viên số ${made + i}`,
        status: 'chinh-thuc',
        org: cell.id,
        orgPath: cell.path,
        loginAttempts: 0,
      }
    })
    await bulk.transaction((tx) => tx.insertIfAbsent('users', docs, 'username'))
  }
  // Phones spread over the whole id range, so that pushes go out before and after the kill.
  const users = await rawRows(payload, 'users', `username like 'kill-%' order by id`)
  expect(users.length).toBe(RECIPIENTS)
  const step = RECIPIENTS / PHONES
  for (let i = 0; i < PHONES; i++) {
    await push.registerPhone(payload, users[i * step]?.id as number, 'kill')
  }
}, 600_000)

afterAll(async () => {
  for (const child of children)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  await push?.close()
})

describe('a fan-out killed with SIGKILL and restarted', () => {
  it('ends with exactly one inbox row per recipient and at most one push per phone', async () => {
    const notice = await sendNotice(payload, {
      fromOrg: commune,
      title: 'Triệu tập hội nghị toàn Đảng bộ xã',
      body: 'Kính mời các đồng chí dự hội nghị lúc 8 giờ ngày 10/12/2026.',
      target: { org: commune },
    })

    const first = jobProcess(notice.id)
    // Kill it once it has written a good part of the inbox, but not all of it.
    let atKill = 0
    for (;;) {
      atKill = await inboxCount(notice.id)
      if (atKill >= RECIPIENTS / 4) break
      const ended = await Promise.race([first.exit, new Promise((r) => setTimeout(() => r('running'), 100))])
      if (ended !== 'running') throw new Error(`the job process ended before the kill:\n${first.output()}`)
    }
    first.child.kill('SIGKILL')
    expect(await first.exit).toBe('SIGKILL')
    const midway: any = await payload.findByID({ collection: 'notices', id: notice.id, overrideAccess: true })
    expect(midway.status).toBe('sending')
    const left = await inboxCount(notice.id)
    expect(left).toBeLessThan(RECIPIENTS)
    const pushedBeforeKill = push.received.length

    const second = jobProcess(notice.id)
    const code = await second.exit
    expect(code, second.output()).toBe(0)

    const done: any = await payload.findByID({ collection: 'notices', id: notice.id, overrideAccess: true })
    expect(done.status).toBe('sent')
    expect(done.deliveredCount).toBe(RECIPIENTS)
    expect(await inboxCount(notice.id)).toBe(RECIPIENTS)
    // As many rows as recipients and none missing: one each (the row id is `notice:recipient`).
    const missing = `username like 'kill-%' and id not in (select recipient_id from inbox where notice_id = ${notice.id})`
    expect(await rawRows(payload, 'users', missing)).toEqual([])

    const perPhone = new Map<string, number>()
    for (const r of push.received) perPhone.set(r.path, (perPhone.get(r.path) ?? 0) + 1)
    expect([...perPhone.values()].filter((n) => n > 1)).toEqual([])
    // Pushes went out both before the kill and after the restart; a claim won just before the kill may stay unsent.
    expect(pushedBeforeKill).toBeGreaterThan(0)
    expect(push.received.length).toBeGreaterThan(pushedBeforeKill)
    expect(push.received.length).toBeLessThanOrEqual(PHONES)
    expect(push.errors).toEqual([])
  }, 600_000)
})
