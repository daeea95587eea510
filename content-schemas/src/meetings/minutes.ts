/**
 * Meeting minutes (biên bản): a draft built from what happened at the meeting (attendance, agenda, closed votes),
 * the recorder's own text kept apart from it, approved by the chair and then locked. Pure: the functions hand in
 * a snapshot of the meeting and get the generated parts back, so a rebuild never touches what the recorder wrote.
 */
import { label } from '../shared/label.ts'
import { viDate, viDateTime } from '../text/dates.ts'
import { slugify } from '../text/slug.ts'
import { CHECKIN_METHODS, type CheckinMethod, type MeetingReply } from './attendance.ts'
import { MEETING_KINDS, type MeetingKind } from './kinds.ts'

export const MINUTES_STATUSES = [
  { value: 'draft', label: label('Dự thảo', 'Draft') },
  { value: 'approved', label: label('Đã thông qua', 'Approved') },
] as const
export type MinutesStatus = (typeof MINUTES_STATUSES)[number]['value']

/** Longest text the recorder may write in one box (a long discussion fits; a pasted book does not). */
export const MINUTES_TEXT_MAX = 20_000

export const MINUTES_MESSAGES = {
  locked: 'Biên bản đã được thông qua, không sửa được.',
  notFound: 'Không tìm thấy cuộc họp, hoặc đồng chí không được mời dự cuộc họp này.',
  noMinutes: 'Cuộc họp này chưa có biên bản.',
  notApproved: 'Biên bản chưa được thông qua nên chưa công bố.',
  cannotDraft: 'Chỉ thư ký hoặc người điều hành cuộc họp được lập dự thảo biên bản.',
  cannotEdit: 'Chỉ thư ký hoặc người điều hành cuộc họp được sửa biên bản.',
  cannotApprove: 'Chỉ đồng chí chủ trì cuộc họp được thông qua biên bản.',
  cancelled: 'Cuộc họp đã hủy nên không lập biên bản.',
  unknownItem: 'Mục này không có trong chương trình cuộc họp. Xin lập lại dự thảo rồi ghi tiếp.',
  longText: `Mỗi phần ghi tối đa ${MINUTES_TEXT_MAX.toLocaleString('vi-VN')} ký tự.`,
  signIn: 'Đồng chí cần đăng nhập để xem biên bản.',
  unavailable: 'Máy chủ đang khởi động, vui lòng thử lại sau ít phút.',
  drafted: 'Đã lập dự thảo biên bản từ diễn biến cuộc họp.',
  saved: 'Đã lưu biên bản.',
  approved: 'Đã thông qua biên bản. Biên bản được khóa, đảng viên được mời đều đọc được.',
} as const

/** What the functions read of a meeting to draft its minutes. */
export interface MinutesSnapshot {
  meeting: {
    title: string
    kind: MeetingKind
    startsAt: string
    endsAt: string
    place?: string | null
    agenda: { id?: string | null; title: string; note?: string | null }[]
  }
  /** The meeting's org and the one above it ("Chi bộ Thôn Đông", "Đảng bộ xã Sơn Hà"). */
  org: { name: string; parentName?: string | null }
  chair: string | null
  recorder: string | null
  attendance: {
    name: string
    exempt?: boolean | null
    reply?: MeetingReply | null
    reason?: string | null
    checkedInAt?: string | null
    checkinMethod?: CheckinMethod | null
  }[]
  /** Closed votes only; an open one has no result yet. */
  votes: {
    agendaItem?: string | null
    question: string
    secret: boolean
    choices: string[]
    counts: Record<string, number>
    votersCount: number
    closedAt?: string | null
  }[]
}

export interface MinutesVote {
  question: string
  secret: boolean
  /** "Bỏ phiếu kín" or "Biểu quyết công khai". */
  mode: string
  results: { choice: string; count: number }[]
  votersCount: number
  closedAt: string
}

export interface MinutesItem {
  /** The agenda row's id (or its position), which the recorder's notes are keyed by. */
  key: string
  title: string
  note: string
  votes: MinutesVote[]
}

/** The parts built from the meeting; frozen into the stored minutes when approved. */
export interface MinutesGenerated {
  header: {
    superior: string
    organisation: string
    kind: string
    title: string
    /** "19:30 05/01/2027". */
    startsAt: string
    endsAt: string
    place: string
    /** The Vietnam-time day the meeting sat, "2027-01-05", for the date line. */
    day: string
  }
  chair: string
  recorder: string
  attendance: {
    invited: number
    /** Invited minus exempt: those expected to attend. */
    expected: number
    onSite: { name: string; method: string }[]
    online: { name: string }[]
    absentWithReason: { name: string; reason: string }[]
    absentWithoutReason: { name: string }[]
    exempt: { name: string }[]
  }
  items: MinutesItem[]
  /** Votes whose agenda item is not on the agenda (renamed or removed since). */
  otherVotes: MinutesVote[]
}

/** What the recorder writes, kept apart from the generated parts so a rebuild never loses it. */
export interface MinutesNote {
  itemKey: string
  /** The item's title when the note was written, shown if the item later leaves the agenda. */
  itemTitle: string
  discussion: string
  conclusion: string
}

/** "quét mã QR": the label as it reads inside a sentence (its first letter only, so "QR" stays). */
function methodLabel(method: CheckinMethod | null | undefined): string {
  const text = CHECKIN_METHODS.find((m) => m.value === method)?.label.vi ?? 'Có mặt'
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1)
}

const byName = <T extends { name: string }>(list: T[]) =>
  list.sort((a, b) => a.name.localeCompare(b.name, 'vi'))

function presentVote(vote: MinutesSnapshot['votes'][number]): MinutesVote {
  const named = vote.choices.map((choice) => ({ choice, count: Number(vote.counts?.[choice] ?? 0) }))
  // A count under a choice the vote no longer names still happened; it is shown, not dropped.
  const extra = Object.entries(vote.counts ?? {})
    .filter(([choice]) => !vote.choices.includes(choice))
    .map(([choice, count]) => ({ choice, count: Number(count) }))
  return {
    question: vote.question,
    secret: vote.secret,
    mode: vote.secret ? 'Bỏ phiếu kín' : 'Biểu quyết công khai',
    results: [...named, ...extra],
    votersCount: vote.votersCount,
    closedAt: viDateTime(vote.closedAt),
  }
}

/** The Vietnam-time day ("2027-01-05") of a moment. */
function vietnamDay(value: string): string {
  const [day, month, year] = viDate(value).split('/')
  return year ? `${year}-${month}-${day}` : ''
}

export function draftMinutes(snapshot: MinutesSnapshot): MinutesGenerated {
  const { meeting } = snapshot
  const attendance: MinutesGenerated['attendance'] = {
    invited: snapshot.attendance.length,
    expected: snapshot.attendance.filter((row) => !row.exempt).length,
    onSite: [],
    online: [],
    absentWithReason: [],
    absentWithoutReason: [],
    exempt: [],
  }
  for (const row of snapshot.attendance) {
    // A member exempt from meetings who came anyway is counted present; otherwise listed apart, never absent.
    if (row.checkedInAt) {
      if (row.checkinMethod === 'online') attendance.online.push({ name: row.name })
      else attendance.onSite.push({ name: row.name, method: methodLabel(row.checkinMethod) })
    } else if (row.exempt) attendance.exempt.push({ name: row.name })
    else if (row.reply === 'absent' && row.reason?.trim())
      attendance.absentWithReason.push({ name: row.name, reason: row.reason.trim() })
    else attendance.absentWithoutReason.push({ name: row.name })
  }
  for (const list of Object.values(attendance)) if (Array.isArray(list)) byName(list)

  const closed = [...snapshot.votes].sort((a, b) =>
    String(a.closedAt ?? '').localeCompare(String(b.closedAt ?? '')),
  )
  const placed = new Set<number>()
  const items: MinutesItem[] = meeting.agenda.map((item, index) => {
    const key = item.id || String(index + 1)
    const votes = closed.flatMap((vote, i) => {
      const on = vote.agendaItem?.trim()
      if (!on || (on !== key && on !== item.title.trim())) return []
      placed.add(i)
      return [presentVote(vote)]
    })
    return { key, title: item.title, note: item.note ?? '', votes }
  })
  return {
    header: {
      superior: snapshot.org.parentName ?? '',
      organisation: snapshot.org.name,
      kind: MEETING_KINDS.find((k) => k.value === meeting.kind)?.label.vi ?? '',
      title: meeting.title,
      startsAt: viDateTime(meeting.startsAt),
      endsAt: viDateTime(meeting.endsAt),
      place: meeting.place ?? '',
      day: vietnamDay(meeting.startsAt),
    },
    chair: snapshot.chair ?? '',
    recorder: snapshot.recorder ?? '',
    attendance,
    items,
    otherVotes: closed.filter((_, i) => !placed.has(i)).map(presentVote),
  }
}

/**
 * The recorder's notes after a rebuild: one per agenda item (kept by key, empty for a new item), then any note
 * whose item has left the agenda, so nothing the recorder wrote is ever dropped.
 */
export function keepNotes(items: MinutesItem[], saved: MinutesNote[]): MinutesNote[] {
  const byKey = new Map(saved.map((note) => [note.itemKey, note]))
  const kept = items.map((item) => {
    const note = byKey.get(item.key)
    byKey.delete(item.key)
    return {
      itemKey: item.key,
      itemTitle: item.title,
      discussion: note?.discussion ?? '',
      conclusion: note?.conclusion ?? '',
    }
  })
  const orphans = [...byKey.values()].filter((note) => note.discussion.trim() || note.conclusion.trim())
  return [...kept, ...orphans]
}

/** "Sơn Hà, ngày 05 tháng 01 năm 2027": the place and date line of a party document (Hướng dẫn 36-HD/VPTW). */
export function placeAndDateLine(place: string, day: string): string {
  const [year, month, date] = day.split('-')
  const when = year ? `ngày ${date} tháng ${month} năm ${year}` : ''
  return [place.trim(), when].filter(Boolean).join(', ')
}

/** "bien-ban-chi-bo-thon-dong-05-01-2027.pdf": a download name any phone and mail client keeps intact. */
export function minutesFileName(organisation: string, day: string): string {
  const folded = slugify(organisation)
  const [year, month, date] = day.split('-')
  return `bien-ban-${folded || 'cuoc-hop'}${year ? `-${date}-${month}-${year}` : ''}.pdf`
}

/** "Sơn Hà" from "Đảng bộ xã Sơn Hà": the locality a document's date line names, guessed from the org above. */
export function localityOf(orgName: string): string {
  return orgName
    .trim()
    .replace(/^(đảng bộ|đảng ủy|chi bộ|tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy)\s+/iu, '')
    .replace(
      /^(cơ sở\s+)?(xã|phường|thị trấn|đặc khu|huyện|quận|thị xã|thành phố|tỉnh|thôn|bản|ấp|tổ dân phố)\s+/iu,
      '',
    )
    .trim()
}
