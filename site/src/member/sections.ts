/**
 * The member app's sections (mục), in menu order. Adding one is one entry here: a slug (its address is
 * /thanh-vien/<slug>/), a title, and `load` importing the island's module, whose default export receives
 * SectionProps. A section without `load` shows "Sắp có".
 */
import type { SectionComponent } from './types.ts'

export interface MemberSection {
  slug: string
  title: string
  /** One line under the title on the home screen. */
  description: string
  load?: () => Promise<{ default: SectionComponent }>
}

export const SECTIONS: MemberSection[] = [
  {
    slug: 'tin-tuc',
    title: 'Tin tức',
    description: 'Tin trong ngày, cả tin nội bộ của cấp ủy',
    load: () => import('./reading/News.tsx'),
  },
  {
    slug: 'van-ban',
    title: 'Văn bản',
    description: 'Văn bản của Trung ương, của tỉnh và của chi bộ',
    load: () => import('./reading/Documents.tsx'),
  },
  {
    slug: 'hoc-tap',
    title: 'Học tập',
    description: 'Chuyên đề học tập hằng tháng',
    load: () => import('./reading/Study.tsx'),
  },
  {
    slug: 'trac-nghiem',
    title: 'Trắc nghiệm',
    description: 'Bài trắc nghiệm theo chuyên đề và hội thi',
    load: () => import('./study/Quizzes.tsx'),
  },
  {
    slug: 'khao-sat',
    title: 'Khảo sát',
    description: 'Phiếu khảo sát của cấp ủy, có phiếu ẩn danh',
    load: () => import('./surveys/Surveys.tsx'),
  },
  {
    slug: 'tra-cuu',
    title: 'Tra cứu',
    description: 'Tìm mọi tài liệu, gõ không dấu cũng được',
    load: () => import('./reading/Search.tsx'),
  },
  {
    slug: 'sinh-hoat',
    title: 'Sinh hoạt chi bộ',
    description: 'Lịch họp, giấy mời, trả lời có mặt hoặc vắng',
    load: () => import('./meetings/Meetings.tsx'),
  },
  {
    slug: 'hop-thu',
    title: 'Hộp thư thông báo',
    description: 'Thông báo của chi bộ và cấp ủy gửi đến bạn',
    load: () => import('./inbox/Inbox.tsx'),
  },
  {
    slug: 'hoi-dap',
    title: 'Hỏi đáp',
    description: 'Đặt câu hỏi về công tác Đảng',
    load: () => import('./questions/Ask.tsx'),
  },
  {
    slug: 'hoi-dap-thuong-gap',
    title: 'Hỏi đáp thường gặp',
    description: 'Câu hỏi hay gặp và câu trả lời có sẵn',
    load: () => import('./reading/Faq.tsx'),
  },
  {
    slug: 'cau-hoi-cua-toi',
    title: 'Câu hỏi của tôi',
    description: 'Các câu hỏi bạn đã gửi và câu trả lời',
    load: () => import('./questions/MyQuestions.tsx'),
  },
  {
    slug: 'cai-dat-thong-bao',
    title: 'Cài đặt thông báo',
    description: 'Nhận thông báo trên điện thoại này',
    load: () => import('./settings/NotificationSettings.tsx'),
  },
  {
    slug: 'diem-danh',
    title: 'Điểm danh',
    description: 'Quét mã QR hoặc nhập mã số khi đến họp chi bộ',
    load: () => import('./meetings/checkin/CheckinSection.tsx'),
  },
  {
    slug: 'nhiem-vu',
    title: 'Nhiệm vụ',
    description: 'Nhiệm vụ được giao, báo cáo tiến độ',
    load: () => import('./tasks/Tasks.tsx'),
  },
  {
    slug: 'lich',
    title: 'Lịch của tôi',
    description: 'Việc riêng, lịch họp và hạn nhiệm vụ',
    load: () => import('./calendar/Calendar.tsx'),
  },
  {
    slug: 'cua-toi',
    title: 'Của tôi',
    description: 'Thông tin đảng viên của bạn và đề nghị sửa',
    load: () => import('./profile/Profile.tsx'),
  },
  {
    slug: 'doc-offline',
    title: 'Đọc khi không có mạng',
    description: 'Những mục đã lưu và đã mở gần đây trên điện thoại này',
    load: () => import('./offline/OfflineItems.tsx'),
  },
]

export const sectionBySlug = (slug: string) => SECTIONS.find((s) => s.slug === slug)
