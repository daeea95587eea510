/** One engine's inbox benchmark (see inbox.ts). */

import { buildAccessTree } from '@sotay/cms/testing'
import { createApp, inboxRoutes } from '@sotay/functions'
import { benchPayload } from './benchPayload.ts'
import { exec } from './fanout-world.ts'
import { load } from './load.ts'
import { serveBare, serveHandler } from './serve.ts'

export async function runInboxEngine(engine: string) {
  const { payload, log } = await benchPayload(engine)
  const { fanOutNotice, sendNotice } = await import('@sotay/cms/notices')

  const tree = await buildAccessTree(payload, 'BI')
  const now = new Date().toISOString()
  for (let i = 0; i < 100; i++) {
    await exec(
      payload,
      'INSERT INTO users (username, full_name, status, org_id, login_attempts, created_at, updated_at) VALUES (?,?,?,?,?,?,?)',
      [`8800${i}`, `Đảng viên ${i}`, 'chinh-thuc', tree.orgs.a1.id, 0, now, now],
    )
  }
  log('gửi 100 thông báo tới chi bộ...')
  const quiet = { log: () => {}, skipChannels: true }
  for (let i = 0; i < 100; i++) {
    const notice = await sendNotice(payload, {
      fromOrg: tree.orgs.a.id,
      title: `Thông báo số ${i + 1}/TB-ĐU về lịch sinh hoạt chi bộ`,
      body: 'Kính gửi các đồng chí đảng viên. '.repeat(20),
      target: { org: tree.orgs.a1.id },
      priority: i % 10 === 0 ? 'urgent' : 'normal',
      sendAt: new Date(Date.now() - (100 - i) * 3600_000),
    })
    await fanOutNotice(payload, notice.id, quiet)
    if (i % 2 === 0) {
      await payload.update({
        collection: 'inbox',
        id: `${notice.id}:${tree.users.memberA1.id}`,
        data: { read: true, readAt: now },
        overrideAccess: true,
      })
    }
  }
  const member = tree.users.memberA1
  const headers = { Authorization: `JWT ${member.token}` }
  const fnApp = createApp({ routes: [inboxRoutes({ payload })] })
  const fnServer = await serveHandler((request) => fnApp.fetch(request))
  const url = `${fnServer.url}/fn/inbox?limit=20`
  const sample = new Uint8Array(await (await fetch(url, { headers })).arrayBuffer())
  const bare = await serveBare(sample)
  const requests = Number(process.env.BENCH_REQUESTS ?? 400)
  await load(url, { requests: 40, concurrency: 4, headers })
  await load(bare.url, { requests: 40, concurrency: 4 })
  const levels: Record<string, unknown> = {}
  for (const concurrency of [1, 8, 32, 64]) {
    levels[concurrency] = {
      inbox: await load(url, { requests, concurrency, headers }),
      bare: await load(bare.url, { requests, concurrency }),
    }
    log(`đo xong ${concurrency} đồng thời`)
  }
  fnServer.close()
  bare.close()
  return { engine, bytes: sample.length, levels }
}
