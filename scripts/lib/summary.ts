/**
 * The test runner's bookkeeping: counts vitest's JSON reports and the exit codes of every step, so that a
 * file that fails to load, a hook that times out, or a run that crashes before writing its report is a
 * failure in the last line, not a silence.
 */

/** The parts of vitest's JSON reporter output that are counted here. */
export interface VitestReport {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
  numFailedTestSuites: number
  testResults?: {
    name: string
    status: 'passed' | 'failed' | string
    message?: string
    assertionResults?: { status: string }[]
  }[]
}

export interface StepResult {
  title: string
  /** The process's exit code; null when a signal ended it. */
  exitCode: number | null
  /** A vitest step, which should have written a report. */
  vitest?: boolean
  /** Its JSON report, when it was written and could be read. */
  report?: VitestReport
}

export interface Totals {
  passed: number
  /** Failed tests, plus each failure that no test counted: a file that did not load, a failed hook, a crash. */
  failed: number
  skipped: number
  /** Test files whose run failed, with why when no test says it. */
  failedFiles: string[]
  /** Steps that failed without a failing test or file to show for it (biome, tsc, a crash, no report). */
  failedSteps: string[]
  /** Whole suites not run on this machine (no PostgreSQL, no Chromium...), with why. */
  skippedSuites: string[]
}

export const emptyTotals = (): Totals => ({
  passed: 0,
  failed: 0,
  skipped: 0,
  failedFiles: [],
  failedSteps: [],
  skippedSuites: [],
})

/** Adds one step to the totals; true when the step failed. */
export function addStep(totals: Totals, step: StepResult): boolean {
  let failedHere = 0
  const report = step.report
  if (report) {
    totals.passed += report.numPassedTests
    totals.skipped += report.numPendingTests + report.numTodoTests
    totals.failed += report.numFailedTests
    failedHere += report.numFailedTests
    for (const file of report.testResults ?? []) {
      if (file.status !== 'failed') continue
      const failedTests = (file.assertionResults ?? []).filter((a) => a.status === 'failed').length
      totals.failedFiles.push(file.message ? `${file.name}: ${file.message}` : file.name)
      // A file that failed with no failed test (load error, hook error or timeout) is one failure itself.
      if (failedTests === 0) {
        totals.failed += 1
        failedHere += 1
      }
    }
    // A failed suite with no failed test or file behind it (should not happen, but must not pass unseen).
    if (failedHere === 0 && report.numFailedTestSuites > 0) {
      totals.failed += 1
      failedHere += 1
      totals.failedSteps.push(`${step.title}: ${report.numFailedTestSuites} bộ kiểm thử thất bại`)
    }
  }
  if (step.exitCode !== 0 && failedHere === 0) {
    // Crashed, timed out in a global setup, or wrote no report: the exit code is the only witness.
    totals.failed += 1
    failedHere += 1
    const why = step.vitest && !report ? 'vitest không ghi được báo cáo; mã thoát' : 'mã thoát'
    totals.failedSteps.push(`${step.title} (${why} ${step.exitCode ?? 'tín hiệu'})`)
  }
  return failedHere > 0
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/**
 * The last line: "N passed, N failed, N skipped", with what failed outside tests in parentheses, and the suites
 * that did not run at all, so "0 failed" never hides a suite nobody ran.
 */
export function summaryLine(totals: Totals): string {
  const outside = [
    totals.failedFiles.length ? plural(totals.failedFiles.length, 'failed file') : '',
    totals.failedSteps.length ? plural(totals.failedSteps.length, 'failed step') : '',
  ].filter(Boolean)
  const detail = outside.length ? ` (${outside.join(', ')})` : ''
  const suites = totals.skippedSuites.length
    ? ` (${plural(totals.skippedSuites.length, 'skipped suite')})`
    : ''
  return `${totals.passed} passed, ${totals.failed} failed${detail}, ${totals.skipped} skipped${suites}`
}
