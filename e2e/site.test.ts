/** The public site and the functions answer on the same origin as the admin. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { type Browser, openBrowser } from './browser.ts'

const stack = inject('stack')
let browser: Browser

beforeAll(async () => {
  browser = await openBrowser({ baseURL: stack.url })
})
afterAll(() => browser?.close())

describe('one origin', () => {
  it('serves the Vietnamese home page, whose link leads to the admin', async () => {
    const page = await browser.context.newPage()
    const response = await page.goto('/')
    expect(response?.status()).toBe(200)
    expect(await page.locator('html').getAttribute('lang')).toBe('vi')
    expect(await page.locator('h1').textContent()).toBe('Sổ tay Đảng viên')
    await page.getByRole('link', { name: 'Trang quản trị' }).click()
    await page.waitForURL('**/admin/login**')
    expect(new URL(page.url()).origin).toBe(stack.url)
    await page.close()
  })

  it('answers the functions under /fn/', async () => {
    const health = await fetch(`${stack.url}/fn/health`)
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({ ok: true })
    const doc = await (await fetch(`${stack.url}/fn/openapi.json`)).json()
    expect(doc.openapi).toBe('3.1.0')
    expect(doc.paths['/health']).toBeDefined()
  })

  it('answers an unknown page with the Vietnamese 404 page', async () => {
    const response = await fetch(`${stack.url}/khong-co-trang-nay`)
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('Không tìm thấy trang')
  })

  it('serves Payload’s REST and GraphQL API on the same origin', async () => {
    const rest = await fetch(`${stack.url}/api/news?limit=1`)
    expect(rest.status).toBe(200)
    expect((await rest.json()).docs.length).toBe(1)
    const graphql = await fetch(`${stack.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    })
    expect(await graphql.json()).toEqual({ data: { __typename: 'Query' } })
  })
})
