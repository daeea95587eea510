/** Quizzes (trắc nghiệm) and contests (hội thi): their kinds, who may sit a contest, and the limits. */
import { label } from '../shared/label.ts'

export const QUIZ_KINDS = [
  { value: 'quiz', label: label('Trắc nghiệm theo chuyên đề', 'Topic quiz') },
  { value: 'contest', label: label('Hội thi', 'Contest') },
] as const
export type QuizKind = (typeof QUIZ_KINDS)[number]['value']

/** Who may sit it, inside the quiz's org subtree: every member, or only holders of a `secretary` grant. */
export const QUIZ_AUDIENCES = [
  { value: 'members', label: label('Mọi đảng viên trong tổ chức', 'Every member of the subtree') },
  { value: 'secretaries', label: label('Bí thư chi bộ trong tổ chức', 'Cell secretaries of the subtree') },
] as const
export type QuizAudience = (typeof QUIZ_AUDIENCES)[number]['value']

export const QUESTIONS_PER_QUIZ_MAX = 100
export const OPTIONS_PER_QUESTION_MAX = 8
