/** Who may read a piece of content; only `public` is ever written into the static site. */
import type { Field } from 'payload'
import { label } from '../shared/label.ts'

export const AUDIENCES = ['public', 'members', 'org'] as const
export type Audience = (typeof AUDIENCES)[number]

export function audienceField(defaultValue: Audience = 'members'): Field {
  return {
    name: 'audience',
    type: 'select',
    required: true,
    defaultValue,
    index: true,
    label: label('Phạm vi xem', 'Audience'),
    options: [
      { value: 'public', label: label('Công khai (mọi người)', 'Public') },
      { value: 'members', label: label('Mọi đảng viên', 'All members') },
      { value: 'org', label: label('Đảng viên trong tổ chức và cấp dưới', 'Members of this organisation') },
    ],
    admin: {
      position: 'sidebar',
      description: label(
        'Chỉ nội dung công khai được đưa lên trang web tĩnh; nội dung khác chỉ đảng viên đã đăng nhập mới xem được.',
        'Only public content is written into the static site.',
      ),
    },
  }
}
