/** Placeholder until its owner builds it: the meeting page already renders it. */
import type { MeetingPanelProps } from '../panels.ts'

export default function VotesPanel(_props: MeetingPanelProps) {
  return null
}
