/** The committee's choice to turn an answered question into an answer-bank entry (đưa vào ngân hàng hỏi đáp). */
import { answerField, FAQ_CATEGORIES } from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { Field } from 'payload'
import { yesNo } from '../../../fields/yesNo.ts'

const answered = (data: Record<string, unknown> | undefined) => data?.status === 'answered'

export const publishToFaqFields: Field[] = [
  {
    type: 'collapsible',
    label: label('Đưa vào ngân hàng hỏi đáp', 'Add to the answer bank'),
    admin: { condition: answered },
    fields: [
      yesNo(
        {
          name: 'publishToFaq',
          type: 'checkbox',
          label: label(
            'Đưa vào ngân hàng hỏi đáp (không kèm tên người hỏi)',
            'Add to the answer bank (without the asker)',
          ),
          access: { create: answerField, update: answerField },
        },
        'Có',
        'Không',
      ),
      {
        name: 'faqCategory',
        type: 'select',
        options: [...FAQ_CATEGORIES],
        defaultValue: 'khac',
        label: label('Lĩnh vực', 'Category'),
        access: { create: answerField, update: answerField },
      },
      {
        name: 'faqAudience',
        type: 'select',
        defaultValue: 'members',
        options: [
          { value: 'public', label: label('Công khai (mọi người)', 'Public') },
          { value: 'members', label: label('Mọi đảng viên', 'All members') },
          {
            value: 'org',
            label: label('Đảng viên trong tổ chức và cấp dưới', 'Members of this organisation'),
          },
        ],
        label: label('Phạm vi xem', 'Audience'),
        access: { create: answerField, update: answerField },
      },
      yesNo(
        {
          name: 'faqPublish',
          type: 'checkbox',
          defaultValue: false,
          label: label('Xuất bản ngay (bỏ chọn để lưu bản nháp)', 'Publish now (otherwise a draft)'),
          access: { create: answerField, update: answerField },
        },
        'Xuất bản ngay',
        'Bản nháp',
      ),
      {
        name: 'faqEntry',
        type: 'relationship',
        relationTo: 'faq',
        label: label('Mục hỏi đáp đã tạo', 'Created FAQ entry'),
        admin: { readOnly: true },
        access: { create: answerField, update: answerField },
      },
    ],
  },
]
