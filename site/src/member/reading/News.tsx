/** Tin tức: the news the member may read, internal news of their own cell and committees first. */
import { ReadingSection } from './ReadingSection.tsx'

export default function News() {
  return <ReadingSection kind="news" noun="tin" />
}
