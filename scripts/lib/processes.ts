/** Child processes for the stack: one-shot steps, long-lived services in their own process group, readiness polling. */
import { type ChildProcess, spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import type { Readable } from 'node:stream'

export type Log = (line: string) => void

/** Environment variables for a child; looser than NodeJS.ProcessEnv, which some type packages tighten. */
export type Env = Record<string, string | undefined>

export interface Service {
  name: string
  child: ChildProcess
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

interface SpawnOptions {
  cwd: string
  env: Env
  log: Log
}

/** Every step and service this process started and that has not exited yet. */
const running = new Set<Service>()

/** Sends each line of a child's output to `log`, prefixed, so several services can share one terminal. */
function forwardLines(stream: Readable | null, prefix: string, log: Log) {
  if (!stream) return
  createInterface({ input: stream }).on('line', (line) => log(`${prefix}${line}`))
}

function spawnGroup(
  name: string,
  command: string,
  args: string[],
  options: SpawnOptions & { prefix: string },
): Service {
  const { cwd, env, log, prefix } = options
  const child = spawn(command, args, {
    cwd,
    env: env as NodeJS.ProcessEnv,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  forwardLines(child.stdout, prefix, log)
  forwardLines(child.stderr, prefix, log)
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => resolve({ code, signal }))
    child.on('error', (error) => {
      log(`${prefix}${error.message}`)
      resolve({ code: -1, signal: null })
    })
  })
  const group = { name, child, exited }
  running.add(group)
  exited.then(() => running.delete(group))
  return group
}

/** Runs a command to completion in its own process group; its output goes to `log` line by line. */
export async function runStep(
  command: string,
  args: string[],
  options: SpawnOptions & { prefix?: string },
): Promise<void> {
  const step = spawnGroup(command, command, args, { prefix: '', ...options })
  const { code, signal } = await step.exited
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} kết thúc với mã ${code ?? signal}`)
}

/**
 * Starts a long-lived service in its own process group, so stopping it also ends what it forked
 * (`next start` forks a next-server child).
 */
export function startService(name: string, command: string, args: string[], options: SpawnOptions): Service {
  return spawnGroup(name, command, args, { ...options, prefix: `[${name}] ` })
}

const hasExited = (service: Service) => service.child.exitCode !== null || service.child.signalCode !== null

function signalGroup(service: Service, signal: NodeJS.Signals) {
  if (service.child.pid === undefined) return
  try {
    process.kill(-service.child.pid, signal)
  } catch {
    // Already gone.
  }
}

/** Asks the service's whole group to stop, and kills it if it has not gone after `graceMs`. */
export async function stopService(service: Service, graceMs = 5000): Promise<void> {
  if (!hasExited(service)) {
    signalGroup(service, 'SIGTERM')
    const timer = setTimeout(() => signalGroup(service, 'SIGKILL'), graceMs)
    await service.exited
    clearTimeout(timer)
  }
  // Grandchildren that outlived their parent must not outlive the stack.
  signalGroup(service, 'SIGKILL')
}

/** Kills every step and service still running, at once; for exits that cannot wait. */
export function killAll(): void {
  for (const group of running) signalGroup(group, 'SIGKILL')
}

// If this process ends for any reason, take its children with it rather than leave them orphaned.
process.on('exit', killAll)

export interface WaitOptions {
  timeoutMs?: number
  ready?: (response: Response) => boolean
  /** Give up as soon as one of these exits. */
  services?: Service[]
}

/** Polls `url` until `ready(response)` holds (by default: any answer below 500). */
export async function waitForHttp(url: string, options: WaitOptions = {}): Promise<Response> {
  const { timeoutMs = 120_000, ready = (r) => r.status < 500, services = [] } = options
  const deadline = Date.now() + timeoutMs
  let lastError: unknown
  while (Date.now() < deadline) {
    for (const service of services) {
      if (hasExited(service)) {
        const how = service.child.exitCode ?? service.child.signalCode
        throw new Error(`${service.name} đã dừng (mã ${how}) trước khi sẵn sàng`)
      }
    }
    try {
      const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(30_000) })
      await response.arrayBuffer()
      if (ready(response)) return response
      lastError = new Error(`HTTP ${response.status}`)
    } catch (error) {
      lastError = error
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  const reason = lastError instanceof Error ? lastError.message : String(lastError ?? '')
  throw new Error(`${url} không trả lời sau ${Math.round(timeoutMs / 1000)} giây: ${reason}`)
}
