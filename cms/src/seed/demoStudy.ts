/**
 * Demo study (học tập): this month's topic quiz for every member of the province, a contest for cell
 * secretaries on the coming weekend, and an anonymous survey the demo commune committee sends its subtree.
 * The survey is written without its notice, so the demo inbox stays as the other demo data leaves it.
 */
import type { ID } from '@sotay/content-schemas'
import type { Payload } from 'payload'
import { SURVEYS_QUIET_CONTEXT } from '../collections/Surveys/hooks/noticeSubtree.ts'

export interface DemoStudyPlaces {
  province: ID
  committee: ID
  now: number
}

const HOUR = 3_600_000
const DAY = 24 * HOUR

const option = (text: string, correct = false) => ({ text, correct })

const TOPIC_QUIZ = [
  {
    text: 'Chi bộ sinh hoạt thường kỳ bao lâu một lần?',
    options: [option('Mỗi tuần một lần'), option('Mỗi tháng một lần', true), option('Mỗi quý một lần')],
    explanation: 'Điều lệ Đảng quy định chi bộ sinh hoạt thường kỳ mỗi tháng một lần.',
  },
  {
    text: 'Những nội dung nào thường có trong sinh hoạt chuyên đề?',
    multiple: true,
    options: [
      option('Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh', true),
      option('Quán triệt nghị quyết của cấp trên', true),
      option('Chuyện riêng của từng gia đình'),
    ],
    explanation: 'Sinh hoạt chuyên đề gắn với nghị quyết và việc học tập, làm theo Bác.',
  },
  {
    text: 'Đảng viên dự bị có quyền biểu quyết không?',
    options: [option('Có'), option('Không', true)],
    explanation:
      'Đảng viên dự bị có các quyền như đảng viên chính thức, trừ quyền biểu quyết, ứng cử và bầu cử.',
  },
  {
    text: 'Thời gian dự bị của đảng viên là bao lâu?',
    options: [option('6 tháng'), option('12 tháng', true), option('24 tháng')],
    explanation: 'Người được kết nạp vào Đảng phải trải qua thời kỳ dự bị mười hai tháng.',
  },
]

const CONTEST = [
  {
    text: 'Nhiệm vụ nào thuộc chức năng của chi bộ?',
    multiple: true,
    options: [
      option('Lãnh đạo thực hiện nhiệm vụ chính trị của đơn vị', true),
      option('Giáo dục, quản lý, phân công công việc cho đảng viên', true),
      option('Ban hành nghị quyết của cấp tỉnh'),
    ],
    explanation:
      'Chi bộ lãnh đạo nhiệm vụ chính trị, giáo dục, quản lý và phân công công việc cho đảng viên.',
  },
  {
    text: 'Bí thư chi bộ có trách nhiệm gì trước mỗi kỳ sinh hoạt?',
    options: [
      option('Chuẩn bị nội dung, thống nhất trong chi ủy và thông báo cho đảng viên', true),
      option('Chỉ cần thông báo giờ họp'),
    ],
    explanation: 'Nội dung sinh hoạt được chuẩn bị trước, thống nhất trong chi ủy (hoặc bí thư, phó bí thư).',
  },
  {
    text: 'Đảng viên bỏ sinh hoạt chi bộ bao nhiêu lần trong một năm mà không có lý do thì bị xóa tên?',
    options: [option('Hai lần'), option('Ba lần', true), option('Năm lần')],
    explanation:
      'Đảng viên bỏ sinh hoạt chi bộ ba lần trong năm không có lý do chính đáng thì chi bộ xem xét xóa tên.',
  },
]

/** The coming Saturday 08:00 to Sunday 17:00, Vietnam time (UTC+7). */
function nextWeekend(now: number): { opensAt: string; closesAt: string } {
  const vn = new Date(now + 7 * HOUR)
  const days = (6 - vn.getUTCDay() + 7) % 7 || 7
  const saturday = Date.UTC(vn.getUTCFullYear(), vn.getUTCMonth(), vn.getUTCDate() + days, 8) - 7 * HOUR
  return {
    opensAt: new Date(saturday).toISOString(),
    closesAt: new Date(saturday + DAY + 9 * HOUR).toISOString(),
  }
}

export async function writeDemoStudy(payload: Payload, at: DemoStudyPlaces): Promise<void> {
  const topics = await payload.find({ collection: 'study-topics', sort: '-createdAt', limit: 1, depth: 0 })
  const month = new Date(at.now + 7 * HOUR).getUTCMonth() + 1
  await payload.create({
    collection: 'quizzes',
    data: {
      title: `Trắc nghiệm chuyên đề tháng ${month}`,
      kind: 'quiz',
      topic: topics.docs[0]?.id,
      published: true,
      audience: 'members',
      drawCount: 3,
      timeLimitMinutes: 10,
      maxAttempts: 2,
      passPercent: 60,
      questions: TOPIC_QUIZ,
      org: at.province,
    } as never,
    depth: 0,
  })
  await payload.create({
    collection: 'quizzes',
    data: {
      title: 'Hội thi Bí thư chi bộ giỏi',
      kind: 'contest',
      published: true,
      audience: 'secretaries',
      timeLimitMinutes: 60,
      maxAttempts: 1,
      passPercent: 50,
      ...nextWeekend(at.now),
      questions: CONTEST,
      org: at.province,
    } as never,
    depth: 0,
  })
  await payload.create({
    collection: 'surveys',
    data: {
      title: 'Khảo sát việc học tập chuyên đề và sinh hoạt chi bộ',
      intro: 'Ý kiến của đồng chí giúp Đảng ủy cải tiến nội dung, hình thức sinh hoạt chi bộ.',
      published: true,
      anonymous: true,
      opensAt: new Date(at.now - DAY).toISOString(),
      closesAt: new Date(at.now + 14 * DAY).toISOString(),
      questions: [
        {
          text: 'Đồng chí đã đọc chuyên đề học tập tháng này chưa?',
          kind: 'choice',
          required: true,
          options: [{ text: 'Đã đọc hết' }, { text: 'Đọc một phần' }, { text: 'Chưa đọc' }],
        },
        {
          text: 'Hình thức học tập nào phù hợp với đồng chí?',
          kind: 'multiple',
          options: [
            { text: 'Đọc trên điện thoại' },
            { text: 'Nghe bài đọc' },
            { text: 'Tài liệu in tại chi bộ' },
          ],
        },
        { text: 'Mức độ hài lòng với buổi sinh hoạt chi bộ gần nhất', kind: 'scale', required: true },
        { text: 'Góp ý để sinh hoạt chi bộ thiết thực hơn', kind: 'text' },
      ],
      org: at.committee,
    } as never,
    depth: 0,
    context: { [SURVEYS_QUIET_CONTEXT]: true },
  })
}
