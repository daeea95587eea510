/**
 * The room functions against a REAL Janus started here (Debian's `janus`; skipped with a plain message without
 * it): tickets only for those invited, online attendance only once Janus lists the member's feed, mute and kick
 * by the runner only.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Meeting } from '@sotay/cms'
import { type AccessTree, buildAccessTree, type TreeUser, testPayload } from '@sotay/cms/testing'
import { createApp, type FunctionsApp, meetingRoomRoutes } from '@sotay/functions'
import type { ErrorAnswer, RoomJoined, RoomParticipants, RoomTicket } from '@sotay/functions/types'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { freePort } from '../../../scripts/lib/ports.ts'
import { findJanus } from './config.ts'
import { type RunningJanus, startJanus } from './process.ts'

const ORIGIN = 'http://127.0.0.1:3950'
const janusBin = findJanus()
if (!janusBin) console.log('Không có Janus (gói Debian "janus"): bỏ qua các phép thử phòng họp trực tuyến.')

describe.skipIf(!janusBin)('the online meeting room on a real Janus', () => {
  let payload: Payload
  let app: FunctionsApp
  let tree: AccessTree
  let janus: RunningJanus
  let dataDir: string

  const call = (route: string, who: TreeUser | null, method = 'POST') =>
    app.request(
      new Request(`${ORIGIN}/fn${route}`, {
        method,
        headers: { origin: ORIGIN, ...(who ? { authorization: `JWT ${who.token}` } : {}) },
      }),
    )

  /** A meeting of cell A1 posted by its secretary, invited: the secretary and memberA1 (not memberB1). */
  const meeting = async (title: string, overrides: Partial<Meeting> = {}) =>
    (await payload.create({
      collection: 'meetings',
      data: {
        title,
        kind: 'thuong-ky',
        startsAt: new Date(Date.now() - 10 * 60_000).toISOString(),
        endsAt: new Date(Date.now() + 60 * 60_000).toISOString(),
        online: true,
        org: tree.orgs.a1.id,
        ...overrides,
      } as never,
      user: tree.users.secretaryA1,
      overrideAccess: false,
    })) as Meeting

  const admin = async (request: Record<string, unknown>) => {
    const response = await fetch(`http://127.0.0.1:${janus.settings.adminPort}/admin`, {
      method: 'POST',
      body: JSON.stringify({
        janus: 'message_plugin',
        transaction: 't',
        admin_secret: janus.settings.adminSecret,
        plugin: 'janus.plugin.videoroom',
        request,
      }),
    })
    return ((await response.json()) as { response: Record<string, unknown> }).response
  }
  const roomExists = async (room: number) => (await admin({ request: 'exists', room })).exists === true

  /** What the member app does first: a Janus session with the ticket's token, then join as a publisher. */
  const joinAsPublisher = async (ticket: RoomTicket, token = ticket.token) => {
    const base = `http://127.0.0.1:${janus.settings.port}/janus`
    const post = async (url: string, body: Record<string, unknown>) =>
      (await (
        await fetch(url, { method: 'POST', body: JSON.stringify({ transaction: 'x', token, ...body }) })
      ).json()) as { janus: string; data?: { id: number }; error?: { code: number } }
    const session = await post(base, { janus: 'create' })
    if (session.janus !== 'success') return session
    const handle = await post(`${base}/${session.data?.id}`, {
      janus: 'attach',
      plugin: 'janus.plugin.videoroom',
    })
    await post(`${base}/${session.data?.id}/${handle.data?.id}`, {
      janus: 'message',
      body: {
        request: 'join',
        ptype: 'publisher',
        room: ticket.room,
        pin: ticket.pin,
        token: ticket.roomToken,
        id: ticket.feedId,
      },
    })
    // The join is asynchronous: read its event.
    const events = await fetch(`${base}/${session.data?.id}?maxev=5&token=${encodeURIComponent(token)}`)
    return { janus: 'success', events: await events.json() }
  }

  const attendanceOf = async (meetingId: Meeting['id'], who: TreeUser) =>
    (
      await payload.find({
        collection: 'meeting-attendance',
        where: { and: [{ meeting: { equals: meetingId } }, { member: { equals: who.id } }] },
        overrideAccess: true,
      })
    ).docs[0]

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'sotay-janus-'))
    janus = await startJanus(janusBin as string, dataDir, {
      port: await freePort(),
      adminPort: await freePort(),
    })
    payload = await testPayload()
    app = createApp({ routes: [meetingRoomRoutes({ payload, janus: janus.settings })] })
    tree = await buildAccessTree(payload, `room${Date.now()}`)
  })
  afterAll(async () => {
    await janus?.stop()
    if (dataDir) rmSync(dataDir, { recursive: true, force: true })
  })

  it('refuses a ticket to a member not invited, and creates no room', async () => {
    const m = await meeting('Sinh hoạt trực tuyến (không mời)')
    const refused = await call(`/meetings/${m.id}/room`, tree.users.memberB1)
    expect(refused.status).toBe(403)
    expect(((await refused.json()) as ErrorAnswer).error.message).toBe('Bạn không được mời dự cuộc họp này.')
    // The invited member's ticket names the room: it did not exist before they asked.
    const ticket = (await (await call(`/meetings/${m.id}/room`, tree.users.memberA1)).json()) as RoomTicket
    await expect(roomExists(ticket.room)).resolves.toBe(true)
    const other = await meeting('Sinh hoạt trực tuyến (chưa ai vào)')
    await call(`/meetings/${other.id}/room`, tree.users.memberB1)
    const rooms = (await admin({ request: 'list', admin_key: janus.settings.roomAdminKey })).list as {
      description: string
    }[]
    expect(rooms.map((r) => r.description)).not.toContain('Sinh hoạt trực tuyến (chưa ai vào)')
  })

  it('refuses a meeting without a room, or outside its window, in Vietnamese', async () => {
    const offline = await meeting('Sinh hoạt tại hội trường', { online: false })
    const noRoom = await call(`/meetings/${offline.id}/room`, tree.users.memberA1)
    expect(noRoom.status).toBe(409)
    expect(((await noRoom.json()) as ErrorAnswer).error.message).toMatch(/không có phòng họp trực tuyến/)
    const later = await meeting('Sinh hoạt tuần sau', {
      startsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      endsAt: new Date(Date.now() + 7 * 86_400_000 + 3_600_000).toISOString(),
    })
    const early = await call(`/meetings/${later.id}/room`, tree.users.memberA1)
    expect(early.status).toBe(409)
    expect(((await early.json()) as ErrorAnswer).error.message).toMatch(/chỉ mở từ 30 phút trước/)
  })

  it('answers a signed ticket that Janus accepts, and Janus refuses a forged one', async () => {
    const m = await meeting('Sinh hoạt trực tuyến (mã vào phòng)')
    const response = await call(`/meetings/${m.id}/room`, tree.users.memberA1)
    expect(response.status).toBe(200)
    const ticket = (await response.json()) as RoomTicket
    expect(ticket).toMatchObject({ janusPath: '/janus', display: 'Đỗ Thị Hoa' })
    expect(ticket.token).toMatch(/^\d+,janus,janus\.plugin\.videoroom:[A-Za-z0-9+/=]+$/)
    const hours = (Number(ticket.token.split(',')[0]) * 1000 - Date.now()) / 3_600_000
    expect(hours).toBeGreaterThan(1.9)
    expect(hours).toBeLessThan(2.1)
    const forged = `${ticket.token.split(':')[0]}:${Buffer.from('khong-phai-chu-ky').toString('base64')}`
    const refused = await joinAsPublisher(ticket, forged)
    expect(refused).toMatchObject({ janus: 'error', error: { code: 403 } })
  })

  it('counts online attendance only once Janus lists the member’s feed; a repeat is harmless', async () => {
    const m = await meeting('Sinh hoạt trực tuyến (điểm danh)')
    const ticket = (await (await call(`/meetings/${m.id}/room`, tree.users.memberA1)).json()) as RoomTicket
    const early = await call(`/meetings/${m.id}/room/joined`, tree.users.memberA1)
    expect(early.status).toBe(409)
    expect(((await early.json()) as ErrorAnswer).error.message).toMatch(/chưa thấy đồng chí trong phòng/)
    expect((await attendanceOf(m.id, tree.users.memberA1)).checkedInAt ?? null).toBeNull()

    await joinAsPublisher(ticket)
    const joined = await call(`/meetings/${m.id}/room/joined`, tree.users.memberA1)
    expect(joined.status).toBe(200)
    const first = (await joined.json()) as RoomJoined
    expect(first.checkinMethod).toBe('online')
    const row = await attendanceOf(m.id, tree.users.memberA1)
    expect(row).toMatchObject({ checkinMethod: 'online' })
    expect(row.checkedInAt).toBeTruthy()
    const again = (await (
      await call(`/meetings/${m.id}/room/joined`, tree.users.memberA1)
    ).json()) as RoomJoined
    expect(again.checkedInAt).toBe(first.checkedInAt)
    // An uninvited member cannot be counted, whatever they claim.
    expect((await call(`/meetings/${m.id}/room/joined`, tree.users.memberB1)).status).toBe(403)
  })

  it('lets the runner, and only the runner, list, mute and remove participants', async () => {
    const m = await meeting('Sinh hoạt trực tuyến (điều hành)')
    const ticket = (await (await call(`/meetings/${m.id}/room`, tree.users.memberA1)).json()) as RoomTicket
    await joinAsPublisher(ticket)
    const base = `/meetings/${m.id}/room/participants`
    const member = tree.users.memberA1
    const secretary = tree.users.secretaryA1

    expect((await call(base, member, 'GET')).status).toBe(403)
    const list = (await (await call(base, secretary, 'GET')).json()) as RoomParticipants
    expect(list.participants).toEqual([
      expect.objectContaining({ memberId: member.id, name: 'Đỗ Thị Hoa', feedId: ticket.feedId }),
    ])

    for (const action of ['mute', 'kick']) {
      const refused = await call(`${base}/${secretary.id}/${action}`, member)
      expect(refused.status).toBe(403)
      expect(((await refused.json()) as ErrorAnswer).error.message).toMatch(/người điều hành/)
    }
    // Joined without a microphone yet: nothing to mute, said plainly (the browser test mutes a real one).
    const mute = await call(`${base}/${member.id}/mute`, secretary)
    expect(mute.status).toBe(409)
    expect(((await mute.json()) as ErrorAnswer).error.message).toMatch(/chưa bật micro/)
    expect((await call(`${base}/${tree.users.memberB1.id}/kick`, secretary)).status).toBe(404)

    const kicked = await call(`${base}/${member.id}/kick`, secretary)
    expect(kicked.status).toBe(200)
    const after = (await (await call(base, secretary, 'GET')).json()) as RoomParticipants
    expect(after.participants).toEqual([])
    expect(after.removed).toEqual([expect.objectContaining({ memberId: member.id })])
  })
  it('keeps a removed member out, an old ticket too, until the runner lets them back in', async () => {
    const m = await meeting('Sinh hoạt trực tuyến (vào lại)')
    const member = tree.users.memberA1
    const secretary = tree.users.secretaryA1
    const base = `/meetings/${m.id}/room/participants`
    const ticket = (await (await call(`/meetings/${m.id}/room`, member)).json()) as RoomTicket
    await joinAsPublisher(ticket)
    expect((await call(`${base}/${member.id}/kick`, secretary)).status).toBe(200)

    // Janus refuses the old ticket (off the door list), and the server gives no new one.
    const old = await joinAsPublisher(ticket)
    expect(JSON.stringify(old)).toMatch(/"error_code":433/)
    const refused = await call(`/meetings/${m.id}/room`, member)
    expect(refused.status).toBe(403)
    expect(((await refused.json()) as ErrorAnswer).error.message).toMatch(
      /vào lại được khi người điều hành cho phép/,
    )
    const list = (await (await call(base, secretary, 'GET')).json()) as RoomParticipants
    expect(list).toEqual({ participants: [], removed: [{ memberId: member.id, name: 'Đỗ Thị Hoa' }] })

    // Only the runner lets them back, once.
    expect((await call(`${base}/${member.id}/readmit`, member)).status).toBe(403)
    const readmit = await call(`${base}/${member.id}/readmit`, secretary)
    expect(readmit.status).toBe(200)
    expect((await call(`${base}/${member.id}/readmit`, secretary)).status).toBe(404)
    const again = (await (await call(`/meetings/${m.id}/room`, member)).json()) as RoomTicket
    await joinAsPublisher(again)
    const back = (await (await call(base, secretary, 'GET')).json()) as RoomParticipants
    expect(back.participants).toEqual([expect.objectContaining({ memberId: member.id })])
    expect(back.removed).toEqual([])
  })
})
