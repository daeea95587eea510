/** Applies the database migrations and loads the demo data (once), returning the demo logins. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { DemoLogin } from './logins.ts'
import { bin, cmsDir, repoDir } from './paths.ts'
import { type Env, type Log, runStep } from './processes.ts'

export interface Seeded {
  created: boolean
  logins: DemoLogin[]
}

export async function seedDemo(options: { env: Env; log: Log; members?: number }): Promise<Seeded> {
  const dir = mkdtempSync(path.join(tmpdir(), 'sotay-seed-'))
  const out = path.join(dir, 'result.json')
  try {
    const args = [path.join(repoDir, 'scripts', 'seed-demo.ts'), '--out', out]
    if (options.members) args.push('--members', String(options.members))
    await runStep(bin(repoDir, 'tsx'), args, {
      cwd: cmsDir,
      // Production mode makes Payload run its migrations instead of pushing the schema; no job crons here.
      env: { ...options.env, NODE_ENV: 'production', JOBS_AUTORUN: 'false' },
      log: options.log,
      prefix: '  ',
    })
    return JSON.parse(readFileSync(out, 'utf8'))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
