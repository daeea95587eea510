/**
 * Imports a big member list from the command line, through the same check and commit as the admin:
 *   ../node_modules/.bin/tsx src/collections/MemberImports/cli.ts danh-sach.xlsx --org CODE [--commit] [--batch 500]
 * Prints the check's summary and first errors; with --commit, one progress line per batch on stderr.
 */

import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { IMPORT_JOB_CONTEXT, MEMBER_COLUMNS, type RowError } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { openPayload } from '../../openPayload.ts'
import { progressLine, runImport } from './commit/runImport.ts'

const USAGE =
  'Cách dùng: tsx src/collections/MemberImports/cli.ts <tệp .csv|.xlsx> --org <mã tổ chức> [--commit] [--batch 500]'
const SHOWN_ERRORS = 20
const number = new Intl.NumberFormat('vi-VN')
const headers = new Map<string, string>(MEMBER_COLUMNS.map((c) => [c.key, c.header]))

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** Payload guesses no MIME type for a CSV on disk, so the file is handed over as an upload would be. */
async function memberFile(file: string) {
  const data = await readFile(file)
  const name = path.basename(file)
  return { data, name, size: data.length, mimetype: name.toLowerCase().endsWith('.xlsx') ? XLSX : 'text/csv' }
}

const describe = (e: RowError) =>
  `  Dòng ${e.row}${e.column ? ` (${headers.get(e.column)})` : ''}: ${e.message}`

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      org: { type: 'string' },
      commit: { type: 'boolean', default: false },
      batch: { type: 'string' },
    },
  })
  const file = positionals[0]
  if (!file || !values.org) {
    console.error(USAGE)
    return 2
  }
  // This process imports; it must not also start running the server's queue.
  process.env.JOBS_AUTORUN ??= 'false'
  const payload: Payload = await openPayload()

  const orgs = await payload.find({
    collection: 'orgs',
    where: { code: { equals: values.org } },
    limit: 1,
    depth: 0,
  })
  const org = orgs.docs[0]
  if (!org) {
    console.error(`Không có tổ chức nào mang mã “${values.org}”.`)
    return 1
  }
  const created = await payload.create({
    collection: 'member-imports',
    // The check sets the real status as it reads the file.
    data: { org: org.id, status: 'previewed' },
    file: await memberFile(file),
    depth: 0,
  })
  const doc = {
    id: created.id,
    totalRows: created.totalRows ?? 0,
    validRows: created.validRows ?? 0,
    errorCount: created.errorCount ?? 0,
    errors: (created.errors ?? []) as RowError[],
  }

  console.log(`Tệp: ${path.basename(file)} — lần nhập #${doc.id}, tổ chức ${values.org}`)
  console.log(
    `Số dòng: ${number.format(doc.totalRows)}; hợp lệ: ${number.format(doc.validRows)}; lỗi: ${number.format(doc.errorCount)}`,
  )
  if (doc.errorCount) {
    console.log(`Các lỗi đầu tiên:\n${doc.errors.slice(0, SHOWN_ERRORS).map(describe).join('\n')}`)
    if (doc.errorCount > SHOWN_ERRORS)
      console.log(`  … và ${number.format(doc.errorCount - SHOWN_ERRORS)} lỗi khác.`)
    console.log('Hãy sửa các dòng bị lỗi rồi chạy lại; chưa có tài khoản nào được tạo.')
    return 1
  }
  if (!values.commit) {
    console.log('Tệp hợp lệ. Chạy lại với --commit để cấp tài khoản.')
    return 0
  }

  await payload.update({
    collection: 'member-imports',
    id: doc.id,
    data: { status: 'committing' },
    context: { [IMPORT_JOB_CONTEXT]: true },
  })
  const started = performance.now()
  const totals = await runImport(payload, doc.id, {
    batchSize: values.batch ? Number(values.batch) : undefined,
    log: false,
    onBatch: (done, total) => {
      process.stderr.write(`${progressLine(done, total)}\n`)
    },
  })
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    `Hoàn tất trong ${seconds} giây: ${number.format(totals?.created ?? 0)} tài khoản mới, ` +
      `${number.format(totals?.updated ?? 0)} tài khoản được cập nhật.`,
  )
  return 0
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err)
    process.exit(1)
  },
)
