/** Hỏi đáp thường gặp: the answer bank's entries the member may read. */
import { ReadingSection } from './ReadingSection.tsx'

export default function Faq() {
  return <ReadingSection kind="faq" noun="câu hỏi" />
}
