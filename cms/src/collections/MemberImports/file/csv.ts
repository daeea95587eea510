/** Reads a CSV member list: UTF-8 (with or without BOM) or UTF-16 as Excel saves it, `,` `;` or tab separated. */

import Papa from 'papaparse'
import { APIError } from 'payload'
import { headerScore, type SheetRow } from './headers.ts'

const SEPARATORS = [',', ';', '\t']

function decode(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data)
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data)
  } catch {
    throw new APIError(
      'Tệp CSV không ở mã UTF-8 nên tiếng Việt sẽ bị lỗi. Trong Excel, hãy chọn Lưu thành “CSV UTF-8 (Comma delimited)”.',
      400,
      null,
      true,
    )
  }
}

const parse = (text: string, delimiter: string, preview = 0): string[][] =>
  Papa.parse<string[]>(text, { delimiter, preview, skipEmptyLines: false }).data

export function readCsv(data: Uint8Array): SheetRow[] {
  // TextDecoder drops a UTF-8 BOM but keeps a UTF-16 one as text.
  const text = decode(data).replace(/^\uFEFF/, '')
  const toRows = (records: string[][]): SheetRow[] => records.map((cells, i) => ({ row: i + 1, cells }))
  // The separator is the one under which the header row makes the most sense.
  const delimiter = SEPARATORS.reduce((best, sep) =>
    headerScore(toRows(parse(text, sep, 12))) > headerScore(toRows(parse(text, best, 12))) ? sep : best,
  )
  return toRows(parse(text, delimiter))
}
