/** Writes the sample documents, each with a generated PDF uploaded to media; existing ones are kept. */
import { foldAccents, type ID } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { CELL_NAME, DEMO_CELL, DOCUMENTS, type DocumentSeed } from './content/documents.ts'
import { renderDocumentPdf } from './pdf.ts'

const TYPE_LABELS: Record<DocumentSeed['type'], string> = {
  'nghi-quyet': 'NGHỊ QUYẾT',
  'quy-dinh': 'QUY ĐỊNH',
  'chi-thi': 'CHỈ THỊ',
  'ket-luan': 'KẾT LUẬN',
  'huong-dan': 'HƯỚNG DẪN',
  'ke-hoach': 'KẾ HOẠCH',
}

const placeAndDate = (place: string, iso: string) => {
  const [year, month, day] = iso.split('-').map(Number)
  return `${place}, ngày ${day} tháng ${month} năm ${year}`
}

/** The title as printed under the type line: without its leading "Nghị quyết số ..." words. */
const printedTitle = (seed: DocumentSeed) =>
  seed.title
    .replace(/^[^\s]+ [^\s]+ số \S+ /u, '')
    .replace(/^(Nghị quyết|Quy định|Chỉ thị|Kết luận|Hướng dẫn|Kế hoạch) /u, '')

const fileName = (symbol: string) => `${foldAccents(symbol).replace(/[^A-Za-z\d]+/g, '-')}.pdf`

async function uploadPdf(payload: Payload, seed: DocumentSeed, org: ID): Promise<ID> {
  const bytes = await renderDocumentPdf({
    header: seed.header,
    numberSymbol: seed.numberSymbol,
    placeAndDate: placeAndDate(seed.place, seed.issuedDate),
    typeLabel: TYPE_LABELS[seed.type],
    title: printedTitle(seed),
    paragraphs: seed.paragraphs,
    signature: seed.signature,
  })
  const media = await payload.create({
    collection: 'media',
    data: { alt: `${seed.numberSymbol} — ${seed.title}`, audience: seed.audience, org },
    file: {
      data: Buffer.from(bytes),
      mimetype: 'application/pdf',
      name: fileName(seed.numberSymbol),
      size: bytes.length,
    },
    depth: 0,
  })
  return media.id
}

/** The demo member's cell: where the sample internal cell document belongs, and the name it is signed with. */
export interface DemoCell {
  id: ID
  name: string
}

/** A sample written for the demo cell, with the cell's own name in it. */
const forCell = (seed: DocumentSeed, cell: DemoCell): DocumentSeed => ({
  ...seed,
  issuingBody: seed.issuingBody.replace(CELL_NAME, cell.name),
  header: seed.header.map((line) => line.replace(CELL_NAME, cell.name.toLocaleUpperCase('vi'))),
})

/** Returns number-and-symbol → id for every sample document, created now or before. */
export async function writeDocuments(
  payload: Payload,
  orgIds: Map<string, ID>,
  cell: DemoCell,
  progress: (done: number, total: number) => void,
): Promise<Map<string, ID>> {
  const existing = await payload.find({
    collection: 'documents',
    where: {
      and: [
        { numberSymbol: { in: DOCUMENTS.map((d) => d.numberSymbol) } },
        { org: { in: [...orgIds.values()] } },
      ],
    },
    depth: 0,
    limit: 0,
    pagination: false,
    select: { numberSymbol: true },
  })
  const ids = new Map(
    (existing.docs as { id: ID; numberSymbol: string }[]).map((d) => [d.numberSymbol, d.id]),
  )
  let done = 0
  for (const raw of DOCUMENTS) {
    const seed = forCell(raw, cell)
    if (!ids.has(seed.numberSymbol)) {
      const org = seed.org === DEMO_CELL ? cell.id : orgIds.get(seed.org)!
      const pdf = await uploadPdf(payload, seed, org)
      const doc = await payload.create({
        collection: 'documents',
        data: {
          numberSymbol: seed.numberSymbol,
          type: seed.type,
          title: seed.title,
          issuingBody: seed.issuingBody,
          issuedDate: new Date(`${seed.issuedDate}T00:00:00+07:00`).toISOString(),
          summary: seed.summary,
          pdf,
          classification: 'thuong',
          audience: seed.audience,
          org,
          _status: 'published',
        },
        depth: 0,
      })
      ids.set(seed.numberSymbol, doc.id)
    }
    progress(++done, DOCUMENTS.length)
  }
  return ids
}
