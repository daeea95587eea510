/** Surveys (khảo sát): the kinds of question a committee asks, and the limits of one survey. */
import { label } from '../shared/label.ts'

export const SURVEY_QUESTION_KINDS = [
  { value: 'choice', label: label('Chọn một phương án', 'One choice') },
  { value: 'multiple', label: label('Chọn nhiều phương án', 'Several choices') },
  { value: 'scale', label: label('Thang điểm 1–5', 'Scale 1–5') },
  { value: 'text', label: label('Trả lời tự do', 'Free text') },
] as const
export type SurveyQuestionKind = (typeof SURVEY_QUESTION_KINDS)[number]['value']

export const SURVEY_QUESTIONS_MAX = 50
export const SURVEY_OPTIONS_MAX = 12
export const SURVEY_TEXT_MAX = 2000
export const SCALE_MIN = 1
export const SCALE_MAX = 5
