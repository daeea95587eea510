/**
 * `tsx bench/speech.ts`: CPU time, audio length and size of the audio reading for 1,000 and 10,000 characters
 * of Vietnamese on both voices — espeak-ng's WebAssembly build → MP3 (what a machine with only npm has) and
 * Debian's espeak-ng → Opus (the fast path, skipped with a message when it is not installed) — against
 * Debian's espeak-ng to WAV alone as the baseline. Both run in child processes; their CPU is what is counted.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import {
  chooseSpeechEngine,
  DEBIAN_INSTALL,
  espeakSynthesizer,
  type Synthesizer,
  wasmSynthesizer,
} from '@sotay/cms/speech'
import { normalizeForSpeech } from '@sotay/content-schemas/speech/normalize'
import { printBenchLine } from './jsonLine.ts'

const PARAGRAPHS = [
  'Ngày 3/2/2026, Chi bộ thôn Đông tổ chức sinh hoạt chuyên đề, có 21/23 đảng viên tham dự, đạt 91,3%.',
  'Đ/c Bí thư Chi bộ quán triệt Nghị quyết số 57-NQ/TW của Bộ Chính trị và Chỉ thị 27-CT/TU của Ban Thường vụ Tỉnh ủy.',
  'Các đảng viên thảo luận sôi nổi về nhiệm vụ phát triển kinh tế - xã hội, bảo đảm quốc phòng - an ninh trên địa bàn.',
  'Năm 2025, thu nhập bình quân đầu người của thôn đạt 58.500.000 đồng, tăng 12,5% so với cùng kỳ.',
  'Chi bộ thống nhất giao UBND xã và MTTQ xã phối hợp triển khai kế hoạch trước ngày 15/4/2026.',
  'Hướng tới Đại hội XIV của Đảng, mỗi đảng viên cần nêu cao tinh thần gương mẫu, tự phê bình và phê bình.',
]

function vietnameseText(chars: number): string {
  let text = ''
  for (let i = 0; text.length < chars; i++) text += `${PARAGRAPHS[i % PARAGRAPHS.length]}\n`
  return text.slice(0, chars)
}

/** CPU of finished child processes (espeak-ng, opusenc, the WebAssembly child): wall time lies on a busy machine. */
function childCpuMs(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? []
  return (Number(fields[13]) + Number(fields[14])) * 10
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number
const RUNS = Number(process.env.BENCH_RUNS ?? 3)
const SIZES = [1_000, 10_000]

interface Row {
  cpuMs: number
  wallMs: number
  seconds: number
  bytes: number
  /** The server's event loop while it waited: the longest stall, in ms. */
  loopMaxMs: number
}

async function measure(synthesizer: Synthesizer, text: string): Promise<Row> {
  const cpu: number[] = []
  const wall: number[] = []
  const loop: number[] = []
  let seconds = 0
  let bytes = 0
  for (let run = 0; run < RUNS; run++) {
    const delay = monitorEventLoopDelay({ resolution: 10 })
    delay.enable()
    const t = performance.now()
    const before = childCpuMs()
    const audio = await synthesizer.synthesize(text)
    cpu.push(childCpuMs() - before)
    wall.push(performance.now() - t)
    delay.disable()
    loop.push(delay.max / 1e6)
    seconds = audio.durationSeconds ?? 0
    bytes = audio.data.length
  }
  return { cpuMs: median(cpu), wallMs: median(wall), seconds, bytes, loopMaxMs: median(loop) }
}

/** Baseline: one Debian espeak-ng call writing a WAV file, no chunking, no encoding. */
function wavBaseline(text: string): Row {
  const dir = mkdtempSync(path.join(tmpdir(), 'sotay-speech-bench-'))
  const wav = path.join(dir, 'baseline.wav')
  const cpu: number[] = []
  const wall: number[] = []
  let bytes = 0
  for (let run = 0; run < RUNS; run++) {
    const t = performance.now()
    const before = childCpuMs()
    const r = spawnSync('espeak-ng', ['-v', 'vi', '-s', '150', '-w', wav, '--stdin'], { input: text })
    cpu.push(childCpuMs() - before)
    wall.push(performance.now() - t)
    if (r.status !== 0) throw new Error(`espeak-ng lỗi: ${r.stderr}`)
    bytes = statSync(wav).size
  }
  rmSync(dir, { recursive: true, force: true })
  return { cpuMs: median(cpu), wallMs: median(wall), seconds: (bytes - 44) / 2 / 22050, bytes, loopMaxMs: 0 }
}

const n = (x: number) => Math.round(x).toLocaleString('en-US')
const kb = (bytes: number) => `${n(bytes / 1024)} KB`
const ms = (x: number) => `${x < 10 ? x.toFixed(1) : n(x)} ms`

const probe = chooseSpeechEngine({ ...process.env, SPEECH_ENGINE: '' })
const hasDebian = probe.missing.length === 0
console.log(
  `Bản đọc âm thanh (giọng vi, 150 từ/phút), trung vị của ${RUNS} lần chạy; CPU = thời gian CPU của các tiến trình con; ` +
    'vòng sự kiện = lần nghẽn dài nhất của tiến trình máy chủ trong lúc chờ\n',
)
if (!hasDebian)
  console.log(
    `! Bỏ qua espeak-ng → Opus (Debian): không tìm thấy ${probe.missing.join(', ')}. Cài bằng: ${DEBIAN_INSTALL}\n`,
  )
console.log('| ký tự (gốc → chuẩn hóa) | đường | CPU | thực | thời lượng | dung lượng | vòng sự kiện (max) |')
console.log('|---|---|---|---|---|---|---|')
const lines: object[] = []
for (const chars of SIZES) {
  const text = normalizeForSpeech(vietnameseText(chars))
  const size = `${n(chars)} → ${n(text.length)}`
  const rows: [string, Row][] = [
    ['espeak-ng WebAssembly → MP3 24 kbit/s', await measure(wasmSynthesizer(), text)],
  ]
  if (hasDebian) {
    rows.push(['espeak-ng Debian → Opus 16 kbit/s', await measure(espeakSynthesizer(), text)])
    rows.push(['espeak-ng Debian → WAV (mốc)', wavBaseline(text)])
  }
  for (const [path, r] of rows) lines.push({ chars, spokenChars: text.length, path, ...r })
  for (const [path, r] of rows)
    console.log(
      `| ${size} | ${path} | ${ms(r.cpuMs)} | ${ms(r.wallMs)} | ${n(r.seconds)} s | ${kb(r.bytes)} | ${r.loopMaxMs ? ms(r.loopMaxMs) : '—'} |`,
    )
}
printBenchLine('speech', lines)
