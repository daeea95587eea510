/**
 * A page on another origin cannot make a signed-in admin's browser write. The editor signs in to the
 * admin; pages served by a second local server then try `fetch(..., {credentials: 'include'})` and an
 * auto-submitted form against the stack. Two attacker origins: another port on 127.0.0.1 (same site, so
 * the SameSite=Lax cookie IS sent and only the server's origin check stands in the way) and `localhost`
 * (another site). Nothing may be created; the same write from the site's own page works.
 */
import http, { type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { signInThroughForm } from './adminPage.ts'
import { api, type Session, signIn } from './api.ts'
import { type Browser, openBrowser } from './browser.ts'
import { editorLogin } from './stack.ts'

const stack = inject('stack')
const TITLE = 'Tin giả mạo từ trang khác'
let browser: Browser
let attacker: Server
let attackerPort: number
let admin: Session

/** The attacker's pages: each posts to the stack as soon as it loads. */
function attackerPage(kind: string): string {
  const target = `${stack.url}/api/news`
  const data = JSON.stringify({ title: `${TITLE} (${kind})`, category: 'co-so', _status: 'draft' })
  const payloadField = data.replace(/"/g, '&quot;')
  const scripts: Record<string, string> = {
    // A "simple" multipart request needs no CORS preflight, so the browser sends it with the cookie.
    'fetch-multipart': `
      const body = new FormData(); body.append('_payload', ${JSON.stringify(data)});
      fetch(${JSON.stringify(target)}, { method: 'POST', credentials: 'include', mode: 'no-cors', body })
        .then(() => { document.title = 'sent' }, (e) => { document.title = 'failed: ' + e.message })`,
    // JSON needs a preflight; the site names no foreign origin in CORS, so this one never leaves the browser.
    'fetch-json': `
      fetch(${JSON.stringify(target)}, { method: 'POST', credentials: 'include',
        headers: { 'content-type': 'application/json' }, body: ${JSON.stringify(data)} })
        .then((r) => { document.title = 'status ' + r.status }, (e) => { document.title = 'failed: ' + e.message })`,
  }
  if (kind === 'form')
    return `<!doctype html><meta charset="utf-8"><form method="post" action="${target}" enctype="multipart/form-data">
      <input type="hidden" name="_payload" value="${payloadField}"></form>
      <script>document.forms[0].submit()</script>`
  return `<!doctype html><meta charset="utf-8"><title>…</title><script>${scripts[kind]}</script>`
}

const forgedCount = async () => {
  const query = `/api/news?where[title][like]=${encodeURIComponent(TITLE)}&limit=0&depth=0&draft=true`
  const { status, body } = await api(stack.url, query, { session: admin })
  expect(status).toBe(200)
  return body.totalDocs as number
}

beforeAll(async () => {
  attacker = http.createServer((req, res) => {
    const kind = new URL(req.url ?? '/', 'http://x').searchParams.get('kind') ?? 'form'
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end(attackerPage(kind))
  })
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', resolve))
  attackerPort = (attacker.address() as AddressInfo).port
  admin = await signIn(stack.url, editorLogin(stack))
  browser = await openBrowser({ baseURL: stack.url })
  const page = await browser.context.newPage()
  await signInThroughForm(page, editorLogin(stack))
  await page.close()
})

afterAll(async () => {
  await browser?.close()
  await new Promise((resolve) => attacker?.close(resolve))
})

describe('a page on another origin, with the editor signed in to the admin', () => {
  for (const host of ['127.0.0.1', 'localhost']) {
    for (const kind of ['fetch-multipart', 'fetch-json', 'form']) {
      it(`${kind} from http://${host}:<other port> creates nothing`, async () => {
        const before = await forgedCount()
        const page = await browser.context.newPage()
        // Statuses as the browser saw them (a no-cors answer is opaque to the page itself).
        const answers: number[] = []
        page.on('response', (response) => {
          if (response.url().startsWith(`${stack.url}/api/news`) && response.request().method() === 'POST')
            answers.push(response.status())
        })
        const settled = kind === 'form' ? page.waitForURL(`${stack.url}/api/news`) : null
        await page.goto(`http://${host}:${attackerPort}/?kind=${kind}`)
        if (settled) await settled
        else await expect.poll(() => page.title()).not.toBe('…')
        console.log(
          `[e2e] ${kind} từ ${host}: tiêu đề "${await page.title()}", máy chủ trả ${JSON.stringify(answers)}`,
        )
        if (kind === 'form') expect(await page.locator('body').textContent()).toContain('Sổ tay Đảng viên')
        for (const status of answers) expect(status).toBe(403)
        expect(await forgedCount()).toBe(before)
        await page.close()
      })
    }
  }

  it("the same write from the site's own page is created", async () => {
    const page = await browser.context.newPage()
    await page.goto('/admin')
    const status = await page.evaluate(async (title) => {
      const response = await fetch('/api/news', {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title, category: 'co-so', _status: 'draft' }),
      })
      return response.status
    }, `${TITLE} (trang của chính hệ thống)`)
    expect(status).toBe(201)
    const { body } = await api(
      stack.url,
      `/api/news?where[title][equals]=${encodeURIComponent(`${TITLE} (trang của chính hệ thống)`)}&limit=0&draft=true`,
      { session: admin },
    )
    expect(body.totalDocs).toBe(1)
    await page.close()
  })
})
