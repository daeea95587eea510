/** Sample answers on cell meetings (sinh hoạt chi bộ): regular, thematic, absence, exemption. */
import type { FaqSeed } from './types.ts'

export const MEETINGS: FaqSeed[] = [
  {
    category: 'sinh-hoat-chi-bo',
    question: 'Sinh hoạt chi bộ thường kỳ gồm những nội dung gì?',
    answer:
      'Buổi sinh hoạt thường kỳ thường có: thông tin thời sự và văn bản mới, đánh giá việc thực hiện nhiệm vụ tháng trước, thảo luận và quyết định nhiệm vụ tháng tới, phân công đảng viên, kiểm tra việc đóng đảng phí. Chi ủy chuẩn bị nội dung trước.',
    alternatives: ['Nội dung buổi họp chi bộ hằng tháng', 'noi dung sinh hoat chi bo thuong ky'],
  },
  {
    category: 'sinh-hoat-chi-bo',
    question: 'Sinh hoạt chuyên đề là gì và bao lâu tổ chức một lần?',
    answer:
      'Sinh hoạt chuyên đề là buổi chi bộ đi sâu vào một chủ đề (học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, một nhiệm vụ trọng tâm...). Theo hướng dẫn hiện hành, chi bộ sinh hoạt chuyên đề ít nhất mỗi quý một lần.',
    alternatives: ['Chuyên đề sinh hoạt chi bộ mỗi quý', 'sinh hoat chuyen de la gi'],
  },
  {
    category: 'sinh-hoat-chi-bo',
    question: 'Hội nghị chi bộ cần bao nhiêu đảng viên dự mới hợp lệ?',
    answer:
      'Hội nghị chi bộ hợp lệ khi có quá nửa số đảng viên chính thức được triệu tập tham dự, không tính những đồng chí đã được miễn sinh hoạt hoặc chuyển sinh hoạt tạm thời đi nơi khác.',
    alternatives: ['Số đảng viên tối thiểu để họp chi bộ', 'Bao nhiêu người thì chi bộ họp được?'],
  },
  {
    category: 'sinh-hoat-chi-bo',
    question: 'Đảng viên bỏ sinh hoạt chi bộ nhiều lần thì bị xử lý thế nào?',
    answer:
      'Theo Điều lệ Đảng, đảng viên bỏ sinh hoạt chi bộ ba tháng trong năm mà không có lý do chính đáng thì chi bộ xem xét, đề nghị xóa tên. Vắng có lý do cần báo trước với bí thư chi bộ.',
    alternatives: ['Không đi sinh hoạt ba tháng có bị xóa tên không?', 'bo sinh hoat dang bi xu ly'],
  },
  {
    category: 'sinh-hoat-chi-bo',
    question: 'Đảng viên được miễn sinh hoạt có phải đi họp chi bộ không?',
    answer:
      'Đảng viên đã được miễn công tác và sinh hoạt đảng không bắt buộc dự sinh hoạt chi bộ, nhưng vẫn được thông tin và có thể tự nguyện dự khi sức khỏe cho phép. Chi bộ vẫn quan tâm, thăm hỏi các đồng chí.',
    alternatives: ['Miễn sinh hoạt rồi có phải dự họp không?', 'mien sinh hoat dang co phai hop chi bo'],
  },
  {
    category: 'sinh-hoat-chi-bo',
    question: 'Thủ tục xin miễn công tác và sinh hoạt đảng như thế nào?',
    answer:
      'Đảng viên làm đơn gửi chi bộ nêu lý do (tuổi cao, sức khỏe yếu...). Chi bộ xem xét tại hội nghị và quyết định theo hướng dẫn hiện hành, ghi vào nghị quyết và báo cáo cấp ủy cấp trên.',
    alternatives: ['Đơn xin miễn sinh hoạt đảng', 'Tuổi cao xin nghỉ sinh hoạt chi bộ'],
  },
  {
    category: 'sinh-hoat-chi-bo',
    question: 'Ai chủ trì buổi sinh hoạt chi bộ?',
    answer:
      'Bí thư chi bộ chủ trì; khi bí thư vắng thì phó bí thư hoặc chi ủy viên được phân công chủ trì. Chi bộ cử người ghi biên bản.',
    alternatives: ['Bí thư vắng thì ai điều hành họp chi bộ?', 'nguoi chu tri sinh hoat chi bo'],
  },
  {
    category: 'sinh-hoat-chi-bo',
    question: 'Chi bộ có được sinh hoạt ghép với chi bộ khác không?',
    answer:
      'Mỗi chi bộ sinh hoạt riêng theo nghị quyết của mình. Một số buổi học tập, quán triệt nghị quyết có thể tổ chức chung theo kế hoạch của đảng ủy cấp trên, nhưng việc của từng chi bộ vẫn do chi bộ đó bàn và quyết định.',
    alternatives: ['Sinh hoạt ghép nhiều chi bộ', 'Học nghị quyết chung có thay sinh hoạt chi bộ không?'],
  },
  {
    category: 'sinh-hoat-chi-bo',
    question: 'Cấp ủy viên cấp trên có dự sinh hoạt chi bộ không?',
    answer:
      'Có. Cấp ủy viên cấp trên được phân công theo dõi chi bộ định kỳ dự sinh hoạt để nắm tình hình, truyền đạt chủ trương và góp ý, giúp nâng cao chất lượng sinh hoạt chi bộ.',
    alternatives: ['Đảng ủy viên dự họp chi bộ', 'cap uy cap tren du sinh hoat chi bo'],
  },
  {
    category: 'sinh-hoat-chi-bo',
    question: 'Làm thế nào để nâng cao chất lượng sinh hoạt chi bộ?',
    answer:
      'Chuẩn bị kỹ nội dung, chọn vấn đề thiết thực của địa phương, để đảng viên thảo luận dân chủ, kết luận rõ việc và rõ người làm, theo dõi việc thực hiện ở buổi sau. Tránh đọc báo cáo dài và hình thức.',
    alternatives: ['Cách tổ chức sinh hoạt chi bộ hiệu quả', 'Họp chi bộ hình thức thì làm sao?'],
  },
  {
    category: 'sinh-hoat-chi-bo',
    question: 'Đảng viên có được ghi âm, chụp ảnh buổi sinh hoạt chi bộ không?',
    answer:
      'Nội dung sinh hoạt chi bộ là nội bộ. Đảng viên không tự ý ghi âm, ghi hình hoặc đưa lên mạng xã hội; việc ghi lại để phục vụ công tác do chi bộ quyết định và quản lý.',
    alternatives: ['Đăng ảnh họp chi bộ lên mạng', 'ghi am sinh hoat chi bo co duoc khong'],
  },
  {
    category: 'sinh-hoat-chi-bo',
    question: 'Nghị quyết chi bộ hằng tháng được thông qua như thế nào?',
    answer:
      'Cuối buổi sinh hoạt, người chủ trì kết luận, chi bộ biểu quyết thông qua nghị quyết nêu rõ nhiệm vụ, người thực hiện và thời hạn. Đảng viên chính thức biểu quyết; nghị quyết được lưu cùng biên bản.',
    alternatives: ['Biểu quyết nghị quyết chi bộ', 'Ra nghị quyết tháng của chi bộ'],
  },
]
