/** Sample monthly study topics (chuyên đề học tập), oldest first; each ends with a short quiz. */

export interface QuizSeed {
  question: string
  options: string[]
  /** Index of the correct option. */
  correct: number
}

export interface StudyTopicSeed {
  slug: string
  title: string
  summary: string
  paragraphs: string[]
  /** Number and symbol of related documents. */
  documents: string[]
  quiz: QuizSeed[]
  /**
   * Most topics are for members; a province publishes some (the monthly topic on studying and following Hồ Chí
   * Minh's thought, morality and style first of all), so the demo site's /hoc-tap/ shows them. Default: members.
   */
  audience?: 'public' | 'members'
}

export const STUDY_TOPICS: StudyTopicSeed[] = [
  {
    slug: 'chuyen-de-phat-trien-dang-vien',
    title: 'Phát triển đảng viên ở khu dân cư và doanh nghiệp',
    summary: 'Vì sao nhiều chi bộ lâu năm không kết nạp được đảng viên, và mỗi đảng viên có thể làm gì.',
    documents: ['27-CT/TU'],
    paragraphs: [
      '## Thực trạng',
      'Ở nhiều thôn, khu phố, thanh niên đi làm ăn xa, nguồn kết nạp ít; ở doanh nghiệp, người lao động bận sản xuất, ít thời gian tìm hiểu về Đảng.',
      '## Việc chi bộ cần làm',
      'Chi bộ lập danh sách quần chúng ưu tú, phân công đảng viên giúp đỡ, giới thiệu quần chúng học lớp bồi dưỡng nhận thức về Đảng.',
      '## Liên hệ bản thân',
      'Mỗi đảng viên tự hỏi: trong năm qua mình đã giúp đỡ ai, đã giới thiệu được ai để chi bộ xem xét?',
    ],
    quiz: [
      {
        question:
          'Theo Chỉ thị 27-CT/TU (mẫu), mỗi đảng viên chính thức nhận giúp đỡ ít nhất bao nhiêu quần chúng ưu tú?',
        options: ['Một', 'Hai', 'Ba', 'Không quy định'],
        correct: 0,
      },
      {
        question: 'Thời gian dự bị của đảng viên là bao lâu?',
        options: ['6 tháng', '12 tháng', '18 tháng', '24 tháng'],
        correct: 1,
      },
      {
        question: 'Ai giới thiệu quần chúng đi học lớp bồi dưỡng nhận thức về Đảng?',
        options: ['Chi bộ', 'Gia đình quần chúng', 'Ủy ban nhân dân xã', 'Quần chúng tự đăng ký'],
        correct: 0,
      },
    ],
  },
  {
    slug: 'chuyen-de-tinh-than-dien-bien-phu',
    audience: 'public',
    title: 'Tinh thần Điện Biên Phủ trong xây dựng Đảng hôm nay',
    summary:
      'Ý chí quyết chiến, quyết thắng và bài học về sự đoàn kết, kỷ luật vận dụng vào công việc của chi bộ.',
    documents: ['145-KH/TU'],
    paragraphs: [
      '## Bài học lịch sử',
      'Chiến thắng Điện Biên Phủ ngày 7/5/1954 là kết quả của ý chí quyết chiến, quyết thắng, của sức mạnh đoàn kết toàn dân và sự lãnh đạo đúng đắn của Đảng.',
      '## Vận dụng hôm nay',
      'Tinh thần Điện Biên Phủ hôm nay là dám nghĩ, dám làm, dám chịu trách nhiệm; là kỷ luật và đoàn kết trong từng chi bộ, từng cơ quan, đơn vị.',
      'Chi bộ chọn một việc khó của địa phương để cùng bàn cách giải quyết, phân công đảng viên đi đầu thực hiện.',
    ],
    quiz: [
      {
        question: 'Chiến dịch Điện Biên Phủ toàn thắng vào ngày nào?',
        options: ['7/5/1954', '2/9/1945', '30/4/1975', '19/12/1946'],
        correct: 0,
      },
      {
        question: 'Năm 2026 kỷ niệm bao nhiêu năm Chiến thắng Điện Biên Phủ?',
        options: ['70 năm', '71 năm', '72 năm', '75 năm'],
        correct: 2,
      },
    ],
  },
  {
    slug: 'chuyen-de-hoc-tap-lam-theo-bac',
    audience: 'public',
    title: 'Học tập và làm theo Bác về ý thức tổ chức, kỷ luật',
    summary: 'Bác Hồ dạy: Đảng phải có kỷ luật nghiêm, tự giác; đảng viên nói đi đôi với làm.',
    documents: ['930-KL/TW'],
    paragraphs: [
      'Theo tư tưởng Hồ Chí Minh, sức mạnh của Đảng đến từ kỷ luật tự giác và sự nêu gương của đảng viên.',
      'Mỗi chi bộ đăng ký việc làm cụ thể, mỗi đảng viên viết bản cam kết tu dưỡng, rèn luyện và được chi bộ nhận xét cuối năm.',
      'Câu hỏi thảo luận: việc nhỏ nào trong chi bộ ta còn làm chưa nghiêm, và từ tháng này sẽ sửa ra sao?',
    ],
    quiz: [
      {
        question: 'Nguyên tắc nào là nguyên tắc tổ chức cơ bản của Đảng?',
        options: [
          'Tập trung dân chủ',
          'Thiểu số phục tùng đa số tuyệt đối',
          'Tự do hoạt động',
          'Luân phiên lãnh đạo',
        ],
        correct: 0,
      },
      {
        question: 'Việc học tập và làm theo Bác cần gắn với điều gì?',
        options: [
          'Trách nhiệm nêu gương của đảng viên',
          'Chỉ các dịp kỷ niệm',
          'Chỉ cán bộ lãnh đạo',
          'Phong trào văn nghệ',
        ],
        correct: 0,
      },
    ],
  },
  {
    slug: 'chuyen-de-kinh-te-bien-hon-may',
    title: 'Kinh tế biển và trách nhiệm của đảng viên ở đặc khu Hòn Mây',
    summary: 'Những mục tiêu chính của Nghị quyết 12-NQ/TU và việc đảng viên có thể làm ngay.',
    documents: ['12-NQ/TU'],
    paragraphs: [
      '## Mục tiêu đến năm 2030',
      'Hoàn thành khu neo đậu tàu cá, tuyến đê chắn sóng, cảng dịch vụ hậu cần nghề cá; phát triển du lịch sinh thái biển.',
      '## Đảng viên làm gì',
      'Đảng viên là ngư dân tham gia tổ đoàn kết trên biển, đi đầu chấp hành quy định về khai thác hải sản; đảng viên ở khu dân cư vận động bà con giữ gìn vệ sinh môi trường biển.',
    ],
    quiz: [
      {
        question: 'Nghị quyết 12-NQ/TU (mẫu) hướng tới mốc năm nào?',
        options: ['2025', '2030', '2035', '2045'],
        correct: 1,
      },
      {
        question: 'Tổ chức nào trên biển giúp ngư dân hỗ trợ nhau khi gặp nạn?',
        options: ['Tổ đoàn kết trên biển', 'Hội đồng nhân dân', 'Ban quản lý dự án', 'Hợp tác xã du lịch'],
        correct: 0,
      },
    ],
  },
  {
    slug: 'chuyen-de-sinh-hoat-chi-bo',
    title: 'Nâng cao chất lượng sinh hoạt chi bộ',
    summary:
      'Sinh hoạt chi bộ thường kỳ và chuyên đề: chuẩn bị thế nào, điều hành ra sao, kết luận thế nào cho rõ việc.',
    documents: ['901-QĐ/TW', '03-HD/ĐU'],
    paragraphs: [
      '## Chuẩn bị',
      'Bí thư chi bộ cùng chi ủy chuẩn bị nội dung, gửi trước cho đảng viên; chọn một vấn đề trọng tâm để thảo luận sâu.',
      '## Điều hành',
      'Phần thông tin ngắn gọn; dành phần lớn thời gian cho thảo luận; khuyến khích đảng viên trẻ phát biểu.',
      '## Kết luận',
      'Nghị quyết của chi bộ ghi rõ việc gì, ai làm, khi nào xong; kỳ sau kiểm điểm lại.',
    ],
    quiz: [
      {
        question: 'Chi bộ sinh hoạt thường kỳ bao lâu một lần?',
        options: ['Mỗi tuần', 'Mỗi tháng', 'Mỗi quý', 'Mỗi năm'],
        correct: 1,
      },
      {
        question: 'Sinh hoạt chuyên đề được tổ chức ít nhất bao lâu một lần?',
        options: ['Mỗi tháng', 'Mỗi quý', 'Sáu tháng', 'Mỗi năm'],
        correct: 1,
      },
      {
        question: 'Nghị quyết của chi bộ nên ghi rõ điều gì?',
        options: [
          'Việc gì, ai làm, khi nào xong',
          'Chỉ số người dự',
          'Chỉ ý kiến của bí thư',
          'Không cần ghi',
        ],
        correct: 0,
      },
    ],
  },
  {
    slug: 'chuyen-de-khoa-hoc-cong-nghe-chuyen-doi-so',
    audience: 'public',
    title: 'Đột phá phát triển khoa học, công nghệ và chuyển đổi số',
    summary: 'Nghị quyết 57-NQ/TW (bản tóm tắt mẫu) và việc chi bộ, đảng viên có thể làm ngay.',
    documents: ['57-NQ/TW'],
    paragraphs: [
      '## Nội dung chính',
      'Khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số là động lực chính để phát triển nhanh và bền vững; người đứng đầu cấp ủy chịu trách nhiệm trực tiếp.',
      '## Việc làm ngay',
      'Mỗi đảng viên kích hoạt tài khoản Sổ tay Đảng viên, sử dụng dịch vụ công trực tuyến, giúp ít nhất một người trong gia đình hoặc khu dân cư làm quen với công nghệ số.',
      'Chi bộ bàn một việc cụ thể để số hóa trong năm, ví dụ sổ theo dõi đảng phí hoặc biên bản sinh hoạt.',
    ],
    quiz: [
      {
        question: 'Nghị quyết 57-NQ/TW bàn về lĩnh vực nào?',
        options: [
          'Khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số',
          'Công tác cán bộ',
          'Quốc phòng, an ninh',
          'Văn hóa, thể thao',
        ],
        correct: 0,
      },
      {
        question: 'Theo nội dung chuyên đề, ai chịu trách nhiệm trực tiếp việc thực hiện?',
        options: ['Người đứng đầu cấp ủy', 'Cán bộ công nghệ thông tin', 'Đoàn thanh niên', 'Doanh nghiệp'],
        correct: 0,
      },
    ],
  },
]
