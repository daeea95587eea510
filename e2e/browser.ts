/** Debian's Chromium driven by playwright-core, with the flags these machines need (see TOOLCHAIN.md). */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { type BrowserContext, chromium } from 'playwright-core'

export const CHROMIUM = '/usr/bin/chromium'

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** Installs Debian's chromium when it is missing and we may (root); otherwise says how. */
export function ensureChromium(log: (line: string) => void = console.log): void {
  if (existsSync(CHROMIUM)) return
  if (process.getuid?.() !== 0) {
    throw new Error(`Thiếu ${CHROMIUM}. Cài bằng: sudo apt-get update && sudo apt-get install -y chromium`)
  }
  log('Đang cài chromium (apt-get) cho kiểm thử trình duyệt...')
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  execFileSync('apt-get', ['update', '-q'], { stdio: 'ignore', env })
  execFileSync('apt-get', ['install', '-y', '-q', 'chromium'], { stdio: 'ignore', env })
}

export interface Browser {
  context: BrowserContext
  close(): Promise<void>
}

/** A fresh browser profile; `locale` also sets the Accept-Language header the browser sends. */
export async function openBrowser(
  options: {
    locale?: string
    baseURL?: string
    timezoneId?: string
    serviceWorkers?: 'allow' | 'block'
    /** More Chromium flags (the room test's fake microphone and loopback WebRTC). */
    args?: string[]
  } = {},
): Promise<Browser> {
  const profile = mkdtempSync(path.join(tmpdir(), 'sotay-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...FLAGS, ...(options.args ?? [])],
    locale: options.locale ?? 'vi-VN',
    baseURL: options.baseURL,
    timezoneId: options.timezoneId,
    // 'block' lets page.route see every request (a service worker would answer some itself).
    serviceWorkers: options.serviceWorkers,
    viewport: { width: 1280, height: 900 },
  })
  return {
    context,
    async close() {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}
