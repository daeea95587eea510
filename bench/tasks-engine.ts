/** One engine's tasks and calendar benchmark (see tasks.ts). */
import { buildAccessTree } from '@sotay/cms/testing'
import { calendarRoutes, createApp, tasksRoutes } from '@sotay/functions'
import { benchPayload } from './benchPayload.ts'
import { exec } from './fanout-world.ts'
import { load, percentile } from './load.ts'
import { serveBare, serveHandler } from './serve.ts'

const DAY = 86_400_000

export async function runTasksEngine(engine: string) {
  const { payload, log } = await benchPayload(engine)
  const tree = await buildAccessTree(payload, 'BT')
  const member = tree.users.memberA1
  const asSecretary = { user: tree.users.secretaryA1 as never, overrideAccess: false } as const

  // The member's month: 30 own entries, 8 meetings of their cell, 20 task deadlines.
  for (let i = 0; i < 30; i++)
    await payload.create({
      collection: 'calendar-entries',
      data: {
        title: `Việc riêng số ${i + 1}`,
        startsAt: new Date(Date.now() + (i % 28) * DAY).toISOString(),
        reminder: '1h',
      } as never,
      user: member as never,
      overrideAccess: false,
    })
  for (let i = 0; i < 8; i++) {
    const startsAt = new Date(Date.now() + (i * 3 + 1) * DAY)
    await payload.create({
      collection: 'meetings',
      data: {
        title: `Sinh hoạt chi bộ lần ${i + 1}`,
        kind: 'thuong-ky',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
        org: tree.orgs.a1.id,
      } as never,
      ...asSecretary,
    })
  }
  for (let i = 0; i < 20; i++)
    await payload.create({
      collection: 'tasks',
      data: {
        title: `Nhiệm vụ số ${i + 1}`,
        dueAt: new Date(Date.now() + (i + 1) * DAY).toISOString(),
        org: tree.orgs.a1.id,
        assignee: member.id,
      } as never,
      ...asSecretary,
    })

  // The province: TASKS tasks assigned by its two communes to their cells.
  const total = Number(process.env.BENCH_TASKS ?? 10_000)
  log(`tạo ${total} nhiệm vụ...`)
  const batch = 25
  for (let i = 0; i < total; i += batch) {
    await Promise.all(
      Array.from({ length: Math.min(batch, total - i) }, (_, k) => {
        const n = i + k
        const west = n % 2 === 0
        return payload.create({
          collection: 'tasks',
          data: {
            title: `Nhiệm vụ tỉnh số ${n + 1}`,
            dueAt: new Date(Date.now() + ((n % 60) - 20) * DAY).toISOString(),
            org: west ? tree.orgs.a.id : tree.orgs.b.id,
            assigneeOrg: west ? tree.orgs.a1.id : tree.orgs.b1.id,
            status: ['chua-bat-dau', 'dang-lam', 'hoan-thanh'][n % 3],
          } as never,
          depth: 0,
          overrideAccess: true,
        })
      }),
    )
    if (i % 2000 === 0) log(`  ${i}/${total}`)
  }
  const provinceCommittee = await payload.create({
    collection: 'users',
    data: {
      username: 'bt-province',
      password: 'MatKhau@2026',
      fullName: 'Văn phòng Tỉnh ủy',
      org: tree.orgs.root.id,
      grants: [{ role: 'committee', org: tree.orgs.root.id }],
    } as never,
  })
  const { token } = await payload.login({
    collection: 'users',
    data: { username: 'bt-province', password: 'MatKhau@2026' } as never,
  })
  void provinceCommittee

  const app = createApp({ routes: [tasksRoutes({ payload }), calendarRoutes({ payload, uidHost: 'bench' })] })
  const server = await serveHandler((request) => app.fetch(request))
  const requests = Number(process.env.BENCH_REQUESTS ?? 400)

  const memberHeaders = { Authorization: `JWT ${member.token}` }
  const agendaUrl = `${server.url}/fn/calendar`
  const sample = new Uint8Array(await (await fetch(agendaUrl, { headers: memberHeaders })).arrayBuffer())
  const items = JSON.parse(new TextDecoder().decode(sample)).items.length
  const bare = await serveBare(sample)
  await load(agendaUrl, { requests: 40, concurrency: 4, headers: memberHeaders })
  await load(bare.url, { requests: 40, concurrency: 4 })
  const agenda = await load(agendaUrl, { requests, concurrency: 64, headers: memberHeaders })
  const agendaBare = await load(bare.url, { requests, concurrency: 64 })
  log('đo xong lịch')

  const overviewUrl = `${server.url}/fn/tasks/overview`
  const committeeHeaders = { Authorization: `JWT ${token}` }
  const overviewAnswer = await (await fetch(overviewUrl, { headers: committeeHeaders })).json()
  const rounds = Number(process.env.BENCH_OVERVIEW_REQUESTS ?? 100)
  await load(overviewUrl, { requests: 10, concurrency: 1, headers: committeeHeaders })
  const overview = await load(overviewUrl, { requests: rounds, concurrency: 1, headers: committeeHeaders })
  const counts: number[] = []
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now()
    await exec(payload, 'SELECT count(*) AS n FROM tasks')
    counts.push(performance.now() - t0)
  }
  counts.sort((a, b) => a - b)
  const round = (n: number) => Math.round(n * 10) / 10
  server.close()
  bare.close()
  return {
    engine,
    agenda: { items, bytes: sample.length, fn: agenda, bare: agendaBare },
    overview: {
      tasks: overviewAnswer.total,
      fn: overview,
      rawCount: { p50: round(percentile(counts, 50)), p99: round(percentile(counts, 99)) },
    },
  }
}
