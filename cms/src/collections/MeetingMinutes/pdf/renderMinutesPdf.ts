/**
 * The minutes as a party document (Hướng dẫn 36-HD/VPTW): the party organisation top left with its "*" line,
 * "ĐẢNG CỘNG SẢN VIỆT NAM" underlined top right over the place and date in italics, "BIÊN BẢN" and the meeting
 * centred, the body, then the recorder's and the chair's signature blocks side by side. A draft says "DỰ THẢO".
 */
import {
  type MinutesGenerated,
  type MinutesNote,
  type MinutesStatus,
  type MinutesVote,
  placeAndDateLine,
} from '@sotay/content-schemas'
import { PDFDocument } from 'pdf-lib'
import { A4, BLACK, embedFonts, MARGIN, Writer } from '../../../pdf/partyPage.ts'

export interface MinutesPdfContent {
  status: MinutesStatus
  generated: MinutesGenerated
  notes: MinutesNote[]
  summary: string
  placeName: string
  /** "05/01/2027 21:15" when approved. */
  approvedAt: string
}

const upper = (text: string) => text.toLocaleUpperCase('vi')
const names = (list: { name: string }[]) => list.map((p) => p.name).join(', ')

function voteLine(vote: MinutesVote): string {
  const results = vote.results.map((r) => `${r.choice}: ${r.count}`).join('; ')
  return `Biểu quyết (${vote.mode.toLocaleLowerCase('vi')}): ${vote.question}. Số người biểu quyết: ${vote.votersCount}. Kết quả: ${results}.`
}

export async function renderMinutesPdf(content: MinutesPdfContent): Promise<Uint8Array> {
  const { generated: g } = content
  const pdf = await PDFDocument.create()
  pdf.setTitle(`Biên bản — ${g.header.title}`)
  pdf.setLanguage('vi-VN')
  pdf.setProducer('Sổ tay Đảng viên')
  const fonts = await embedFonts(pdf)
  const w = new Writer(pdf, fonts)
  const bodyWidth = A4[0] - MARGIN.left - MARGIN.right
  const leftColumn: [number, number] = [MARGIN.left - 20, 230]
  const rightColumn: [number, number] = [300, A4[0] - MARGIN.right - 300]

  // Header: two columns written from the same top line.
  const top = w.y
  if (g.header.superior) w.text(upper(g.header.superior), { size: 11, align: 'center', box: leftColumn })
  w.text(upper(g.header.organisation), { font: fonts.bold, size: 11, align: 'center', box: leftColumn })
  w.text('*', { size: 11, align: 'center', box: leftColumn })
  const afterLeft = w.y
  w.y = top
  const party = 'ĐẢNG CỘNG SẢN VIỆT NAM'
  w.text(party, { font: fonts.bold, size: 12, align: 'center', box: rightColumn })
  const partyWidth = fonts.bold.widthOfTextAtSize(party, 12)
  const underlineY = w.y + 12 * 1.45 - 3
  const partyLeft = rightColumn[0] + (rightColumn[1] - partyWidth) / 2
  w.page.drawLine({
    start: { x: partyLeft, y: underlineY },
    end: { x: partyLeft + partyWidth, y: underlineY },
    thickness: 0.7,
    color: BLACK,
  })
  w.gap(6)
  const dateLine = placeAndDateLine(content.placeName, g.header.day)
  if (dateLine) w.text(dateLine, { font: fonts.italic, size: 11, align: 'center', box: rightColumn })
  w.y = Math.min(w.y, afterLeft) - 22

  if (content.status === 'draft') w.text('DỰ THẢO', { font: fonts.bold, size: 12, align: 'center' })
  w.text('BIÊN BẢN', { font: fonts.bold, size: 15, align: 'center' })
  w.text([g.header.kind, g.header.title].filter(Boolean).join(': '), {
    font: fonts.bold,
    size: 12,
    align: 'center',
  })
  w.text('-----', { align: 'center' })
  w.gap(8)

  const para = (text: string, opts: { bold?: boolean; indent?: number } = {}) => {
    for (const line of text.split(/\n+/).filter((l) => l.trim())) {
      w.text(line, { font: opts.bold ? fonts.bold : fonts.regular, indent: opts.indent ?? 24 })
    }
  }
  const heading = (text: string) => {
    w.gap(6)
    w.text(text, { font: fonts.bold })
  }

  para(`Thời gian: bắt đầu lúc ${g.header.startsAt}, dự kiến kết thúc lúc ${g.header.endsAt}.`)
  if (g.header.place) para(`Địa điểm: ${g.header.place}.`)
  para(`Chủ trì: ${g.chair || '(chưa ghi)'}. Thư ký: ${g.recorder || '(chưa ghi)'}.`)

  const a = g.attendance
  const present = a.onSite.length + a.online.length
  heading('I. THÀNH PHẦN DỰ HỌP')
  para(
    `Tổng số đảng viên được mời: ${a.invited}, trong đó miễn sinh hoạt: ${a.exempt.length}. Có mặt: ${present}/${a.expected} (tại chỗ ${a.onSite.length}, trực tuyến ${a.online.length}). Vắng có lý do: ${a.absentWithReason.length}. Vắng không có lý do: ${a.absentWithoutReason.length}.`,
  )
  if (a.onSite.length)
    para(`Có mặt tại nơi họp: ${a.onSite.map((p) => `${p.name} (${p.method})`).join(', ')}.`)
  if (a.online.length) para(`Dự trực tuyến: ${names(a.online)}.`)
  if (a.absentWithReason.length)
    para(`Vắng có lý do: ${a.absentWithReason.map((p) => `${p.name} (${p.reason})`).join(', ')}.`)
  if (a.absentWithoutReason.length) para(`Vắng không có lý do: ${names(a.absentWithoutReason)}.`)
  if (a.exempt.length) para(`Miễn sinh hoạt: ${names(a.exempt)}.`)

  heading('II. NỘI DUNG')
  const notes = new Map(content.notes.map((n) => [n.itemKey, n]))
  const writeItem = (n: number, title: string, note?: string) => {
    w.gap(2)
    w.text(`${n}. ${title}`, { font: fonts.bold, indent: 12 })
    if (note) para(note)
  }
  const writeNote = (note: MinutesNote | undefined) => {
    if (note?.discussion.trim()) para(`Ý kiến thảo luận: ${note.discussion.trim()}`)
    if (note?.conclusion.trim()) para(`Kết luận: ${note.conclusion.trim()}`)
  }
  let n = 0
  for (const item of g.items) {
    writeItem(++n, item.title, item.note)
    writeNote(notes.get(item.key))
    for (const vote of item.votes) para(voteLine(vote))
    notes.delete(item.key)
  }
  for (const note of notes.values()) {
    writeItem(++n, note.itemTitle || 'Nội dung khác')
    writeNote(note)
  }
  if (g.otherVotes.length) {
    writeItem(++n, 'Các biểu quyết khác')
    for (const vote of g.otherVotes) para(voteLine(vote))
  }

  if (content.summary.trim()) {
    heading('III. KẾT LUẬN')
    para(content.summary)
  }
  w.gap(6)
  para(
    content.status === 'approved'
      ? `Biên bản đã được thông qua lúc ${content.approvedAt}.`
      : 'Biên bản đang là dự thảo, chưa được thông qua.',
  )

  // Signatures stay together: a new page when they would not fit.
  if (w.y < MARGIN.bottom + 120) {
    w.page = pdf.addPage(A4)
    w.y = A4[1] - MARGIN.top
  }
  w.gap(16)
  const signTop = w.y
  const half = bodyWidth / 2
  const sign = (title: string, name: string, box: [number, number]) => {
    w.y = signTop
    w.text(title, { font: fonts.bold, align: 'center', box })
    w.text('(Ký, ghi rõ họ tên)', { font: fonts.italic, size: 10, align: 'center', box })
    w.gap(48)
    w.text(name || ' ', { font: fonts.bold, align: 'center', box })
  }
  sign('THƯ KÝ', g.recorder, [MARGIN.left, half])
  sign('CHỦ TRÌ', g.chair, [MARGIN.left + half, half])
  return pdf.save()
}
