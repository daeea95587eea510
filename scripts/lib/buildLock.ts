/** A lock folder so two runs (say `pnpm start` and the e2e suite) never build into the same output at once. */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { Log } from './processes.ts'

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export async function withBuildLock<T>(lockDir: string, log: Log, work: () => Promise<T>): Promise<T> {
  let told = false
  for (;;) {
    try {
      mkdirSync(path.dirname(lockDir), { recursive: true })
      mkdirSync(lockDir)
      writeFileSync(path.join(lockDir, 'pid'), String(process.pid))
      break
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const owner = Number(readFileSync(path.join(lockDir, 'pid'), { encoding: 'utf8', flag: 'a+' }))
      if (owner && !alive(owner)) {
        rmSync(lockDir, { recursive: true, force: true })
        continue
      }
      if (!told) log(`Đang chờ một lần build khác (tiến trình ${owner || '?'}) xong...`)
      told = true
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  }
  try {
    return await work()
  } finally {
    rmSync(lockDir, { recursive: true, force: true })
  }
}
