/**
 * The member app's room client (site/src/member/meetings/room: janusClient.ts + videoroom.ts), transpiled with
 * TypeScript into one script a page can run, so the browser test drives the very code the RoomPanel uses.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import ts from 'typescript'
import { expect } from 'vitest'
import type { Session } from './api.ts'
import { type Browser, openBrowser } from './browser.ts'

const dir = path.resolve(import.meta.dirname, '../site/src/member/meetings/room')

const asScript = (file: string) =>
  ts
    .transpileModule(readFileSync(path.join(dir, file), 'utf8'), {
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
    })
    .outputText.replace(/^import .*$/gm, '')
    .replace(/^export /gm, '')

/** Defines `window.SotayRoom = { MeetingRoom }`. */
export function roomClientScript(): string {
  return `(() => {\n${asScript('janusClient.ts')}\n${asScript('videoroom.ts')}\nwindow.SotayRoom = { MeetingRoom };\n})();`
}

/** Keeps every RTCPeerConnection the page makes, for getStats(). */
export const KEEP_PEER_CONNECTIONS = `(() => {
  const Original = window.RTCPeerConnection;
  window.__pcs = [];
  window.RTCPeerConnection = class extends Original {
    constructor(...args) { super(...args); window.__pcs.push(this); }
  };
})();`

/** Chromium's fake microphone, media kept on loopback (Janus's ICE is limited to `lo` too). */
export const MEDIA_FLAGS = [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--allow-loopback-in-peer-connection',
]

/** A page of the member app signed in as `session`, in its own browser with the fake microphone and the room client. */
export async function roomPage(url: string, session: Session): Promise<{ browser: Browser; page: Page }> {
  const browser = await openBrowser({ baseURL: url, args: MEDIA_FLAGS })
  const [name, value] = session.cookie.split(';')[0]?.split('=') ?? []
  await browser.context.addCookies([{ name: String(name), value: String(value), url }])
  const page = browser.context.pages()[0] ?? (await browser.context.newPage())
  await page.addInitScript(KEEP_PEER_CONNECTIONS)
  await page.goto('/thanh-vien/')
  await page.addScriptTag({ content: roomClientScript() })
  return { browser, page }
}

/** What the RoomPanel does on "Vào phòng họp trực tuyến": ticket, join, publish, then ask to be counted. */
export const joinRoom = (page: Page, id: string | number) =>
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

/** The page receives audio, and keeps receiving it (getStats() twice). */
export async function hearsAudio(page: Page): Promise<void> {
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
