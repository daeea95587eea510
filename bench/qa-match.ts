/**
 * `tsx bench/qa-match.ts`: first how often the answer bank finds the right entry for questions members
 * write in their own words (bench/qa-accuracy.ts), then how long matching a member's question takes
 * against a 5,000-entry answer bank (the demo bank templated out), the embedded engine with confidence
 * (what /fn/questions runs) against a naive linear scan of folded text with `includes`, in the same run
 * on the same queries. Ends with one JSON line.
 */
import { performance } from 'node:perf_hooks'
import { createMiniSearchIndex, FaqBank } from '@sotay/cms/search'
import { FAQ } from '@sotay/cms/seed'
import { foldAccents, searchKey, searchTerms } from '@sotay/content-schemas/text/fold'
import { printBenchLine } from './jsonLine.ts'
import { type Accuracy, measureAccuracy } from './qa-accuracy.ts'
import { HELD_OUT } from './qa-held-out.ts'

/**
 * The matcher before syllable pairs, synonyms, stop words and answers were indexed (commit 72cb9cf), on
 * the same questions: measured once, as running the old code beside the new would mean keeping a copy.
 */
const BEFORE: Omit<Accuracy, 'questions' | 'unaccented' | 'offBank'> = {
  top1: 0.83,
  top3: 0.924,
  top1Unaccented: 0.902,
  top3Unaccented: 0.939,
  autoAnswered: 0.394,
  wrongAuto: 0.019,
  offBankAuto: 0,
}

/** The same for the held-out questions (bench/qa-held-out.ts). */
const BEFORE_HELD_OUT: typeof BEFORE = {
  top1: 0.65,
  top3: 0.825,
  top1Unaccented: 0.65,
  top3Unaccented: 0.85,
  autoAnswered: 0.275,
  wrongAuto: 0.025,
  offBankAuto: 0,
}

const accuracy = await measureAccuracy()
const heldOut = await measureAccuracy(undefined, HELD_OUT)
const pct = (x: number) => `${(100 * x).toFixed(1)}%`
console.log(
  `Độ chính xác: ${accuracy.questions} câu hỏi tự viết (${accuracy.unaccented} không dấu) trên ${FAQ.length} mục hỏi đáp mẫu, ${accuracy.offBank} câu ngoài ngân hàng`,
)
console.log(
  '| bộ khớp | đúng hạng 1 | trong 3 đầu | hạng 1 (không dấu) | 3 đầu (không dấu) | tự trả lời | tự trả lời sai | câu ngoài ngân hàng bị tự trả lời |\n|---|---|---|---|---|---|---|---|',
)
for (const [name, a] of [
  ['hiện tại', accuracy],
  ['trước (72cb9cf)', BEFORE],
  [`hiện tại, ${heldOut.questions} câu viết sau khi chỉnh`, heldOut],
  ['trước (72cb9cf), các câu viết sau', BEFORE_HELD_OUT],
] as const) {
  console.log(
    `| ${name} | ${pct(a.top1)} | ${pct(a.top3)} | ${pct(a.top1Unaccented)} | ${pct(a.top3Unaccented)} | ${pct(a.autoAnswered)} | ${pct(a.wrongAuto)} | ${pct(a.offBankAuto)} |`,
  )
}
console.log()

const SIZE = Number(process.env.BENCH_FAQ_SIZE ?? 5000)
const QUERIES = Number(process.env.BENCH_QA_QUERIES ?? 2000)

/** Contexts that turn one bank entry into many distinct, realistic ones. */
const PLACES = [
  'ở xã Tân Lĩnh',
  'ở phường Bình Minh',
  'tại chi bộ thôn Đông',
  'trong đảng bộ khối doanh nghiệp',
  'ở vùng biên giới',
  'tại khu công nghiệp',
  'ở chi bộ trường học',
  'trong lực lượng vũ trang',
]
const WHO = [
  'đảng viên nữ',
  'đảng viên trẻ',
  'đảng viên cao tuổi',
  'đảng viên là giáo viên',
  'đảng viên là công nhân',
  'đảng viên là nông dân',
]

function generateBank(size: number) {
  const entries = []
  for (let i = 0; entries.length < size; i++) {
    const seed = FAQ[i % FAQ.length]!
    const round = Math.floor(i / FAQ.length)
    const suffix =
      round === 0
        ? ''
        : ` (${WHO[round % WHO.length]} ${PLACES[Math.floor(round / WHO.length) % PLACES.length]}, trường hợp ${round})`
    entries.push({
      id: String(i),
      question: `${seed.question.replace(/\?$/, '')}${suffix}?`,
      alternatives: seed.alternatives.map((a) => `${a}${suffix}`),
      visibleTo: ['public'],
    })
  }
  return entries
}

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b)
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
  return { p50: at(50).toFixed(3), p95: at(95).toFixed(3), p99: at(99).toFixed(3) }
}

const bank = generateBank(SIZE)
const queries: { text: string; want: string }[] = []
for (let i = 0; queries.length < QUERIES; i++) {
  const seed = FAQ[i % FAQ.length]!
  const alt = seed.alternatives[i % seed.alternatives.length]!
  queries.push({ text: i % 2 ? foldAccents(alt) : alt, want: searchKey(seed.question) })
}

// Embedded engine: build, then match each query (search + confidence), as /fn/questions does.
const engine = new FaqBank(createMiniSearchIndex())
let t = performance.now()
await engine.upsert(bank)
const buildMs = performance.now() - t
await engine.match('khởi động', { visibleTo: ['public'] })
const engineMs: number[] = []
let engineRight = 0
for (const q of queries) {
  t = performance.now()
  const [best] = await engine.match(q.text, { visibleTo: ['public'] })
  engineMs.push(performance.now() - t)
  if (best && searchKey(bank[Number(best.id)]!.question).startsWith(q.want.replace(/\?$/, ''))) engineRight++
}

// Baseline: every entry's folded phrasings, scanned for each query term with `includes`.
const folded = bank.map((e) => ({ id: e.id, text: searchKey([e.question, ...e.alternatives].join(' | ')) }))
const baselineMs: number[] = []
let baselineRight = 0
for (const q of queries) {
  t = performance.now()
  const terms = searchTerms(q.text)
  let best = { id: '', hits: -1 }
  for (const entry of folded) {
    let hits = 0
    for (const term of terms) if (entry.text.includes(term)) hits++
    if (hits > best.hits) best = { id: entry.id, hits }
  }
  baselineMs.push(performance.now() - t)
  if (searchKey(bank[Number(best.id)]!.question).startsWith(q.want.replace(/\?$/, ''))) baselineRight++
}

console.log(
  `Ngân hàng hỏi đáp ${SIZE.toLocaleString('vi-VN')} mục, ${QUERIES.toLocaleString('vi-VN')} câu hỏi (nửa không dấu); Node ${process.version}`,
)
console.log(`Dựng chỉ mục MiniSearch: ${buildMs.toFixed(0)} ms`)
console.log('| cách khớp | p50 ms | p95 ms | p99 ms | đúng mục |\n|---|---|---|---|---|')
const row = (name: string, ms: number[], right: number) => {
  const p = percentiles(ms)
  console.log(
    `| ${name} | ${p.p50} | ${p.p95} | ${p.p99} | ${((100 * right) / queries.length).toFixed(1)}% |`,
  )
}
row('MiniSearch + độ tin cậy (thật)', engineMs, engineRight)
row('quét tuần tự includes (mốc)', baselineMs, baselineRight)

printBenchLine('qa-match', [
  {
    accuracy,
    before: BEFORE,
    heldOut,
    heldOutBefore: BEFORE_HELD_OUT,
    latency: { size: SIZE, queries: QUERIES, buildMs: Math.round(buildMs), ...percentiles(engineMs) },
  },
])
