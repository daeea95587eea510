/** What the survey functions use (`@sotay/cms/surveys`): storing answers once, the tally, charts and exports. */
export {
  type AnswerOutcome,
  answerSurvey,
  hasAnswered,
  participationKey,
  type SurveyAnswering,
} from './answerSurvey.ts'
export { surveyPath } from './hooks/noticeSubtree.ts'
export { type AnswerRow, answerRows, questionsOf, surveyResults } from './results.ts'
