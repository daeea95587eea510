/** A stored minutes document as the member app reads it: dates dd/mm/yyyy HH:mm, the recorder's notes per item. */
import type { MeetingMinutes, User } from '@sotay/cms'
import {
  keepNotes,
  MINUTES_STATUSES,
  type MinutesGenerated,
  type MinutesNote,
  viDateTime,
} from '@sotay/content-schemas'
import type { MinutesView } from './schemas.ts'

export function storedNotes(doc: MeetingMinutes): MinutesNote[] {
  return (doc.notes ?? []).map((note) => ({
    itemKey: note.itemKey,
    itemTitle: note.itemTitle ?? '',
    discussion: note.discussion ?? '',
    conclusion: note.conclusion ?? '',
  }))
}

/** `generated` is the live rebuild while draft (closed votes as they stand), the frozen copy once approved. */
export function presentMinutes(
  doc: MeetingMinutes,
  generated: MinutesGenerated,
  meetingId: string,
): MinutesView {
  const approvedBy = doc.approvedBy && typeof doc.approvedBy === 'object' ? (doc.approvedBy as User) : null
  return {
    status: doc.status,
    statusLabel: MINUTES_STATUSES.find((s) => s.value === doc.status)?.label.vi ?? '',
    generated,
    notes: keepNotes(generated.items, storedNotes(doc)),
    summary: doc.summary ?? '',
    placeName: doc.placeName ?? '',
    draftedAt: viDateTime(doc.draftedAt),
    approvedAt: viDateTime(doc.approvedAt),
    approvedBy: approvedBy?.fullName ?? '',
    pdfUrl: `/fn/meetings/${encodeURIComponent(meetingId)}/minutes.pdf`,
  }
}
