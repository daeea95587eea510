/** Sample answers on party fees (đảng phí), in the spirit of Quy định 01-QĐ/TW; amounts are left to the rules in force. */
import type { FaqSeed } from './types.ts'

export const FEES: FaqSeed[] = [
  {
    category: 'dang-phi',
    question: 'Chế độ đảng phí hiện nay được quy định ở văn bản nào?',
    answer:
      'Chế độ đảng phí được quy định tại Quy định số 01-QĐ/TW của Ban Chấp hành Trung ương và các hướng dẫn thực hiện. Khi có thay đổi, văn phòng cấp ủy sẽ thông báo để chi bộ áp dụng; đây là câu trả lời mẫu, không thay cho văn bản gốc.',
    alternatives: ['Quy định 01-QĐ/TW về đảng phí', 'van ban quy dinh dang phi'],
  },
  {
    category: 'dang-phi',
    question: 'Đảng viên nghỉ hưu đóng đảng phí thế nào?',
    answer:
      'Đảng viên nghỉ hưu đóng đảng phí theo tỷ lệ phần trăm trên lương hưu, thường thấp hơn đảng viên đang hưởng lương, theo quy định hiện hành. Chi bộ nơi cư trú thu hằng tháng hoặc theo cách chi bộ thống nhất.',
    alternatives: ['Đảng phí của cán bộ hưu trí', 've huu dong dang phi bao nhieu'],
  },
  {
    category: 'dang-phi',
    question: 'Đảng viên là nông dân, không có lương thì đóng đảng phí bao nhiêu?',
    answer:
      'Đảng viên không hưởng tiền lương, tiền công đóng đảng phí theo mức khoán hằng tháng do quy định hiện hành đặt ra cho từng nhóm đối tượng. Bí thư chi bộ thông báo mức cụ thể áp dụng tại địa phương.',
    alternatives: [
      'Đảng viên làm ruộng đóng đảng phí thế nào?',
      'Không có thu nhập cố định thì đảng phí tính sao?',
    ],
  },
  {
    category: 'dang-phi',
    question: 'Đảng viên tuổi cao, hoàn cảnh khó khăn có được miễn, giảm đảng phí không?',
    answer:
      'Đảng viên tuổi cao, sức khỏe yếu hoặc có hoàn cảnh đặc biệt khó khăn có thể làm đơn đề nghị; chi bộ xem xét, đề nghị cấp ủy cấp trên quyết định miễn hoặc giảm đảng phí theo quy định hiện hành.',
    alternatives: ['Xin miễn đóng đảng phí', 'Hoàn cảnh khó khăn có được giảm đảng phí không?'],
  },
  {
    category: 'dang-phi',
    question: 'Không đóng đảng phí mấy tháng thì bị xóa tên?',
    answer:
      'Theo Điều lệ Đảng, đảng viên không đóng đảng phí ba tháng trong năm mà không có lý do chính đáng thì chi bộ xem xét, đề nghị xóa tên trong danh sách đảng viên. Gặp khó khăn, đảng viên hãy báo chi bộ sớm để được xem xét.',
    alternatives: ['Nợ đảng phí có bị xóa tên không?', 'khong dong dang phi bi xu ly the nao'],
  },
  {
    category: 'dang-phi',
    question: 'Đảng viên dự bị có phải đóng đảng phí không?',
    answer:
      'Có. Đảng viên dự bị có nhiệm vụ đóng đảng phí như đảng viên chính thức, kể từ tháng được kết nạp, theo mức tương ứng với thu nhập của mình.',
    alternatives: ['Mới kết nạp đã phải đóng đảng phí chưa?', 'dang vien du bi dong dang phi'],
  },
  {
    category: 'dang-phi',
    question: 'Đảng phí được sử dụng vào việc gì?',
    answer:
      'Đảng phí thu được trích một phần để lại chi bộ và tổ chức cơ sở đảng chi cho hoạt động công tác đảng, phần còn lại nộp lên cấp trên theo tỷ lệ quy định. Việc thu, nộp, quản lý được công khai và kiểm tra định kỳ.',
    alternatives: ['Tiền đảng phí dùng để làm gì?', 'Chi bộ được giữ lại bao nhiêu đảng phí?'],
  },
  {
    category: 'dang-phi',
    question: 'Đảng viên có được tự nguyện đóng đảng phí cao hơn mức quy định không?',
    answer:
      'Có. Đảng viên có thu nhập cao hoặc có điều kiện có thể tự nguyện đóng đảng phí cao hơn mức quy định; chi bộ ghi nhận và quản lý như đảng phí thông thường.',
    alternatives: ['Tự nguyện đóng thêm đảng phí', 'dong dang phi nhieu hon muc quy dinh'],
  },
  {
    category: 'dang-phi',
    question: 'Lương thay đổi thì mức đảng phí có thay đổi theo không?',
    answer:
      'Có. Mức đảng phí của đảng viên hưởng lương tính trên tiền lương, phụ cấp nên khi lương thay đổi thì mức đóng được tính lại từ tháng áp dụng lương mới. Đảng viên báo chi bộ hoặc bộ phận tài chính của đơn vị để điều chỉnh.',
    alternatives: [
      'Tăng lương thì đảng phí tăng không?',
      'Đảng phí tính trên lương cơ bản hay tổng thu nhập?',
    ],
  },
]
