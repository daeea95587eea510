/** Runs one build step as a child process in its own group, echoing its lines and keeping the last ones for the record. */
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'

export interface BuildStep {
  /** Vietnamese, for the progress log: "Đang dựng trang: <label> ..." */
  label: string
  command: string
  args: string[]
  cwd: string
  env?: Record<string, string | undefined>
  /** Asked just before the step runs: a reason to skip it, or null to run it. */
  skip?: () => string | null
  /**
   * The build may go live before this step with this top-level folder taken from the live build (the search index):
   * readers get the new pages without waiting for the step, and its result goes live when it is done.
   */
  carryOver?: string
  /** Each line the step prints, for a plan that reads what the build did. */
  onLine?: (line: string) => void
}

/** The last `size` lines of a build's output. */
export class LogTail {
  readonly lines: string[] = []
  constructor(private readonly size = 40) {}
  push(line: string) {
    this.lines.push(line)
    if (this.lines.length > this.size) this.lines.shift()
  }
}

export interface StepRun {
  done: Promise<void>
  /** Ends the step and everything it started. */
  kill(): void
}

export function runStep(step: BuildStep, tail: LogTail, echo: (line: string) => void): StepRun {
  const child = spawn(step.command, step.args, {
    cwd: step.cwd,
    env: (step.env ?? process.env) as NodeJS.ProcessEnv,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const forward = (stream: Readable | null) => {
    if (!stream) return
    createInterface({ input: stream }).on('line', (line) => {
      step.onLine?.(line)
      tail.push(line)
      echo(`  ${line}`)
    })
  }
  forward(child.stdout)
  forward(child.stderr)
  const kill = () => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
    } catch {
      // Already gone.
    }
  }
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', (error) => reject(new Error(`Không chạy được bước "${step.label}": ${error.message}`)))
    child.on('close', (code, signal) => {
      if (code === 0) resolve()
      else reject(new Error(`Bước "${step.label}" thất bại (mã ${code ?? signal})`))
    })
  })
  return { done, kill }
}
