/** The demo answer bank in an embedded matcher, as the CMS loads it (answers included): for tests and the bench. */
import { FaqBank } from '../search/faqBank.ts'
import { createMiniSearchIndex } from '../search/miniSearchIndex.ts'
import { FAQ } from './content/faq.ts'

/** Entry ids are the entries' positions in FAQ. */
export async function demoFaqBank(): Promise<FaqBank> {
  const bank = new FaqBank(createMiniSearchIndex())
  await bank.upsert(
    FAQ.map((f, i) => ({
      id: String(i),
      question: f.question,
      alternatives: f.alternatives,
      answer: f.answer,
      visibleTo: ['public'],
    })),
  )
  return bank
}
