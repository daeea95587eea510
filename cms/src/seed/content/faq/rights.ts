/** Sample answers on a member's rights and duties (quyền và nhiệm vụ của đảng viên) under the Party Statute. */
import type { FaqSeed } from './types.ts'

export const RIGHTS: FaqSeed[] = [
  {
    category: 'quyen-nhiem-vu',
    question: 'Đảng viên có những nhiệm vụ gì?',
    answer:
      'Điều lệ Đảng nêu các nhiệm vụ chính: tuyệt đối trung thành với mục đích lý tưởng của Đảng; gương mẫu chấp hành đường lối, pháp luật; học tập nâng cao trình độ; liên hệ mật thiết với nhân dân; tham gia xây dựng, bảo vệ Đảng, sinh hoạt đều và đóng đảng phí đúng quy định.',
    alternatives: ['Nhiệm vụ của đảng viên theo Điều lệ', 'nhiem vu dang vien'],
  },
  {
    category: 'quyen-nhiem-vu',
    question: 'Đảng viên có những quyền gì?',
    answer:
      'Đảng viên được thông tin và thảo luận các vấn đề về đường lối, chủ trương của Đảng; ứng cử, đề cử, bầu cử cơ quan lãnh đạo các cấp; phê bình, chất vấn về hoạt động của tổ chức đảng và đảng viên; trình bày ý kiến khi tổ chức đảng nhận xét, quyết định công tác hoặc kỷ luật mình.',
    alternatives: ['Quyền của đảng viên theo Điều lệ Đảng', 'quyen cua dang vien'],
  },
  {
    category: 'quyen-nhiem-vu',
    question: 'Đảng viên có được chất vấn bí thư chi bộ không?',
    answer:
      'Có. Đảng viên có quyền phê bình, chất vấn về hoạt động của tổ chức đảng và đảng viên ở mọi cấp trong phạm vi tổ chức, theo đúng nguyên tắc, thường là tại hội nghị chi bộ hoặc bằng văn bản gửi cấp ủy.',
    alternatives: ['Chất vấn trong sinh hoạt Đảng', 'Góp ý phê bình bí thư chi bộ được không?'],
  },
  {
    category: 'quyen-nhiem-vu',
    question: 'Đảng viên có được làm kinh tế tư nhân không?',
    answer:
      'Đảng viên được làm kinh tế tư nhân theo quy định của Đảng và pháp luật, phải gương mẫu chấp hành pháp luật, nghĩa vụ thuế, quyền lợi người lao động và báo cáo chi bộ theo hướng dẫn hiện hành.',
    alternatives: ['Đảng viên mở doanh nghiệp', 'dang vien kinh doanh co duoc khong'],
  },
  {
    category: 'quyen-nhiem-vu',
    question: 'Đảng viên được phát ngôn trên mạng xã hội như thế nào?',
    answer:
      'Đảng viên được sử dụng mạng xã hội nhưng phải giữ nguyên tắc, kỷ luật phát ngôn: không đăng, chia sẻ thông tin sai sự thật, trái quan điểm của Đảng hoặc bí mật nội bộ; gương mẫu, lan tỏa thông tin tích cực.',
    alternatives: ['Quy định đảng viên dùng Facebook', 'dang vien dang bai tren mang xa hoi'],
  },
  {
    category: 'quyen-nhiem-vu',
    question: 'Đảng viên có trách nhiệm gì ở khu dân cư nơi mình ở?',
    answer:
      'Đảng viên gương mẫu thực hiện nghĩa vụ công dân, tham gia sinh hoạt ở khu dân cư, vận động gia đình và hàng xóm chấp hành chủ trương, pháp luật, và phản ánh với chi ủy những vấn đề nhân dân quan tâm.',
    alternatives: ['Đảng viên gương mẫu ở nơi cư trú', 'trach nhiem dang vien o khu dan cu'],
  },
  {
    category: 'quyen-nhiem-vu',
    question: 'Đảng viên có được xin ra khỏi Đảng không?',
    answer:
      'Đảng viên có thể làm đơn xin ra khỏi Đảng. Chi bộ gặp gỡ, tìm hiểu lý do, xem xét và đề nghị cấp có thẩm quyền quyết định theo Điều lệ và hướng dẫn hiện hành.',
    alternatives: ['Đơn xin ra khỏi Đảng', 'xin ra dang co duoc khong'],
  },
  {
    category: 'quyen-nhiem-vu',
    question: 'Đảng viên có phải học tập nghị quyết mới không?',
    answer:
      'Có. Đảng viên có nhiệm vụ học tập, quán triệt nghị quyết, chỉ thị của Đảng theo kế hoạch của cấp ủy và viết thu hoạch khi được yêu cầu. Trên Sổ tay Đảng viên có mục chuyên đề học tập hằng tháng để đọc và nghe lại.',
    alternatives: ['Học tập quán triệt nghị quyết', 'Viết bài thu hoạch nghị quyết'],
  },
  {
    category: 'quyen-nhiem-vu',
    question: 'Những điều đảng viên không được làm là gì?',
    answer:
      'Có quy định riêng về những điều đảng viên không được làm, như nói, viết, làm trái nghị quyết; tham nhũng, lãng phí; tiết lộ bí mật; tham gia tệ nạn xã hội... Chi bộ phổ biến văn bản hiện hành; đồng chí có thể tìm văn bản này trong mục Văn bản.',
    alternatives: ['Quy định những điều đảng viên không được làm', 'dang vien khong duoc lam gi'],
  },
  {
    category: 'quyen-nhiem-vu',
    question: 'Đảng viên có trách nhiệm nêu gương như thế nào?',
    answer:
      'Đảng viên, nhất là cán bộ lãnh đạo, phải nêu gương về đạo đức, lối sống, tác phong, trong công việc và trong gia đình; nói đi đôi với làm; chủ động nhận trách nhiệm khi có sai sót.',
    alternatives: ['Trách nhiệm nêu gương của cán bộ đảng viên', 'quy dinh nêu guong dang vien'],
  },
  {
    category: 'quyen-nhiem-vu',
    question: 'Đảng viên có phải báo cáo khi con cái đi nước ngoài không?',
    answer:
      'Việc báo cáo về người thân ở nước ngoài thực hiện khi kê khai, bổ sung hồ sơ đảng viên và theo hướng dẫn của cấp ủy đối với từng đối tượng. Đồng chí hỏi bí thư chi bộ để biết trường hợp của mình có cần báo cáo hay không.',
    alternatives: ['Báo cáo người thân ở nước ngoài', 'con di du hoc co phai bao cao chi bo'],
  },
]
