/** The audience select every content type carries (who may read it; only `public` reaches the static site). */
import type { Audience } from '@sotay/content-schemas'
import { label } from '@sotay/content-schemas/shared/label'
import type { Field } from 'payload'

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
