/** Văn bản: the Central Committee's, the province's and the member's own cell's documents, newest first. */
import { ReadingSection } from './ReadingSection.tsx'

export default function Documents() {
  return <ReadingSection kind="documents" noun="văn bản" />
}
