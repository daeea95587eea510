/**
 * The online meeting room on the stack's real Janus, in Chromium with a fake microphone, media on loopback only:
 * two invited members join from two pages and each receives the other's audio (getStats), both are counted as
 * online attendance, the runner's list shows them, the runner mutes and removes one (kept out, no new token, until
 * the runner lets them back in; then they rejoin), and an uninvited member is refused a room token. Skipped with a plain message when Debian's `janus` is not installed.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { api, type Session, signIn } from './api.ts'
import { type Browser, openBrowser } from './browser.ts'
import { KEEP_PEER_CONNECTIONS, roomClientScript } from './roomClient.ts'
import { editorLogin, memberLogin } from './stack.ts'

const stack = inject('stack')
if (!stack.janus) console.log('Không có Janus (gói Debian "janus"): bỏ qua phép thử phòng họp trực tuyến.')

const MEDIA_FLAGS = [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--allow-loopback-in-peer-connection',
]

describe.skipIf(!stack.janus)('the online meeting room (Janus)', () => {
  let secretary: Session
  let member: Session
  let meetingId: string | number
  const browsers: Browser[] = []

  /** A page of the member app signed in as `session`, with the room client loaded. */
  async function roomPage(session: Session): Promise<Page> {
    const browser = await openBrowser({ baseURL: stack.url, args: MEDIA_FLAGS })
    browsers.push(browser)
    const [name, value] = session.cookie.split(';')[0]?.split('=') ?? []
    await browser.context.addCookies([{ name: String(name), value: String(value), url: stack.url }])
    const page = browser.context.pages()[0] ?? (await browser.context.newPage())
    await page.addInitScript(KEEP_PEER_CONNECTIONS)
    await page.goto('/thanh-vien/')
    await page.addScriptTag({ content: roomClientScript() })
    return page
  }

  /** What the RoomPanel does on "Vào phòng họp trực tuyến": ticket, join, publish, then ask to be counted. */
  const join = (page: Page, id: string | number) =>
    page.evaluate(async (meeting) => {
      const post = async (path: string) => {
        const response = await fetch(`/fn/meetings/${meeting}${path}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        })
        return { status: response.status, body: await response.json() }
      }
      const ticket = await post('/room')
      if (ticket.status !== 200) return { ticket, joined: null }
      const w = window as unknown as Record<string, any>
      w.people = []
      w.kicked = false
      w.room = new w.SotayRoom.MeetingRoom(ticket.body, {
        onPeople: (people: unknown[]) => {
          w.people = people
        },
        onStream: () => {},
        onStreamGone: () => {},
        onEnded: (reason: string) => {
          w.kicked = reason === 'kicked'
        },
        onModerated: () => {},
      })
      await w.room.join()
      return { ticket, joined: await post('/room/joined') }
    }, id)

  /** Audio received over every peer connection of the page: packets and bytes of inbound-rtp audio. */
  const received = (page: Page) =>
    page.evaluate(async () => {
      let packets = 0
      let bytes = 0
      for (const pc of (window as unknown as { __pcs: RTCPeerConnection[] }).__pcs) {
        const stats = await pc.getStats()
        stats.forEach((s) => {
          if (s.type === 'inbound-rtp' && s.kind === 'audio') {
            packets += s.packetsReceived ?? 0
            bytes += s.bytesReceived ?? 0
          }
        })
      }
      return { packets, bytes }
    })

  const growing = async (page: Page) => {
    let first = { packets: 0, bytes: 0 }
    await expect
      .poll(
        async () => {
          first = await received(page)
          return first.packets
        },
        { timeout: 20_000 },
      )
      .toBeGreaterThan(0)
    await expect
      .poll(
        async () => {
          const later = await received(page)
          return later.packets > first.packets && later.bytes > first.bytes
        },
        { timeout: 10_000 },
      )
      .toBe(true)
  }

  beforeAll(async () => {
    const bithu = stack.logins.find((login) => login.username === 'bithu')
    if (!bithu) throw new Error('Dữ liệu mẫu không có bí thư chi bộ (bithu).')
    secretary = await signIn(stack.url, bithu)
    member = await signIn(stack.url, memberLogin(stack))
    const org = secretary.user.org as number | string | { id: number | string }
    // Through Payload's REST API as the demo secretary, as the admin form does; it invites the cell.
    const created = await api(stack.url, '/api/meetings', {
      method: 'POST',
      session: secretary,
      body: JSON.stringify({
        title: 'Sinh hoạt chi bộ có phòng trực tuyến (thử)',
        kind: 'thuong-ky',
        startsAt: new Date(Date.now() - 5 * 60_000).toISOString(),
        endsAt: new Date(Date.now() + 90 * 60_000).toISOString(),
        online: true,
        org: typeof org === 'object' ? org.id : org,
      }),
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    meetingId = created.body.doc.id
  })
  afterAll(async () => {
    for (const browser of browsers) await browser.close()
  })

  it('refuses a room token to a member who is not invited', async () => {
    const outsider = await signIn(stack.url, editorLogin(stack))
    const refused = await api(stack.url, `/fn/meetings/${meetingId}/room`, {
      method: 'POST',
      session: outsider,
      body: '{}',
    })
    expect(refused.status).toBe(403)
    expect(refused.body.error.message).toBe('Bạn không được mời dự cuộc họp này.')
  })

  it('joins two members whose browsers each receive the other’s audio, counted as online attendance', async () => {
    const memberPage = await roomPage(member)
    const secretaryPage = await roomPage(secretary)
    const first = await join(memberPage, meetingId)
    expect(first.ticket.status).toBe(200)
    expect(first.joined).toMatchObject({ status: 200, body: { checkinMethod: 'online' } })
    const second = await join(secretaryPage, meetingId)
    expect(second.joined).toMatchObject({ status: 200, body: { checkinMethod: 'online' } })

    await growing(memberPage)
    await growing(secretaryPage)
    // Each sees the other in the room's list.
    await expect
      .poll(() => memberPage.evaluate(() => (window as any).people.map((p: { name: string }) => p.name)))
      .toContain('Phạm Đức Minh')

    const rows = await api(
      stack.url,
      `/api/meeting-attendance?where[meeting][equals]=${meetingId}&where[checkinMethod][equals]=online&depth=0&limit=100`,
      { session: secretary },
    )
    expect(rows.status).toBe(200)
    const counted = rows.body.docs.map((row: { member: number | string }) => String(row.member))
    expect(counted).toEqual(expect.arrayContaining([String(member.user.id), String(secretary.user.id)]))

    const list = await api(stack.url, `/fn/meetings/${meetingId}/room/participants`, { session: secretary })
    expect(list.status).toBe(200)
    expect(list.body.participants).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ memberId: member.user.id, checkedIn: true, publishing: true }),
      ]),
    )

    // The member may not moderate; the runner mutes the member's microphone, then removes them.
    const base = `/fn/meetings/${meetingId}/room/participants/${member.user.id}`
    const self = await api(stack.url, `${base}/kick`, { method: 'POST', session: member, body: '{}' })
    expect(self.status).toBe(403)
    const muted = await api(stack.url, `${base}/mute`, { method: 'POST', session: secretary, body: '{}' })
    expect(muted).toMatchObject({ status: 200, body: { message: 'Đã tắt tiếng người này.' } })
    const kicked = await api(stack.url, `${base}/kick`, { method: 'POST', session: secretary, body: '{}' })
    expect(kicked.status).toBe(200)
    await expect.poll(() => memberPage.evaluate(() => (window as any).kicked), { timeout: 10_000 }).toBe(true)

    // Kept out until let back in: no new ticket; then the runner's "Cho vào lại" and the member rejoins.
    const refused = await api(stack.url, `/fn/meetings/${meetingId}/room`, {
      method: 'POST',
      session: member,
      body: '{}',
    })
    expect(refused.status).toBe(403)
    expect(refused.body.error.message).toMatch(/vào lại được khi người điều hành cho phép/)
    const readmit = await api(stack.url, `${base}/readmit`, {
      method: 'POST',
      session: secretary,
      body: '{}',
    })
    expect(readmit).toMatchObject({
      status: 200,
      body: { message: 'Đã cho người này vào lại phòng họp trực tuyến.' },
    })
    const back = await join(memberPage, meetingId)
    expect(back.ticket.status).toBe(200)
    await expect
      .poll(
        async () =>
          (
            await api(stack.url, `/fn/meetings/${meetingId}/room/participants`, { session: secretary })
          ).body.participants.map((p: { memberId: unknown }) => String(p.memberId)),
        { timeout: 20_000 },
      )
      .toContain(String(member.user.id))
  })
})
