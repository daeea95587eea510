/** The runner's last line, from real vitest reports of tiny suites that pass, fail, throw at import or hang. */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { bin, repoDir } from './paths.ts'
import { addStep, emptyTotals, type StepResult, summaryLine, type VitestReport } from './summary.ts'

const fixtures = path.join(import.meta.dirname, 'summary-fixtures')
const reports = mkdtempSync(path.join(tmpdir(), 'sotay-summary-'))
afterAll(() => rmSync(reports, { recursive: true, force: true }))

/** Runs vitest on one fixture (or all) the way scripts/test.mjs does, and returns what the runner would see. */
function runFixture(name: string, env: Record<string, string> = {}): StepResult {
  const report = path.join(reports, `${name}.json`)
  // Our own runner's variables would make the child think it is a worker of this run.
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')))
  const result = spawnSync(
    bin(repoDir, 'vitest'),
    [
      'run',
      '--config',
      path.join(fixtures, 'vitest.config.ts'),
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    { cwd: fixtures, env: { ...clean, ...env } as NodeJS.ProcessEnv, encoding: 'utf8' },
  )
  return {
    title: name,
    exitCode: result.status,
    vitest: true,
    report: existsSync(report) ? (JSON.parse(readFileSync(report, 'utf8')) as VitestReport) : undefined,
  }
}

const only = (fixture: string) => runFixture(fixture, { SUMMARY_FIXTURE: `${fixture}.fixture.ts` })

function tally(...steps: StepResult[]) {
  const totals = emptyTotals()
  const failed = steps.map((step) => addStep(totals, step))
  return { totals, failed, line: summaryLine(totals) }
}

// Each case starts a real vitest (a few seconds on a busy machine).
describe('the test runner’s last line', { timeout: 60_000 }, () => {
  it('passing tests and a skipped one: nothing failed', () => {
    const step = only('passes')
    expect(step.exitCode).toBe(0)
    const { failed, line } = tally(step)
    expect(failed).toEqual([false])
    expect(line).toBe('1 passed, 0 failed, 1 skipped')
  })

  it('a failing test is counted once, with its file', () => {
    const { failed, line, totals } = tally(only('fails'))
    expect(failed).toEqual([true])
    expect(line).toBe('1 passed, 1 failed (1 failed file), 0 skipped')
    expect(totals.failedFiles[0]).toContain('fails.fixture.ts')
  })

  it('a file that throws while loading has no failed test, yet fails', () => {
    const step = only('throwsAtImport')
    // What the old runner trusted: the report says no test failed.
    expect(step.exitCode).not.toBe(0)
    expect(step.report?.numFailedTests).toBe(0)
    const { failed, line, totals } = tally(step)
    expect(failed).toEqual([true])
    expect(line).toBe('0 passed, 1 failed (1 failed file), 0 skipped')
    expect(totals.failedFiles[0]).toContain('lỗi khi nạp tệp')
  })

  it('a hook that times out leaves its tests skipped, and fails', () => {
    const step = only('hookTimesOut')
    expect(step.report?.numFailedTests).toBe(0)
    const { failed, line } = tally(step)
    expect(failed).toEqual([true])
    expect(line).toBe('0 passed, 1 failed (1 failed file), 1 skipped')
  })

  it('a run that crashes in its global setup reports nothing, and fails on its exit code', () => {
    const step = runFixture('crash', { SUMMARY_FIXTURE_CRASH: '1' })
    expect(step.exitCode).not.toBe(0)
    expect(step.report?.numFailedTests ?? 0).toBe(0)
    const { failed, line, totals } = tally(step)
    expect(failed).toEqual([true])
    expect(line).toBe('0 passed, 1 failed (1 failed step), 0 skipped')
    expect(totals.failedSteps[0]).toContain('crash')
  })

  it('a missing report and a failing check count as failed steps; all steps add up', () => {
    const { failed, line } = tally(
      only('passes'),
      { title: 'e2e', exitCode: 1, vitest: true },
      { title: 'biome', exitCode: 1 },
      runFixture('all'),
    )
    expect(failed).toEqual([false, true, true, true])
    // 'passes' alone, then all four fixtures together (1 + 1 passed, 1 skipped, the failing test, the file
    // that threw, the hook's skipped test), the missing report and biome.
    expect(line).toBe('3 passed, 5 failed (3 failed files, 2 failed steps), 3 skipped')
  })

  it('a suite that did not run on this machine shows in the last line', () => {
    const { totals } = tally(only('passes'))
    totals.skippedSuites.push('PostgreSQL', 'Chromium')
    expect(summaryLine(totals)).toBe('1 passed, 0 failed, 1 skipped (2 skipped suites)')
  })
})
