/** The Vietnamese refusals of surveys, in one place for the functions and their tests. */
export const SURVEY_MESSAGES = {
  notFound: 'Không tìm thấy phiếu khảo sát này, hoặc phiếu không gửi tới đồng chí.',
  notOpen: 'Phiếu khảo sát chưa mở. Vui lòng quay lại trong thời gian khảo sát.',
  closed: 'Phiếu khảo sát đã kết thúc, không nhận trả lời nữa.',
  already: 'Đồng chí đã trả lời phiếu khảo sát này. Mỗi người chỉ trả lời một lần.',
  required: 'Vui lòng trả lời câu hỏi bắt buộc: ',
  badChoice: 'Phương án đã chọn không có trong câu hỏi: ',
  oneChoice: 'Chỉ được chọn một phương án ở câu: ',
  badScale: 'Điểm phải là số nguyên từ 1 đến 5 ở câu: ',
  tooLong: 'Câu trả lời quá dài (tối đa 2000 ký tự) ở câu: ',
  unknownQuestion: 'Câu trả lời không khớp với câu hỏi nào của phiếu.',
  signIn: 'Vui lòng đăng nhập để trả lời khảo sát.',
  notYourOrg: 'Đồng chí không quản lý tổ chức này nên không xem được kết quả khảo sát.',
  notManager: 'Chỉ cấp ủy của tổ chức gửi phiếu mới xem được kết quả khảo sát.',
  unavailable: 'Hệ thống đang khởi động, vui lòng thử lại sau ít phút.',
} as const
