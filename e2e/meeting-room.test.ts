/**
 * The online meeting room on the stack's real Janus, in Chromium with a fake microphone, media on loopback only:
 * two invited members join from two pages and each receives the other's audio (getStats), both are counted as
 * online attendance, the runner's list shows them, the runner mutes and removes one (kept out, no new token, until
 * the runner lets them back in; then they rejoin). The outsider refused a ticket is in the month's test
 * (meetings-month.test.ts). Skipped with a plain message when Debian's `janus` is not installed.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { api, type Session, signIn } from './api.ts'
import type { Browser } from './browser.ts'
import { hearsAudio, joinRoom, roomPage } from './roomClient.ts'
import { memberLogin } from './stack.ts'

const stack = inject('stack')
if (!stack.janus) console.log('Không có Janus (gói Debian "janus"): bỏ qua phép thử phòng họp trực tuyến.')

describe.skipIf(!stack.janus)('the online meeting room (Janus)', () => {
  let secretary: Session
  let member: Session
  let meetingId: string | number
  const browsers: Browser[] = []

  async function openRoom(session: Session): Promise<Page> {
    const { browser, page } = await roomPage(stack.url, session)
    browsers.push(browser)
    return page
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

  it('joins two members whose browsers each receive the other’s audio, counted as online attendance', async () => {
    const memberPage = await openRoom(member)
    const secretaryPage = await openRoom(secretary)
    const first = await joinRoom(memberPage, meetingId)
    expect(first.ticket.status).toBe(200)
    expect(first.joined).toMatchObject({ status: 200, body: { checkinMethod: 'online' } })
    const second = await joinRoom(secretaryPage, meetingId)
    expect(second.joined).toMatchObject({ status: 200, body: { checkinMethod: 'online' } })

    await hearsAudio(memberPage)
    await hearsAudio(secretaryPage)
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
    const back = await joinRoom(memberPage, meetingId)
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
