/**
 * `pnpm bench`: every benchmark, one after another, each printing its own table. BENCH_ONLY=members,fanout
 * picks some. Sizes are the issues' (60,000 members, 450,000 recipients, 1,000 and 10,000 pages); the
 * 50,000-page site build needs ~9 GiB and runs only with BENCH_SITE_SIZES=1000,10000,50000.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const tsx = path.join(here, '..', 'node_modules', '.bin', 'tsx')

const BENCHES: Record<string, { script: string; args?: string[]; what: string }> = {
  members: { script: 'members.ts', what: 'nhập 60.000 đảng viên; REST p50/p95 trên CSDL 60.000 đảng viên' },
  'province-list': {
    script: 'province-list.ts',
    what: 'danh sách đảng viên của cấp ủy tỉnh (GET /api/users?limit=100) p50/p95 c=1, req/s c=8',
  },
  fanout: { script: 'fanout.ts', what: 'gửi một thông báo tới 60.000 và 450.000 người' },
  inbox: { script: 'inbox.ts', what: 'hộp thư /fn/inbox p50/p99 theo mức đồng thời' },
  signin: {
    script: 'signin.ts',
    what: 'chi phí một lần đăng nhập (/fn và /api) so với PBKDF2 trần và node:http trần',
  },
  'meeting-checkin': {
    script: 'meeting-checkin.ts',
    what: '300 đại biểu điểm danh trong 60 giây: p50/p99 so với node:http trần',
  },
  'meetings-month': {
    script: 'meetings-month.ts',
    what: 'một tháng sinh hoạt của mọi chi bộ một tỉnh 450.000 đảng viên: ghi điểm danh, rồi báo cáo',
  },
  contest: {
    script: 'contest.ts',
    what: 'thí sinh nộp bài hội thi trong 5 phút cuối (có gửi lại sau khi rớt mạng): p50/p99 so với node:http trần',
  },
  qa: { script: 'qa-match.ts', what: 'khớp câu hỏi trên 5.000 mục hỏi đáp' },
  'member-search': { script: 'member-search.ts', what: 'tra cứu của đảng viên p50/p99 trên 10.000 mục' },
  tasks: {
    script: 'tasks.ts',
    what: 'lịch của tôi p50/p99 ở 64 đồng thời; tổng quan 10.000 nhiệm vụ của tỉnh',
  },
  reports: {
    script: 'reports.ts',
    what: 'báo cáo thống kê cả tỉnh và một xã p50/p95; xuất XLSX cả tỉnh',
  },
  speech: { script: 'speech.ts', what: 'tổng hợp giọng nói 1.000 và 10.000 ký tự' },
  'site-build': {
    script: 'site-build.ts',
    args: [process.env.BENCH_SITE_SIZES ?? '1000,10000'],
    what: 'dựng trang + chỉ mục',
  },
  'search-bytes': {
    script: 'search-bytes.ts',
    what: 'dung lượng tải một lần tìm "dang vien" trên 10.000 trang',
  },
  'site-js': { script: 'site-js.ts', what: 'JavaScript tải trên một trang bài viết' },
  lighthouse: {
    script: 'site-lighthouse.ts',
    what: 'Lighthouse di động, CPU chậm 6×: trang chủ, bài tin, văn bản, chuyên đề, tìm kiếm',
  },
  push: {
    script: 'push.ts',
    what: 'Web Push (RFC 8291 + VAPID) tới dịch vụ đẩy cục bộ: tin/giây so với POST trần cùng kết nối',
  },
  'lambda-cold': {
    script: 'lambda-cold.ts',
    what: 'khởi động lạnh hàm Lambda tới câu trả lời hộp thư đầu tiên, so với một tiến trình node trần',
  },
  'org-merge': {
    script: 'org-merge.ts',
    what: 'sáp nhập hai xã, mỗi xã BENCH_MERGE_MEMBERS đảng viên, so với một câu UPDATE thô',
  },
}

const only = process.env.BENCH_ONLY?.split(',')
const failed: string[] = []
for (const [name, bench] of Object.entries(BENCHES)) {
  if (only && !only.includes(name)) continue
  console.log(`\n# ${name}: ${bench.what}\n`)
  const run = spawnSync(tsx, [path.join(here, bench.script), ...(bench.args ?? [])], {
    stdio: 'inherit',
    cwd: here,
  })
  if (run.status !== 0) failed.push(name)
}
if (failed.length) {
  console.error(`\nCác phép đo thất bại: ${failed.join(', ')}`)
  process.exit(1)
}
