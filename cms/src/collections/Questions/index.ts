/** Members' questions (câu hỏi của đảng viên): asked in the app, answered by the bank or by the cell, then the committee above. */
import {
  answerField,
  askQuestion,
  canUseAdmin,
  deleteQuestions,
  QUESTION_MAX,
  QUESTION_STATUS_OPTIONS,
  questionStatusField,
  readQuestions,
  serverOwnedField,
  updateQuestions,
} from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig } from 'payload'
import { dayAndTime } from '../../fields/dateDisplay.ts'
import { orgFields, setOrgAncestors } from '../../fields/orgOwnership.ts'
import { assignmentFields } from './fields/assignment.ts'
import { publishToFaqFields } from './fields/publishToFaq.ts'
import { assignQuestion } from './hooks/assignQuestion.ts'
import { notifyAsker } from './hooks/notifyAsker.ts'
import { publishToFaq } from './hooks/publishToFaq.ts'
import { recordAnswer } from './hooks/recordAnswer.ts'
import { recordAutoAnswer } from './hooks/recordAutoAnswer.ts'

export const QUESTIONS_GROUP = { vi: 'Hỏi đáp', en: 'Questions' }

const byAnswerers = { create: answerField, update: answerField }

export const Questions: CollectionConfig<'questions'> = {
  slug: 'questions',
  labels: {
    singular: label('Câu hỏi', 'Question'),
    plural: label('Câu hỏi của đảng viên', 'Members’ questions'),
  },
  admin: {
    group: QUESTIONS_GROUP,
    useAsTitle: 'text',
    defaultColumns: ['text', 'status', 'assignedOrg', 'createdAt'],
    description: label(
      'Câu hỏi ngân hàng hỏi đáp chưa trả lời được; chi bộ trả lời, quá hạn thì chuyển cấp ủy cấp trên.',
      'Questions the answer bank could not answer.',
    ),
  },
  access: {
    admin: canUseAdmin,
    read: readQuestions,
    create: askQuestion,
    update: updateQuestions,
    delete: deleteQuestions,
  },
  hooks: {
    beforeChange: [setOrgAncestors, assignQuestion, recordAutoAnswer, recordAnswer, publishToFaq],
    afterChange: [notifyAsker],
  },
  fields: [
    {
      name: 'text',
      type: 'textarea',
      required: true,
      maxLength: QUESTION_MAX,
      label: label('Câu hỏi', 'Question'),
      admin: { readOnly: true },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: [...QUESTION_STATUS_OPTIONS],
      label: label('Trạng thái', 'Status'),
      access: { create: questionStatusField, update: questionStatusField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'answer',
      type: 'textarea',
      maxLength: 10_000,
      label: label('Trả lời', 'Answer'),
      access: byAnswerers,
      admin: {
        description: label(
          'Lưu câu trả lời sẽ gửi thông báo đến người hỏi.',
          'Saving sends it to the asker.',
        ),
      },
    },
    {
      name: 'autoAnswer',
      type: 'group',
      label: label('Trả lời tự động', 'Automatic answer'),
      access: serverOwnedField,
      admin: { condition: (data) => Boolean(data?.autoAnswer?.faq) },
      fields: [
        {
          name: 'faq',
          type: 'relationship',
          relationTo: 'faq',
          label: label('Mục hỏi đáp', 'FAQ entry'),
          admin: { readOnly: true },
        },
        { name: 'score', type: 'number', label: label('Độ khớp', 'Confidence'), admin: { readOnly: true } },
      ],
    },
    {
      name: 'notHelpfulAt',
      type: 'date',
      label: label('Người hỏi báo trả lời tự động chưa đúng lúc', 'Marked not helpful at'),
      access: serverOwnedField,
      admin: {
        readOnly: true,
        position: 'sidebar',
        date: dayAndTime,
        condition: (data) => Boolean(data?.notHelpfulAt),
      },
    },
    {
      name: 'asker',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: label('Người hỏi', 'Asked by'),
      access: serverOwnedField,
      admin: { readOnly: true, position: 'sidebar' },
    },
    ...assignmentFields,
    {
      name: 'pendingSince',
      type: 'date',
      index: true,
      label: label('Chờ trả lời từ', 'Waiting since'),
      access: serverOwnedField,
      admin: { readOnly: true, position: 'sidebar', date: dayAndTime },
    },
    {
      name: 'escalatedAt',
      type: 'date',
      label: label('Chuyển cấp trên lúc', 'Escalated at'),
      access: serverOwnedField,
      admin: { readOnly: true, position: 'sidebar', date: dayAndTime },
    },
    {
      name: 'answeredBy',
      type: 'relationship',
      relationTo: 'users',
      label: label('Người trả lời', 'Answered by'),
      access: serverOwnedField,
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'answeredAt',
      type: 'date',
      label: label('Trả lời lúc', 'Answered at'),
      access: serverOwnedField,
      admin: { readOnly: true, position: 'sidebar', date: dayAndTime },
    },
    ...publishToFaqFields,
    ...orgFields({ description: label('Chi bộ của người hỏi', 'The asker’s cell') }),
  ],
}
