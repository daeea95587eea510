/** Sample answers on admission (kết nạp) and becoming a full member (chuyển đảng viên chính thức). */
import type { FaqSeed } from './types.ts'

export const ADMISSION: FaqSeed[] = [
  {
    category: 'ket-nap',
    question: 'Người xin vào Đảng phải đủ bao nhiêu tuổi?',
    answer:
      'Theo Điều lệ Đảng, người xin vào Đảng phải từ đủ mười tám tuổi đến sáu mươi tuổi, tính theo tháng. Trường hợp trên sáu mươi tuổi do cấp có thẩm quyền xem xét theo hướng dẫn riêng.',
    alternatives: ['Tuổi kết nạp Đảng', 'Bao nhiêu tuổi thì được vào Đảng?', 'tuoi ket nap dang'],
  },
  {
    category: 'ket-nap',
    question: 'Hồ sơ xin kết nạp Đảng gồm những giấy tờ gì?',
    answer:
      'Hồ sơ thường gồm đơn xin vào Đảng, lý lịch của người xin vào Đảng, giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng, giấy giới thiệu của đảng viên chính thức, nhận xét của đoàn thể và của chi ủy nơi cư trú, kết quả thẩm tra lý lịch. Chi bộ hướng dẫn mẫu cụ thể.',
    alternatives: ['Thủ tục hồ sơ kết nạp Đảng viên', 'ho so xin vao dang gom nhung gi'],
  },
  {
    category: 'ket-nap',
    question: 'Lý lịch người xin vào Đảng khai như thế nào?',
    answer:
      'Người xin vào Đảng tự khai lý lịch trung thực, đầy đủ theo mẫu, không tẩy xóa; phần nào chưa rõ thì ghi rõ chưa rõ. Chi bộ cử đảng viên thẩm tra, xác minh những nội dung cần thiết trước khi xét kết nạp.',
    alternatives: ['Cách khai lý lịch kết nạp Đảng', 'Thẩm tra lý lịch người vào Đảng'],
  },
  {
    category: 'ket-nap',
    question: 'Ai có thẩm quyền quyết định kết nạp đảng viên?',
    answer:
      'Chi bộ xét và đề nghị; đảng ủy cơ sở thẩm định; cấp ủy có thẩm quyền theo phân cấp hiện hành ra quyết định kết nạp. Sau khi có quyết định, chi bộ tổ chức lễ kết nạp trong thời hạn quy định.',
    alternatives: ['Cấp nào ra quyết định kết nạp Đảng?', 'quyet dinh ket nap dang vien do ai ky'],
  },
  {
    category: 'ket-nap',
    question: 'Lễ kết nạp đảng viên được tổ chức như thế nào?',
    answer:
      'Lễ kết nạp được tổ chức trang nghiêm, có cờ Đảng, cờ Tổ quốc, ảnh Chủ tịch Hồ Chí Minh; công bố quyết định kết nạp, đảng viên mới đọc lời tuyên thệ, đại diện cấp ủy giao nhiệm vụ. Mỗi lần lễ kết nạp không quá số người theo hướng dẫn.',
    alternatives: ['Trình tự lễ kết nạp Đảng', 'Lời tuyên thệ khi kết nạp Đảng'],
  },
  {
    category: 'ket-nap',
    question: 'Hồ sơ đề nghị chuyển đảng viên chính thức gồm những gì?',
    answer:
      'Hồ sơ gồm bản tự kiểm điểm của đảng viên dự bị, bản nhận xét của đảng viên được phân công giúp đỡ, ý kiến nhận xét của đoàn thể nơi làm việc và chi ủy nơi cư trú, nghị quyết đề nghị của chi bộ và của đảng ủy cơ sở.',
    alternatives: [
      'Thủ tục chuyển Đảng chính thức',
      'ho so chuyen dang chinh thuc',
      'Chuyển chính thức cần giấy tờ gì?',
    ],
  },
  {
    category: 'ket-nap',
    question: 'Hết thời gian dự bị mà chi bộ chưa xét chuyển chính thức thì sao?',
    answer:
      'Chi bộ phải xét chuyển chính thức cho đảng viên dự bị trong thời hạn quy định sau khi hết mười hai tháng dự bị. Nếu chậm, đảng viên báo cáo bí thư chi bộ hoặc cấp ủy cấp trên; tuổi Đảng vẫn tính từ ngày ghi trong quyết định công nhận.',
    alternatives: ['Chi bộ chậm xét chuyển chính thức', 'quá hạn dự bị chưa được công nhận chính thức'],
  },
  {
    category: 'ket-nap',
    question: 'Đảng viên dự bị không đủ điều kiện chuyển chính thức thì bị xử lý thế nào?',
    answer:
      'Đảng viên dự bị không đủ tư cách đảng viên chính thức thì chi bộ đề nghị cấp ủy có thẩm quyền xóa tên trong danh sách đảng viên dự bị. Việc xem xét được làm công khai, người đó được trình bày ý kiến.',
    alternatives: ['Không được công nhận đảng viên chính thức', 'Bị xóa tên đảng viên dự bị'],
  },
  {
    category: 'ket-nap',
    question: 'Đảng viên được phân công giúp đỡ đảng viên dự bị có nhiệm vụ gì?',
    answer:
      'Đảng viên chính thức được chi bộ phân công giúp đỡ có trách nhiệm bồi dưỡng, theo dõi, nhận xét đảng viên dự bị trong suốt thời gian dự bị và viết bản nhận xét khi xét chuyển chính thức.',
    alternatives: ['Người giúp đỡ đảng viên dự bị làm gì?', 'Nhận xét đảng viên dự bị'],
  },
  {
    category: 'ket-nap',
    question: 'Lớp bồi dưỡng nhận thức về Đảng học ở đâu?',
    answer:
      'Quần chúng ưu tú được chi bộ giới thiệu đi học lớp bồi dưỡng nhận thức về Đảng do trung tâm chính trị hoặc cơ quan được giao tổ chức. Học xong được cấp giấy chứng nhận để đưa vào hồ sơ xin vào Đảng.',
    alternatives: ['Học cảm tình Đảng ở đâu?', 'giay chung nhan boi duong nhan thuc ve dang'],
  },
  {
    category: 'ket-nap',
    question: 'Người đã ra khỏi Đảng có được kết nạp lại không?',
    answer:
      'Người đã ra khỏi Đảng có thể được xem xét kết nạp lại nếu đáp ứng các điều kiện, tiêu chuẩn và thủ tục riêng theo hướng dẫn hiện hành; một số trường hợp không được xem xét kết nạp lại. Đồng chí hỏi văn phòng cấp ủy để được hướng dẫn cụ thể.',
    alternatives: ['Kết nạp lại vào Đảng', 'Bị xóa tên có được vào Đảng lại không?'],
  },
  {
    category: 'ket-nap',
    question: 'Đảng viên dự bị có quyền biểu quyết không?',
    answer:
      'Đảng viên dự bị có nhiệm vụ và quyền như đảng viên chính thức, trừ quyền biểu quyết, ứng cử và bầu cử cơ quan lãnh đạo của Đảng.',
    alternatives: ['Quyền của đảng viên dự bị', 'dang vien du bi co duoc bau cu khong'],
  },
  {
    category: 'ket-nap',
    question: 'Tuổi Đảng được tính từ ngày nào?',
    answer:
      'Tuổi Đảng tính từ ngày ghi trong quyết định kết nạp, trừ thời gian không tham gia sinh hoạt đảng (bị xóa tên, khai trừ rồi kết nạp lại...). Ngày chuyển chính thức không làm thay đổi cách tính này.',
    alternatives: ['Cách tính tuổi Đảng', 'tuoi dang tinh tu ngay ket nap hay ngay chinh thuc'],
  },
]
