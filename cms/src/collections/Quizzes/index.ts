/**
 * Quizzes on a study topic (trắc nghiệm) and contests (hội thi): a question bank of single- and
 * multiple-answer questions, a draw per attempt, a time limit, attempts and a pass mark; a contest adds a
 * window and an audience. Correct answers and explanations are readable only by those who write quizzes:
 * members get them from the submit function, after submitting.
 */
import {
  canUseAdmin,
  createQuizzes,
  manageQuizzes,
  OPTIONS_PER_QUESTION_MAX,
  QUESTIONS_PER_QUIZ_MAX,
  QUIZ_AUDIENCES,
  QUIZ_KINDS,
  quizKeyField,
  readQuizzes,
} from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig } from 'payload'
import { orgFields, setOrgAncestors } from '../../fields/orgOwnership.ts'
import { windowRow } from '../../fields/window.ts'
import { yesNo } from '../../fields/yesNo.ts'
import { importQuestionsEndpoint } from './endpoints/importQuestions.ts'

export const Quizzes: CollectionConfig<'quizzes'> = {
  slug: 'quizzes',
  labels: { singular: label('Bài trắc nghiệm', 'Quiz'), plural: label('Trắc nghiệm và hội thi', 'Quizzes') },
  admin: {
    group: label('Học tập', 'Study'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'topic', 'opensAt', 'closesAt', 'published', 'org'],
  },
  access: {
    admin: canUseAdmin,
    read: readQuizzes,
    create: createQuizzes,
    update: manageQuizzes,
    delete: manageQuizzes,
  },
  hooks: { beforeChange: [setOrgAncestors] },
  endpoints: [importQuestionsEndpoint],
  fields: [
    { name: 'title', type: 'text', required: true, label: label('Tên bài', 'Title') },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'quiz',
      options: [...QUIZ_KINDS],
      label: label('Loại', 'Kind'),
    },
    {
      name: 'topic',
      type: 'relationship',
      relationTo: 'study-topics',
      index: true,
      label: label('Chuyên đề', 'Study topic'),
    },
    yesNo(
      {
        name: 'published',
        type: 'checkbox',
        defaultValue: false,
        index: true,
        label: label('Đã gửi tới đảng viên', 'Sent to members'),
      },
      'Đã gửi',
      'Chưa gửi',
    ),
    {
      name: 'audience',
      type: 'select',
      required: true,
      defaultValue: 'members',
      options: [...QUIZ_AUDIENCES],
      label: label('Đối tượng', 'Audience'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'drawCount',
          type: 'number',
          min: 0,
          defaultValue: 0,
          label: label('Số câu mỗi lượt (0: tất cả)', 'Questions per attempt (0: all)'),
        },
        {
          name: 'timeLimitMinutes',
          type: 'number',
          min: 0,
          defaultValue: 0,
          label: label('Thời gian (phút, 0: không giới hạn)', 'Time limit (minutes, 0: none)'),
        },
        {
          name: 'maxAttempts',
          type: 'number',
          min: 1,
          defaultValue: 1,
          label: label('Số lần làm bài', 'Attempts allowed'),
        },
        {
          name: 'passPercent',
          type: 'number',
          min: 0,
          max: 100,
          defaultValue: 50,
          label: label('Điểm đạt (%)', 'Pass mark (%)'),
        },
      ],
    },
    windowRow(),
    {
      name: 'questionImport',
      type: 'ui',
      label: label('Nhập câu hỏi từ Excel', 'Import questions from Excel'),
      // Preview, then add, through POST /api/quizzes/:id/import-questions (an import-map path, relative to cms/src).
      admin: { components: { Field: '/collections/Quizzes/admin/QuestionImport#QuestionImport' } },
    },
    {
      name: 'questions',
      type: 'array',
      maxRows: QUESTIONS_PER_QUIZ_MAX,
      label: label('Ngân hàng câu hỏi', 'Question bank'),
      labels: { singular: label('Câu hỏi', 'Question'), plural: label('Câu hỏi', 'Questions') },
      fields: [
        { name: 'text', type: 'textarea', required: true, label: label('Câu hỏi', 'Question') },
        {
          name: 'multiple',
          type: 'checkbox',
          defaultValue: false,
          label: label('Nhiều đáp án đúng', 'Several correct answers'),
        },
        {
          name: 'options',
          type: 'array',
          minRows: 2,
          maxRows: OPTIONS_PER_QUESTION_MAX,
          label: label('Phương án', 'Options'),
          fields: [
            { name: 'text', type: 'text', required: true, label: label('Nội dung', 'Text') },
            {
              name: 'correct',
              type: 'checkbox',
              defaultValue: false,
              access: { read: quizKeyField },
              label: label('Đáp án đúng', 'Correct'),
            },
          ],
        },
        {
          name: 'explanation',
          type: 'textarea',
          access: { read: quizKeyField },
          label: label('Giải thích (hiện sau khi nộp bài)', 'Explanation (shown after submitting)'),
        },
      ],
    },
    ...orgFields({ description: label('Gửi tới đảng viên của tổ chức này', 'Sent to members of this org') }),
  ],
}
