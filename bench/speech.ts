/**
 * `tsx bench/speech.ts`: time and size of the audio reading for 1,000 and 10,000 characters of Vietnamese,
 * the real pipeline (normalise → espeak-ng in sentence chunks → opusenc) against espeak-ng to WAV alone.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { espeakSynthesizer } from '../cms/src/speech/espeak.ts'
import { normalizeForSpeech } from '../content-schemas/src/speech/normalize.ts'

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

/** CPU seconds used by finished child processes (espeak-ng, opusenc): wall time lies on a busy machine. */
function childCpuMs(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? []
  return (Number(fields[13]) + Number(fields[14])) * 10
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number
const RUNS = Number(process.env.BENCH_RUNS ?? 3)

async function measure(chars: number) {
  const raw = vietnameseText(chars)
  const dir = mkdtempSync(path.join(tmpdir(), 'sotay-speech-bench-'))
  const normaliseMs: number[] = []
  const wavMs: number[] = []
  const opusMs: number[] = []
  const wavCpu: number[] = []
  const opusCpu: number[] = []
  let wavBytes = 0
  let opusBytes = 0
  let seconds = 0
  let text = ''
  for (let run = 0; run < RUNS; run++) {
    let t = performance.now()
    text = normalizeForSpeech(raw)
    normaliseMs.push(performance.now() - t)

    // Baseline: one espeak-ng call writing a WAV file, no chunking, no encoding.
    const wav = path.join(dir, 'baseline.wav')
    t = performance.now()
    let cpu = childCpuMs()
    const r = spawnSync('espeak-ng', ['-v', 'vi', '-s', '150', '-w', wav, '--stdin'], { input: text })
    wavMs.push(performance.now() - t)
    wavCpu.push(childCpuMs() - cpu)
    if (r.status !== 0) throw new Error(`espeak-ng lỗi: ${r.stderr}`)
    wavBytes = statSync(wav).size

    t = performance.now()
    cpu = childCpuMs()
    const audio = await espeakSynthesizer().synthesize(text)
    opusMs.push(performance.now() - t)
    opusCpu.push(childCpuMs() - cpu)
    opusBytes = audio.data.length
    seconds = audio.durationSeconds ?? 0
  }
  rmSync(dir, { recursive: true, force: true })
  return {
    chars,
    spoken: text.length,
    normaliseMs: median(normaliseMs),
    wavMs: median(wavMs),
    wavCpu: median(wavCpu),
    wavBytes,
    opusMs: median(opusMs),
    opusCpu: median(opusCpu),
    opusBytes,
    seconds,
  }
}

const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en-US')} KB`
const ms = (x: number) => `${x < 10 ? x.toFixed(1) : Math.round(x)} ms`

console.log(
  `Bản đọc âm thanh: espeak-ng (giọng vi), trung vị của ${RUNS} lần chạy; CPU = thời gian CPU của tiến trình con\n`,
)
console.log(
  '| ký tự (gốc → chuẩn hóa) | chuẩn hóa | espeak-ng → WAV (mốc): thực / CPU | WAV | espeak-ng → Opus (thật): thực / CPU | Opus | thời lượng |',
)
console.log('|---|---|---|---|---|---|---|')
for (const chars of [1_000, 10_000]) {
  const r = await measure(chars)
  const n = (x: number) => x.toLocaleString('en-US')
  console.log(
    `| ${n(r.chars)} → ${n(r.spoken)} | ${ms(r.normaliseMs)} | ${ms(r.wavMs)} / ${ms(r.wavCpu)} | ${kb(r.wavBytes)} | ${ms(r.opusMs)} / ${ms(r.opusCpu)} | ${kb(r.opusBytes)} | ${Math.round(r.seconds)} s |`,
  )
}
