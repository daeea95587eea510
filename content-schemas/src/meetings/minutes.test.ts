import { describe, expect, it } from 'vitest'
import {
  draftMinutes,
  keepNotes,
  type MinutesSnapshot,
  minutesFileName,
  placeAndDateLine,
} from './minutes.ts'

const snapshot: MinutesSnapshot = {
  meeting: {
    title: 'Sinh hoạt chi bộ tháng 01/2027',
    kind: 'thuong-ky',
    startsAt: '2027-01-04T18:00:00Z', // 05/01/2027 01:00 in Hà Nội
    endsAt: '2027-01-04T20:00:00Z',
    place: 'Nhà văn hóa thôn Đông',
    agenda: [
      { id: 'a1', title: 'Kiểm điểm công tác tháng 12' },
      { id: 'a2', title: 'Kết nạp đảng viên mới', note: 'Quần chúng Lê Văn Tâm' },
    ],
  },
  org: { name: 'Chi bộ Thôn Đông', parentName: 'Đảng bộ xã Sơn Hà' },
  chair: 'Nguyễn Văn An',
  recorder: 'Trần Thị Bình',
  attendance: [
    { name: 'Đỗ Thị Hoa', checkedInAt: '2027-01-04T18:01:00Z', checkinMethod: 'qr' },
    { name: 'Lê Văn Cường', checkedInAt: '2027-01-04T18:02:00Z', checkinMethod: 'online' },
    { name: 'Phạm Văn Dũng', reply: 'absent', reason: 'Đi công tác' },
    { name: 'Hoàng Văn Em' },
    { name: 'Vũ Thị Gấm', exempt: true },
  ],
  votes: [
    {
      agendaItem: 'Kết nạp đảng viên mới',
      question: 'Đề nghị kết nạp quần chúng Lê Văn Tâm',
      secret: true,
      choices: ['Tán thành', 'Không tán thành'],
      counts: { 'Tán thành': 2, 'Không tán thành': 0 },
      votersCount: 2,
      closedAt: '2027-01-04T19:00:00Z',
    },
    {
      agendaItem: 'Mục đã bỏ',
      question: 'Thông qua lịch trực',
      secret: false,
      choices: ['Tán thành'],
      counts: { 'Tán thành': 1 },
      votersCount: 1,
      closedAt: '2027-01-04T19:10:00Z',
    },
  ],
}

describe('drafting the minutes from the meeting', () => {
  const draft = draftMinutes(snapshot)

  it('sorts the invited into present on site, online, absent with and without a reason, and exempt', () => {
    expect(draft.attendance).toMatchObject({
      invited: 5,
      expected: 4,
      onSite: [{ name: 'Đỗ Thị Hoa', method: 'quét mã QR' }],
      online: [{ name: 'Lê Văn Cường' }],
      absentWithReason: [{ name: 'Phạm Văn Dũng', reason: 'Đi công tác' }],
      absentWithoutReason: [{ name: 'Hoàng Văn Em' }],
      exempt: [{ name: 'Vũ Thị Gấm' }],
    })
  })

  it('writes the header in Vietnam time and puts each closed vote under its agenda item', () => {
    expect(draft.header).toMatchObject({
      organisation: 'Chi bộ Thôn Đông',
      superior: 'Đảng bộ xã Sơn Hà',
      kind: 'Sinh hoạt thường kỳ',
      startsAt: '05/01/2027 01:00',
      day: '2027-01-05',
    })
    expect(draft.items[1]?.votes[0]).toMatchObject({
      mode: 'Bỏ phiếu kín',
      results: [
        { choice: 'Tán thành', count: 2 },
        { choice: 'Không tán thành', count: 0 },
      ],
      votersCount: 2,
    })
    expect(draft.otherVotes.map((v) => v.question)).toEqual(['Thông qua lịch trực'])
  })

  it('keeps the recorder’s notes by item across a rebuild, and never drops a note whose item left', () => {
    const saved = [
      { itemKey: 'a1', itemTitle: 'cũ', discussion: 'Ý kiến của đồng chí Hoa', conclusion: 'Đạt' },
      { itemKey: 'gone', itemTitle: 'Mục đã bỏ', discussion: 'Ghi chép cũ', conclusion: '' },
    ]
    const notes = keepNotes(draft.items, saved)
    expect(notes.map((n) => [n.itemKey, n.itemTitle, n.discussion])).toEqual([
      ['a1', 'Kiểm điểm công tác tháng 12', 'Ý kiến của đồng chí Hoa'],
      ['a2', 'Kết nạp đảng viên mới', ''],
      ['gone', 'Mục đã bỏ', 'Ghi chép cũ'],
    ])
  })

  it('writes the date line and a download name without marks', () => {
    expect(placeAndDateLine('Sơn Hà', '2027-01-05')).toBe('Sơn Hà, ngày 05 tháng 01 năm 2027')
    expect(minutesFileName('Chi bộ Thôn Đông', '2027-01-05')).toBe('bien-ban-chi-bo-thon-dong-05-01-2027.pdf')
  })
})
