/** The real stack for browser tests: scripts/lib/stack.ts on free ports with a temporary DATA_DIR and SQLite. */
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { DemoLogin } from '../scripts/lib/logins.ts'
import { freePort } from '../scripts/lib/ports.ts'
import { startStack } from '../scripts/lib/stack.ts'

export type { DemoLogin }

/** What a test file needs to reach the stack (it crosses from globalSetup to the tests as JSON). */
export interface StackInfo {
  url: string
  dataDir: string
  logins: DemoLogin[]
  /** Janus runs for the online meeting rooms (Debian's `janus` is installed). */
  janus: boolean
}

export interface TestStack extends StackInfo {
  stop(): Promise<void>
}

export interface TestStackOptions {
  /** Demo members to seed; few by default to keep the suite quick. */
  members?: number
  /** Keep the temporary data folder after stopping (E2E_KEEP_DATA=1 does the same). */
  keepData?: boolean
}

export async function startTestStack(options: TestStackOptions = {}): Promise<TestStack> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sotay-e2e-'))
  const logFile = path.join(dataDir, 'stack.log')
  const log = (line: string) => appendFileSync(logFile, `${line}\n`)
  // The suite runs on its own SQLite file whatever the developer's shell points at.
  const { DATABASE_URL: _ignored, ...env } = process.env
  const keep = options.keepData || process.env.E2E_KEEP_DATA === '1'
  try {
    const stack = await startStack({
      port: await freePort(),
      cmsPort: await freePort(),
      dataDir,
      members: options.members ?? 20,
      env: {
        ...env,
        // Lets publish.test.ts make a site build fail on purpose (server/src/site-builder/astroPlan.ts).
        SITE_BUILDER_TEST_HOOKS: '1',
        // The voice a bare machine has (npm only: WebAssembly → MP3), even where Debian's espeak-ng is
        // installed; SPEECH_ENGINE=debian (or empty, to probe) runs the suite on the other path.
        SPEECH_ENGINE: env.SPEECH_ENGINE ?? 'wasm',
        // Some thirty files sign the same demo people in, well past 10 tries per account in 15 minutes; the
        // limits themselves are tried in the cms and functions suites (auth/, session/doors.test.ts).
        SIGNIN_ATTEMPTS_PER_ACCOUNT: env.SIGNIN_ATTEMPTS_PER_ACCOUNT ?? '1000',
      },
      log,
    })
    console.log(
      `[e2e] stack tại ${stack.url}, dữ liệu ${dataDir}, thời gian ${JSON.stringify(stack.timings)}`,
    )
    return {
      url: stack.url,
      dataDir,
      logins: stack.logins,
      janus: stack.janus,
      async stop() {
        await stack.stop()
        if (!keep) rmSync(dataDir, { recursive: true, force: true })
      },
    }
  } catch (error) {
    const tail = readFileSync(logFile, { encoding: 'utf8', flag: 'a+' }).split('\n').slice(-60).join('\n')
    console.error(`[e2e] không khởi động được stack; cuối nhật ký ${logFile}:\n${tail}`)
    throw error
  }
}

/** Everything the stack's servers printed so far (the CMS's job errors included). */
export function stackLog(stack: StackInfo): string {
  return readFileSync(path.join(stack.dataDir, 'stack.log'), { encoding: 'utf8', flag: 'a+' })
}

/** The demo editor (biên tập viên cấp tỉnh). */
export function editorLogin(stack: StackInfo): DemoLogin {
  return findLogin(stack, (login) => login.username === 'bientap', 'biên tập viên')
}

/** The demo party member (đảng viên), who signs in with a card number and has no admin grant. */
export function memberLogin(stack: StackInfo): DemoLogin {
  return findLogin(stack, (login) => login.role === 'Đảng viên', 'đảng viên')
}

function findLogin(stack: StackInfo, match: (login: DemoLogin) => boolean, what: string): DemoLogin {
  const login = stack.logins.find(match)
  if (!login) throw new Error(`Dữ liệu mẫu không có tài khoản ${what}: ${JSON.stringify(stack.logins)}`)
  return login
}
