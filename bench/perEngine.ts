/**
 * One Payload per process: a bench script re-runs itself with an engine as its argument, prints that engine's
 * figures as one JSON line, and the parent collects a line per engine (BENCH_ENGINES, default both SQL ones).
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const tsx = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '.bin', 'tsx')

/** In the child: runs `measure` for its engine, prints the JSON line and exits. In the parent: each engine's result. */
export async function perEngine<T>(
  scriptUrl: string,
  measure: (engine: string) => Promise<T>,
  engines = (process.env.BENCH_ENGINES ?? 'sqlite,postgres').split(','),
): Promise<[string, T][]> {
  if (process.argv[2]) {
    process.stdout.write(`${JSON.stringify(await measure(process.argv[2]))}\n`)
    process.exit(0)
  }
  const results: [string, T][] = []
  for (const engine of engines) {
    const run = spawnSync(tsx, [fileURLToPath(scriptUrl), engine], {
      stdio: ['ignore', 'pipe', 'inherit'],
      encoding: 'utf8',
    })
    const line = run.stdout.trim().split('\n').pop()
    if (run.status !== 0 || !line) console.error(`[${engine}] thất bại (mã ${run.status})`)
    else results.push([engine, JSON.parse(line) as T])
  }
  return results
}
