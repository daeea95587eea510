/**
 * How often the answer bank finds the right entry for questions members write in their own words
 * (bench/qa-questions.ts) over the demo seed's bank, and how often it would answer on its own: right,
 * wrong, or for a question the bank has no answer to.
 */

import { demoFaqBank, FAQ } from '@sotay/cms/seed'
import { AUTO_ANSWER_CONFIDENCE } from '@sotay/content-schemas'
import { foldAccents } from '@sotay/content-schemas/text/fold'
import { OFF_BANK, QA_GROUPS, type QaGroup } from './qa-questions.ts'

export interface Accuracy {
  questions: number
  unaccented: number
  offBank: number
  /** Shares, 0..1. */
  top1: number
  top3: number
  top1Unaccented: number
  top3Unaccented: number
  /** Bank questions answered automatically (right or wrong). */
  autoAnswered: number
  /** Automatic answers that were the wrong entry, over bank questions. */
  wrongAuto: number
  /** Off-bank questions answered automatically (all wrong). */
  offBankAuto: number
}

export async function measureAccuracy(
  threshold = AUTO_ANSWER_CONFIDENCE,
  groups: QaGroup[] = QA_GROUPS,
): Promise<Accuracy> {
  const idOf = new Map(FAQ.map((f, i) => [f.question, String(i)]))
  const bank = await demoFaqBank()
  const everyone = { visibleTo: ['public'], limit: 3 }
  let asked = 0
  let unaccented = 0
  let top1 = 0
  let top3 = 0
  let top1U = 0
  let top3U = 0
  let auto = 0
  let wrongAuto = 0
  for (const group of groups) {
    const want = idOf.get(group.want)
    if (want === undefined) throw new Error(`Không có mục hỏi đáp: ${group.want}`)
    for (const text of group.asks) {
      const hits = await bank.match(text, everyone)
      const plain = foldAccents(text) === text
      asked++
      if (plain) unaccented++
      const first = hits[0]?.id === want
      const inTop3 = hits.slice(0, 3).some((h) => h.id === want)
      if (first) top1++
      if (inTop3) top3++
      if (plain && first) top1U++
      if (plain && inTop3) top3U++
      if (hits[0] && hits[0].confidence >= threshold) {
        auto++
        if (!first) wrongAuto++
      }
    }
  }
  let offBankAuto = 0
  for (const text of OFF_BANK) {
    const [best] = await bank.match(text, everyone)
    if (best && best.confidence >= threshold) offBankAuto++
  }
  return {
    questions: asked,
    unaccented,
    offBank: OFF_BANK.length,
    top1: top1 / asked,
    top3: top3 / asked,
    top1Unaccented: top1U / unaccented,
    top3Unaccented: top3U / unaccented,
    autoAnswered: auto / asked,
    wrongAuto: wrongAuto / asked,
    offBankAuto: offBankAuto / OFF_BANK.length,
  }
}
