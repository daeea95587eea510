/** Runs one Janus on a config folder from `writeJanusConfig`, for a test; the stack runs it as a service instead. */
import { type ChildProcess, spawn } from 'node:child_process'
import { type JanusSettings, janusArgs, writeJanusConfig } from './config.ts'

export interface RunningJanus {
  settings: JanusSettings
  /** Everything Janus printed, for a failing test's message. */
  output(): string
  stop(): Promise<void>
}

/** Starts Janus and waits until its admin API answers a ping. */
export async function startJanus(
  binary: string,
  dataDir: string,
  ports: { port: number; adminPort: number },
): Promise<RunningJanus> {
  const { configDir, settings } = writeJanusConfig(dataDir, ports)
  const child: ChildProcess = spawn(binary, janusArgs(configDir), { stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stdout?.on('data', (chunk) => {
    output += chunk
  })
  child.stderr?.on('data', (chunk) => {
    output += chunk
  })
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
      await exited
      clearTimeout(timer)
    }
  }
  const deadline = Date.now() + 20_000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break
    const pong = await fetch(`http://127.0.0.1:${ports.adminPort}/admin`, {
      method: 'POST',
      body: JSON.stringify({ janus: 'ping', transaction: 'ready', admin_secret: settings.adminSecret }),
    })
      .then((r) => r.json() as Promise<{ janus?: string }>)
      .catch(() => null)
    if (pong?.janus === 'pong') return { settings, output: () => output, stop }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  await stop()
  throw new Error(`Janus không khởi động được:\n${output.slice(-3000)}`)
}
