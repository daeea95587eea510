/**
 * One member's attempt at a quiz or contest (lượt làm bài): the questions drawn for it (indexes into the
 * bank), the server's start time, and after submitting the answers and the score. Written only by the
 * study functions; it belongs to the member's cell, so the committees above read their subtree's scores.
 */
import { canUseAdmin, readQuizAttempts, serverOwnedField, systemOnly } from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig, Field } from 'payload'
import { dayAndTime } from '../../fields/dateDisplay.ts'
import { orgFields, setOrgAncestors } from '../../fields/orgOwnership.ts'
import { yesNo } from '../../fields/yesNo.ts'

const owned = (field: Field): Field => ({ ...field, access: serverOwnedField }) as Field

export const QuizAttempts: CollectionConfig<'quiz-attempts'> = {
  slug: 'quiz-attempts',
  labels: {
    singular: label('Lượt làm bài', 'Quiz attempt'),
    plural: label('Kết quả làm bài', 'Quiz attempts'),
  },
  admin: {
    group: label('Học tập', 'Study'),
    defaultColumns: ['quiz', 'member', 'attemptNumber', 'correct', 'total', 'passed', 'submittedAt'],
  },
  access: {
    admin: canUseAdmin,
    read: readQuizAttempts,
    create: systemOnly,
    update: systemOnly,
    delete: systemOnly,
  },
  hooks: { beforeChange: [setOrgAncestors] },
  fields: [
    // `quiz:member:n`: the n-th attempt exists once, whatever two racing starts do.
    owned({ name: 'key', type: 'text', required: true, unique: true, admin: { hidden: true } }),
    owned({
      name: 'quiz',
      type: 'relationship',
      relationTo: 'quizzes',
      required: true,
      index: true,
      label: label('Bài', 'Quiz'),
    }),
    owned({
      name: 'member',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: label('Đảng viên', 'Member'),
    }),
    owned({ name: 'attemptNumber', type: 'number', required: true, min: 1, label: label('Lần', 'Attempt') }),
    owned({
      name: 'startedAt',
      type: 'date',
      required: true,
      label: label('Bắt đầu', 'Started'),
      admin: { date: dayAndTime },
    }),
    owned({ name: 'drawn', type: 'json', label: label('Câu hỏi đã bốc', 'Drawn questions') }),
    owned({
      name: 'submittedAt',
      type: 'date',
      index: true,
      label: label('Nộp bài', 'Submitted'),
      admin: { date: dayAndTime },
    }),
    owned({ name: 'answers', type: 'json', label: label('Câu trả lời', 'Answers') }),
    owned({ name: 'correct', type: 'number', label: label('Số câu đúng', 'Correct') }),
    owned({ name: 'total', type: 'number', label: label('Số câu', 'Questions') }),
    owned({ name: 'percent', type: 'number', label: label('Điểm (%)', 'Score (%)') }),
    owned(
      yesNo(
        { name: 'passed', type: 'checkbox', defaultValue: false, label: label('Đạt', 'Passed') },
        'Đạt',
        'Chưa đạt',
      ),
    ),
    owned({ name: 'durationMs', type: 'number', label: label('Thời gian làm (ms)', 'Time taken (ms)') }),
    owned({
      name: 'leftPageCount',
      type: 'number',
      defaultValue: 0,
      label: label('Số lần rời trang khi làm bài', 'Times the page was left'),
    }),
    ...orgFields({ description: label('Chi bộ của đảng viên', 'The member’s cell') }),
  ],
}
