/**
 * Fails when cms/src/payload-types.ts is stale: regenerates Payload's types from the config into a temporary
 * file (on a throwaway SQLite database) and compares. Part of `pnpm check`.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const cms = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'cms')
const committed = path.join(cms, 'src', 'payload-types.ts')
const FIX =
  'cd cms && DATA_DIR=$(mktemp -d) PAYLOAD_SECRET=x DATABASE_URL=file:/tmp/types.db node_modules/.bin/payload generate:types'

const scratch = mkdtempSync(path.join(tmpdir(), 'sotay-types-'))
const fresh = path.join(scratch, 'payload-types.ts')
try {
  const run = spawnSync(path.join(cms, 'node_modules', '.bin', 'payload'), ['generate:types'], {
    cwd: cms,
    encoding: 'utf8',
    env: {
      ...process.env,
      DATA_DIR: scratch,
      PAYLOAD_SECRET: 'types-check',
      DATABASE_URL: `file:${path.join(scratch, 'types.db')}`,
      PAYLOAD_TS_OUTPUT_PATH: fresh,
    },
  })
  if (run.status !== 0) {
    console.error(
      `Không tạo lại được kiểu của Payload (payload generate:types):\n${run.stderr || run.stdout}`,
    )
    process.exit(1)
  }
  if (readFileSync(fresh, 'utf8') !== readFileSync(committed, 'utf8')) {
    console.error(
      'cms/src/payload-types.ts đã cũ so với cấu hình Payload (cms/src/payload-types.ts is stale).\n' +
        `Tạo lại rồi commit (regenerate and commit):\n  ${FIX}`,
    )
    process.exit(1)
  }
  console.log('cms/src/payload-types.ts khớp với cấu hình Payload.')
} finally {
  rmSync(scratch, { recursive: true, force: true })
}
