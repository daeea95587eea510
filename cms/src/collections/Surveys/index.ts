/**
 * Surveys (khảo sát): choice, multiple-choice, 1–5 scale and free-text questions, sent to every member of the
 * org's subtree within a window. An anonymous survey keeps who answered (survey-participation) apart from what
 * was answered (survey-answers), with nothing linking the two. Publishing sends one notice to the subtree.
 */
import {
  canUseAdmin,
  createSurveys,
  manageSurveys,
  readSurveys,
  SURVEY_OPTIONS_MAX,
  SURVEY_QUESTION_KINDS,
  SURVEY_QUESTIONS_MAX,
  serverOwnedField,
} from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { CollectionConfig } from 'payload'
import { orgFields, setOrgAncestors } from '../../fields/orgOwnership.ts'
import { windowRow } from '../../fields/window.ts'
import { noticeSubtree } from './hooks/noticeSubtree.ts'
import { refuseChangeOnceAnswered } from './hooks/refuseChangeOnceAnswered.ts'

export const Surveys: CollectionConfig<'surveys'> = {
  slug: 'surveys',
  labels: { singular: label('Phiếu khảo sát', 'Survey'), plural: label('Khảo sát', 'Surveys') },
  admin: {
    group: label('Học tập', 'Study'),
    useAsTitle: 'title',
    defaultColumns: ['title', 'anonymous', 'opensAt', 'closesAt', 'published', 'org'],
  },
  access: {
    admin: canUseAdmin,
    read: readSurveys,
    create: createSurveys,
    update: manageSurveys,
    delete: manageSurveys,
  },
  hooks: { beforeChange: [setOrgAncestors, refuseChangeOnceAnswered], afterChange: [noticeSubtree] },
  fields: [
    { name: 'title', type: 'text', required: true, maxLength: 200, label: label('Tên phiếu', 'Title') },
    { name: 'intro', type: 'textarea', maxLength: 2000, label: label('Lời giới thiệu', 'Introduction') },
    {
      type: 'row',
      fields: [
        {
          name: 'published',
          type: 'checkbox',
          defaultValue: false,
          index: true,
          label: label('Đã gửi tới đảng viên', 'Sent to members'),
        },
        {
          name: 'anonymous',
          type: 'checkbox',
          defaultValue: true,
          label: label('Ẩn danh (không lưu ai trả lời gì)', 'Anonymous (who answered what is not kept)'),
        },
      ],
    },
    windowRow(),
    {
      name: 'questions',
      type: 'array',
      minRows: 1,
      maxRows: SURVEY_QUESTIONS_MAX,
      label: label('Câu hỏi', 'Questions'),
      labels: { singular: label('Câu hỏi', 'Question'), plural: label('Câu hỏi', 'Questions') },
      fields: [
        { name: 'text', type: 'textarea', required: true, label: label('Câu hỏi', 'Question') },
        {
          type: 'row',
          fields: [
            {
              name: 'kind',
              type: 'select',
              required: true,
              defaultValue: 'choice',
              options: [...SURVEY_QUESTION_KINDS],
              label: label('Loại câu hỏi', 'Kind'),
            },
            {
              name: 'required',
              type: 'checkbox',
              defaultValue: false,
              label: label('Bắt buộc trả lời', 'Required'),
            },
          ],
        },
        {
          name: 'options',
          type: 'array',
          maxRows: SURVEY_OPTIONS_MAX,
          label: label('Phương án', 'Options'),
          admin: { condition: (_, row) => row?.kind === 'choice' || row?.kind === 'multiple' },
          fields: [{ name: 'text', type: 'text', required: true, label: label('Nội dung', 'Text') }],
        },
      ],
    },
    {
      name: 'notice',
      type: 'relationship',
      relationTo: 'notices',
      access: serverOwnedField,
      label: label('Thông báo đã gửi', 'Notice sent'),
      admin: { readOnly: true, position: 'sidebar' },
    },
    ...orgFields({ description: label('Gửi tới đảng viên của tổ chức này', 'Sent to members of this org') }),
  ],
}
