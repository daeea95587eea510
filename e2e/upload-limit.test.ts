/**
 * Big uploads against the whole stack (front server, Next, Payload): a 50 MB upload, with a length or
 * chunked, gets a Vietnamese 413 while GETs of the news list keep answering 200, and an ordinary upload
 * still works afterwards.
 */
import http from 'node:http'
import { beforeAll, describe, expect, inject, it } from 'vitest'
import { type Session, signIn } from './api.ts'
import { editorLogin } from './stack.ts'

const stack = inject('stack')
const MB = 1024 * 1024
let editor: Session

interface Answer {
  status: number
  body: string
  error?: string
}

function upload(size: number, chunked: boolean): Promise<Answer> {
  const url = new URL(`${stack.url}/api/media`)
  const boundary = 'sotay-e2e-boundary'
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="lon.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  const total = head.length + size + tail.length
  return new Promise((resolve) => {
    const headers: http.OutgoingHttpHeaders = {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      cookie: editor.cookie,
      origin: url.origin,
    }
    if (!chunked) headers['content-length'] = total
    const request = http.request(url, { method: 'POST', headers }, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    request.on('error', (error) => resolve({ status: 0, body: '', error: error.message }))
    const chunk = Buffer.alloc(MB, 48)
    let sent = 0
    request.write(head)
    const pump = () => {
      while (sent < size) {
        const part = chunk.subarray(0, Math.min(MB, size - sent))
        sent += part.length
        if (!request.write(part)) return void request.once('drain', pump)
      }
      request.end(tail)
    }
    pump()
  })
}

const getNews = (): Promise<number> =>
  fetch(`${stack.url}/api/news?limit=1&depth=0`).then(
    (response) => response.arrayBuffer().then(() => response.status),
    () => 0,
  )

async function getsDuring<T>(work: Promise<T>): Promise<{ result: T; statuses: number[] }> {
  const statuses: number[] = []
  let done = false
  const result = work.finally(() => {
    done = true
  })
  const loop = async () => {
    while (!done) statuses.push(...(await Promise.all([getNews(), getNews(), getNews()])))
  }
  await Promise.all([result, loop()])
  return { result: await result, statuses }
}

beforeAll(async () => {
  editor = await signIn(stack.url, editorLogin(stack))
})

describe('big uploads on the running stack', () => {
  for (const chunked of [false, true]) {
    it(`50 MB ${chunked ? 'chunked, without a length' : 'with Content-Length'}: Vietnamese 413, GETs unharmed`, async () => {
      const { result, statuses } = await getsDuring(upload(50 * MB, chunked))
      console.log(
        `[e2e] tải 50 MB (${chunked ? 'chunked' : 'có độ dài'}): ${result.status}, ${statuses.length} GET`,
      )
      expect(result.error).toBeUndefined()
      expect(result.status).toBe(413)
      expect(JSON.parse(result.body).errors[0].message).toMatch(/Tệp tải lên quá lớn/)
      expect(statuses.length).toBeGreaterThan(0)
      expect(statuses.filter((status) => status !== 200)).toEqual([])
    })
  }

  it('an ordinary upload and the news list still work afterwards', async () => {
    const form = new FormData()
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    )
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'nho.png')
    form.append('_payload', JSON.stringify({ alt: 'Ảnh nhỏ' }))
    const response = await fetch(`${stack.url}/api/media`, {
      method: 'POST',
      headers: { cookie: editor.cookie, origin: new URL(stack.url).origin },
      body: form,
    })
    expect(response.status).toBe(201)
    for (let i = 0; i < 10; i++) expect(await getNews()).toBe(200)
  })
})
