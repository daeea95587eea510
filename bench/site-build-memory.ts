/** Runs a command and reports its wall time and the peak resident memory of its whole process tree (from /proc). */
import { spawn } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'

/** Children of every process, read once from /proc/<pid>/stat. */
function childrenByParent(): Map<number, number[]> {
  const map = new Map<number, number[]>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      map.set(ppid, [...(map.get(ppid) ?? []), Number(name)])
    } catch {}
  }
  return map
}

function treeRssBytes(root: number): number {
  const children = childrenByParent()
  let total = 0
  const stack = [root]
  while (stack.length) {
    const pid = stack.pop() as number
    try {
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
      total += Number(rss?.[1] ?? 0) * 1024
    } catch {}
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}

export interface Measured {
  seconds: number
  peakBytes: number
  output: string
}

export function measure(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv }) {
  return new Promise<Measured>((resolve, reject) => {
    const started = performance.now()
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env })
    let output = ''
    child.stdout.on('data', (chunk) => {
      output += chunk
    })
    child.stderr.on('data', (chunk) => {
      output += chunk
    })
    let peakBytes = 0
    const timer = setInterval(() => {
      if (child.pid) peakBytes = Math.max(peakBytes, treeRssBytes(child.pid))
    }, 250)
    child.on('error', reject)
    child.on('close', (code) => {
      clearInterval(timer)
      const seconds = (performance.now() - started) / 1000
      if (code !== 0)
        reject(new Error(`${command} ${args.join(' ')} thoát với mã ${code}:\n${output.slice(-3000)}`))
      else resolve({ seconds, peakBytes, output })
    })
  })
}
