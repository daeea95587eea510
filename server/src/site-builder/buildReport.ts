/**
 * What a build did, read from its output: the pages Astro rendered and those it reused from the last build
 * (incremental build: "(restored)" or "(cached)"), and the search index parts it indexed again or reused.
 */

export interface BuildReport {
  /** Pages and files Astro rendered in this build. */
  rendered: number
  /** Pages copied unchanged from the last build. */
  reused: number
  /** The rendered ones (the first 200), as paths in the build: /tin-tuc/a/index.html. */
  renderedFiles: string[]
  /** The search index: parts (kind and year) indexed again, and how many were reused; null when it did not run. */
  search: { indexed: string[]; reused: number } | null
}

const MAX_FILES = 200
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g')
/** Astro's line per generated path: "  ├─ /a/index.html (+3ms)" or "... (restored)". */
const PAGE_LINE = /├─ (\S+) \((restored|cached|\+[^)]*)\)/
/** indexSite's summary: "tìm kiếm: lập lại 1/23 phần (tin-tuc-2025), dùng lại 22 phần". */
const SEARCH_LINE = /lập lại (\d+)\/\d+ phần(?: \(([^)]*)\))?, dùng lại (\d+) phần/

export function createReportCollector() {
  const report: BuildReport = { rendered: 0, reused: 0, renderedFiles: [], search: null }
  return {
    line(raw: string) {
      const line = raw.replace(ANSI, '')
      const page = PAGE_LINE.exec(line)
      if (page?.[1]) {
        if (page[2] === 'restored' || page[2] === 'cached') report.reused++
        else {
          report.rendered++
          if (report.renderedFiles.length < MAX_FILES) report.renderedFiles.push(page[1])
        }
        return
      }
      const search = SEARCH_LINE.exec(line)
      if (search)
        report.search = {
          indexed: search[2] ? search[2].split(', ') : [],
          reused: Number(search[3]),
        }
    },
    result: (): BuildReport => report,
  }
}

/** One line for the log: "dựng 3 trang, dùng lại 1.997; tìm kiếm: lập lại 1 phần (tin-tuc-2025), dùng lại 22". */
export function describeReport(report: BuildReport): string {
  const count = (n: number) => n.toLocaleString('vi-VN')
  const pages = `dựng ${count(report.rendered)} trang, dùng lại ${count(report.reused)}`
  if (!report.search) return pages
  const { indexed, reused } = report.search
  const parts = indexed.length ? ` (${indexed.join(', ')})` : ''
  return `${pages}; tìm kiếm: lập lại ${indexed.length} phần${parts}, dùng lại ${reused}`
}
