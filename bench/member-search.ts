/**
 * Member search (tra cứu) latency over 10,000 items of the four kinds, with the reader's visibility filter, as
 * `GET /fn/reading/search` asks the embedded index (the database read-back of each hit is not counted). The
 * baseline, in the same run, scans every item's accent-folded text with `includes` and checks visibility by hand.
 * Ends with one JSON line. BENCH_SEARCH_ITEMS and BENCH_SEARCH_QUERIES change the sizes.
 */
import { performance } from 'node:perf_hooks'
import { CONTENT_KINDS, ContentIndex, createMiniSearchIndex } from '@sotay/cms/search'
import { FAQ } from '@sotay/cms/seed'
import { foldAccents, searchKey, searchTerms } from '@sotay/content-schemas/text/fold'
import { printBenchLine } from './jsonLine.ts'

const ITEMS = Number(process.env.BENCH_SEARCH_ITEMS ?? 10_000)
const QUERIES = Number(process.env.BENCH_SEARCH_QUERIES ?? 2_000)
const ORGS = 200

/** A member of org 7, whose committees are 3 and 1: what readerTags gives such a member. */
const READER_TAGS = ['public', 'members', 'org:7', 'org:3', 'org:1']

function audienceOf(i: number) {
  if (i % 10 < 4) return { audience: 'public' }
  if (i % 10 < 7) return { audience: 'members' }
  return { audience: 'org', org: 1 + (i % ORGS) }
}

function rowsOf(kind: (typeof CONTENT_KINDS)[number], from: number, count: number) {
  return Array.from({ length: count }, (_, n) => {
    const i = from + n
    const seed = FAQ[i % FAQ.length]!
    const base = { id: i, _status: 'published', updatedAt: new Date(0).toISOString(), ...audienceOf(i) }
    if (kind === 'faq') return { ...base, question: seed.question, answer: seed.answer }
    if (kind === 'documents')
      return {
        ...base,
        numberSymbol: `${i}-NQ/ĐU`,
        title: seed.question,
        issuingBody: 'Đảng ủy xã',
        extractedText: `${seed.answer}\n\n${seed.alternatives.join('\n\n')}`,
      }
    return { ...base, title: seed.question, summary: seed.answer }
  })
}

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
  return { p50: Number(at(50).toFixed(3)), p99: Number(at(99).toFixed(3)) }
}

const index = new ContentIndex(createMiniSearchIndex())
const perKind = Math.ceil(ITEMS / CONTENT_KINDS.length)
const rows = CONTENT_KINDS.map((kind, k) => ({ kind, rows: rowsOf(kind, k * perKind, perKind) }))
let t = performance.now()
for (const { kind, rows: some } of rows) await index.apply(kind, some as never)
const buildMs = performance.now() - t

const queries = Array.from({ length: QUERIES }, (_, i) => {
  const alt = FAQ[i % FAQ.length]!.alternatives
  const text = alt[i % alt.length] ?? FAQ[i % FAQ.length]!.question
  return i % 2 ? foldAccents(text) : text
})
const allowed = (tag: string) => READER_TAGS.includes(tag)
const visibility = (r: { audience: string; org?: number }) =>
  r.audience === 'org' ? `org:${r.org}` : r.audience
const tagOf = new Map(
  rows.flatMap(({ kind, rows: some }) => some.map((r) => [`${kind}:${r.id}`, visibility(r)])),
)

const engineMs: number[] = []
let leaks = 0
await index.index.search('khởi động', { filter: { visibleTo: READER_TAGS } })
for (const q of queries) {
  t = performance.now()
  const hits = await index.index.search(q, { limit: 20, filter: { visibleTo: READER_TAGS } })
  engineMs.push(performance.now() - t)
  for (const hit of hits) if (!allowed(tagOf.get(hit.id) ?? '')) leaks++
}

// Baseline: every item's folded text, scanned for the query's terms, visibility checked per item.
const flat = rows.flatMap(({ rows: some }) =>
  some.map((r) => ({
    tag: visibility(r),
    text: searchKey(
      Object.values(r)
        .filter((v) => typeof v === 'string')
        .join(' '),
    ),
  })),
)
const baselineMs: number[] = []
for (const q of queries) {
  t = performance.now()
  const terms = searchTerms(q)
  const found: number[] = []
  flat.forEach((item, i) => {
    if (!allowed(item.tag)) return
    let hits = 0
    for (const term of terms) if (item.text.includes(term)) hits++
    if (hits) found.push(i)
  })
  baselineMs.push(performance.now() - t)
}

const engine = percentiles(engineMs)
const baseline = percentiles(baselineMs)
console.log(
  `Tra cứu của đảng viên: ${(perKind * CONTENT_KINDS.length).toLocaleString('vi-VN')} mục (4 loại), ${QUERIES.toLocaleString('vi-VN')} truy vấn (nửa không dấu); Node ${process.version}`,
)
console.log(`Dựng chỉ mục: ${buildMs.toFixed(0)} ms`)
console.log('| cách tìm | p50 ms | p99 ms |\n|---|---|---|')
console.log(`| chỉ mục MiniSearch + lọc quyền đọc (thật) | ${engine.p50} | ${engine.p99} |`)
console.log(`| quét tuần tự includes (mốc) | ${baseline.p50} | ${baseline.p99} |`)
console.log(`Kết quả ngoài quyền đọc: ${leaks}`)
printBenchLine('member-search', [
  {
    items: perKind * CONTENT_KINDS.length,
    queries: QUERIES,
    buildMs: Math.round(buildMs),
    engine,
    baseline,
    leaks,
  },
])
