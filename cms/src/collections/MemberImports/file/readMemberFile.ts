/** Reads an uploaded member list, CSV or XLSX, into raw rows for validation. */
import type { MemberFile, RawMemberRow } from '@sotay/content-schemas'
import { APIError } from 'payload'
import { readCsv } from './csv.ts'
import { toRawRows } from './headers.ts'
import { readXlsx } from './xlsx.ts'

const startsWith = (data: Uint8Array, bytes: number[]) => bytes.every((b, i) => data[i] === b)

export async function readMemberFile({ data, name }: MemberFile): Promise<RawMemberRow[]> {
  const ext = name.toLowerCase().split('.').pop()
  if (startsWith(data, [0xd0, 0xcf, 0x11, 0xe0]) || ext === 'xls') {
    throw new APIError(
      'Tệp .xls (Excel 97–2003) không được hỗ trợ; hãy mở bằng Excel và lưu lại dạng .xlsx hoặc CSV UTF-8.',
      400,
      null,
      true,
    )
  }
  // An XLSX is a zip; trust the bytes over the name.
  if (startsWith(data, [0x50, 0x4b, 0x03, 0x04])) return toRawRows(await readXlsx(data))
  if (ext === 'xlsx') throw new APIError('Tệp .xlsx này bị hỏng hoặc không phải tệp Excel.', 400, null, true)
  return toRawRows(readCsv(data))
}
