/**
 * One member's answers to a survey, stored once: the (survey, member) participation row and the answer row are
 * written in one transaction, so neither exists without the other. The participation row's key
 * `survey:member` is unique, so a second answer (or two racing retries) stores nothing. In an anonymous survey
 * the answer row gets a random key and no member: no column links it to the participation row.
 */
import { randomUUID } from 'node:crypto'
import type { ID, SurveyAnswers } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { inTransaction } from '../../seed/transaction.ts'

export interface SurveyAnswering {
  survey: ID
  member: ID
  /** The member's cell, for participation per org. */
  org: ID
  anonymous: boolean
  answers: SurveyAnswers
}

export type AnswerOutcome = 'answered' | 'again'

export const participationKey = (survey: ID, member: ID) => `${survey}:${member}`

export async function hasAnswered(payload: Payload, survey: ID, member: ID): Promise<boolean> {
  const { totalDocs } = await payload.count({
    collection: 'survey-participation',
    where: { id: { equals: participationKey(survey, member) } },
    overrideAccess: true,
  })
  return totalDocs > 0
}

export async function answerSurvey(payload: Payload, answering: SurveyAnswering): Promise<AnswerOutcome> {
  if (await hasAnswered(payload, answering.survey, answering.member)) return 'again'
  try {
    await inTransaction(payload, async (req) => {
      await payload.create({
        collection: 'survey-participation',
        data: {
          id: participationKey(answering.survey, answering.member),
          survey: answering.survey as number,
          member: answering.member as number,
          org: answering.org as number,
        },
        depth: 0,
        overrideAccess: true,
        req,
      })
      await payload.create({
        collection: 'survey-answers',
        data: {
          id: randomUUID(),
          survey: answering.survey as number,
          member: answering.anonymous ? null : (answering.member as number),
          answers: answering.answers,
        },
        depth: 0,
        overrideAccess: true,
        req,
      })
    })
  } catch (error) {
    // A racing retry won the unique key: the answers are already stored once.
    if (await hasAnswered(payload, answering.survey, answering.member)) return 'again'
    throw error
  }
  return 'answered'
}
