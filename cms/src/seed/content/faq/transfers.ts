/** Sample answers on moving one's party membership (chuyển sinh hoạt đảng): permanent, temporary, working away, abroad. */
import type { FaqSeed } from './types.ts'

export const TRANSFERS: FaqSeed[] = [
  {
    category: 'chuyen-sinh-hoat',
    question: 'Đảng viên đi làm ăn xa thì sinh hoạt ở đâu?',
    answer:
      'Đảng viên đi làm ăn xa nơi cư trú trong thời gian dài báo cáo chi bộ và làm thủ tục chuyển sinh hoạt đảng tạm thời đến tổ chức đảng nơi làm việc hoặc nơi tạm trú. Nếu nơi đến chưa có tổ chức đảng, đảng viên báo bí thư chi bộ để được hướng dẫn cách giữ liên hệ và báo cáo định kỳ. Khi trở về, đảng viên chuyển sinh hoạt trở lại chi bộ cũ.',
    alternatives: [
      'Đi làm ăn xa nhà thì sinh hoạt chi bộ ở đâu?',
      'di lam an xa sinh hoat dang o dau',
      'Đi làm công nhân ở tỉnh khác thì sinh hoạt Đảng thế nào?',
    ],
  },
  {
    category: 'chuyen-sinh-hoat',
    question: 'Hồ sơ chuyển sinh hoạt đảng chính thức gồm những gì?',
    answer:
      'Hồ sơ gồm giấy giới thiệu sinh hoạt đảng, hồ sơ đảng viên do cấp ủy quản lý, phiếu đảng viên và các giấy tờ bổ sung theo hướng dẫn hiện hành. Văn phòng cấp ủy nơi đi kiểm tra, niêm phong hồ sơ và giao cho đảng viên hoặc chuyển theo đường công văn.',
    alternatives: ['Chuyển sinh hoạt chính thức cần giấy tờ gì?', 'ho so chuyen sinh hoat dang'],
  },
  {
    category: 'chuyen-sinh-hoat',
    question: 'Chuyển sinh hoạt tạm thời khác chuyển sinh hoạt chính thức thế nào?',
    answer:
      'Chuyển chính thức là chuyển hẳn hồ sơ và quản lý sang tổ chức đảng mới. Chuyển tạm thời chỉ trong một thời hạn: đảng viên sinh hoạt, đóng đảng phí ở nơi đến nhưng hồ sơ vẫn do tổ chức đảng nơi đi quản lý.',
    alternatives: [
      'Phân biệt sinh hoạt tạm thời và chính thức',
      'Sinh hoạt tạm thời có phải mang theo hồ sơ không?',
    ],
  },
  {
    category: 'chuyen-sinh-hoat',
    question: 'Đảng viên đi học tập trung dài hạn thì sinh hoạt đảng ở đâu?',
    answer:
      'Đảng viên đi học tập trung có thời hạn thì chuyển sinh hoạt tạm thời về tổ chức đảng của cơ sở đào tạo. Học xong, đảng viên nhận giấy giới thiệu của tổ chức đảng nơi học để trở về chi bộ cũ hoặc chuyển đến nơi công tác mới.',
    alternatives: [
      'Đi học đại học thì sinh hoạt Đảng ở trường hay ở quê?',
      'Học xong có phải chuyển sinh hoạt về không?',
    ],
  },
  {
    category: 'chuyen-sinh-hoat',
    question: 'Đảng viên đi lao động, học tập ở nước ngoài thì sinh hoạt đảng thế nào?',
    answer:
      'Trước khi đi, đảng viên báo cáo chi bộ và cấp ủy để được hướng dẫn. Ở nơi có tổ chức đảng của người Việt Nam ở nước ngoài, đảng viên chuyển sinh hoạt tạm thời đến đó; nơi chưa có thì thực hiện theo hướng dẫn hiện hành về quản lý đảng viên ở ngoài nước.',
    alternatives: ['Đi xuất khẩu lao động có phải sinh hoạt Đảng không?', 'di nuoc ngoai sinh hoat dang'],
  },
  {
    category: 'chuyen-sinh-hoat',
    question: 'Nghỉ hưu thì đảng viên chuyển sinh hoạt về đâu?',
    answer:
      'Khi có quyết định nghỉ hưu, đảng viên làm thủ tục chuyển sinh hoạt đảng chính thức từ cơ quan về chi bộ nơi cư trú. Chi bộ nơi cư trú tiếp nhận và phân công công việc phù hợp với sức khỏe.',
    alternatives: ['Về hưu sinh hoạt chi bộ ở đâu?', 'Nghỉ hưu có phải chuyển Đảng về khu dân cư không?'],
  },
  {
    category: 'chuyen-sinh-hoat',
    question: 'Giấy giới thiệu sinh hoạt đảng bị mất thì làm thế nào?',
    answer:
      'Đảng viên báo cáo ngay với tổ chức đảng nơi đi, làm bản tường trình nêu rõ hoàn cảnh. Cấp ủy nơi đi xem xét cấp lại giấy giới thiệu theo hướng dẫn; chậm báo có thể ảnh hưởng đến việc tiếp nhận sinh hoạt.',
    alternatives: ['Làm mất giấy chuyển sinh hoạt Đảng', 'mat giay gioi thieu sinh hoat dang'],
  },
  {
    category: 'chuyen-sinh-hoat',
    question: 'Đảng viên chuyển nhà sang xã khác thì có phải chuyển sinh hoạt không?',
    answer:
      'Đảng viên sinh hoạt ở chi bộ nơi cư trú mà chuyển hẳn chỗ ở sang xã, phường khác thì làm thủ tục chuyển sinh hoạt đảng chính thức đến chi bộ nơi ở mới. Nếu chỉ ở tạm một thời gian, hỏi chi bộ về chuyển sinh hoạt tạm thời.',
    alternatives: ['Chuyển chỗ ở thì sinh hoạt Đảng ở đâu?', 'Đổi nơi cư trú có phải chuyển Đảng không?'],
  },
  {
    category: 'chuyen-sinh-hoat',
    question: 'Đảng viên công tác ở cơ quan có phải báo cáo với chi bộ nơi cư trú không?',
    answer:
      'Có. Đảng viên đang công tác giữ mối liên hệ với chi ủy nơi cư trú: giới thiệu mình với chi ủy, gương mẫu thực hiện nghĩa vụ công dân ở khu dân cư, và được chi ủy nơi cư trú nhận xét để chi bộ nơi công tác tham khảo khi đánh giá cuối năm.',
    alternatives: ['Nhận xét đảng viên nơi cư trú', 'Chi ủy nơi cư trú nhận xét đảng viên thế nào?'],
  },
  {
    category: 'chuyen-sinh-hoat',
    question: 'Đi công tác biệt phái vài tháng có phải chuyển sinh hoạt tạm thời không?',
    answer:
      'Nếu thời gian công tác xa tương đối dài và nơi đến có tổ chức đảng, đảng viên nên chuyển sinh hoạt tạm thời để sinh hoạt đều đặn. Chuyến công tác ngắn thì báo cáo chi bộ, xin vắng sinh hoạt và đóng đảng phí đầy đủ khi về.',
    alternatives: [
      'Công tác biệt phái sinh hoạt Đảng ở đâu?',
      'di cong tac vai thang co chuyen sinh hoat khong',
    ],
  },
  {
    category: 'chuyen-sinh-hoat',
    question: 'Nhập ngũ thì đảng viên sinh hoạt đảng ở đâu?',
    answer:
      'Đảng viên nhập ngũ làm thủ tục chuyển sinh hoạt đảng đến tổ chức đảng trong đơn vị quân đội theo hướng dẫn của cấp ủy. Khi xuất ngũ, đảng viên nhận giấy giới thiệu để chuyển về địa phương hoặc nơi công tác mới.',
    alternatives: [
      'Đi nghĩa vụ quân sự thì sinh hoạt Đảng thế nào?',
      'Xuất ngũ chuyển sinh hoạt Đảng về địa phương',
    ],
  },
  {
    category: 'chuyen-sinh-hoat',
    question: 'Sáp nhập xã, phường thì đảng viên có phải làm lại thủ tục chuyển sinh hoạt không?',
    answer:
      'Khi sắp xếp, sáp nhập tổ chức đảng, cấp ủy có thẩm quyền ra quyết định chuyển nguyên trạng các chi bộ và đảng viên; đảng viên không phải tự làm thủ tục. Trên Sổ tay Đảng viên, chi bộ của đồng chí được cập nhật theo quyết định đó.',
    alternatives: [
      'Sáp nhập tỉnh xã thì chi bộ có thay đổi không?',
      'sap nhap xa co phai chuyen sinh hoat dang khong',
    ],
  },
]
