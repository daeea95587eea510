/** What members read when a question call is refused or accepted. */
import { QUESTION_MAX, QUESTION_MIN } from '@sotay/content-schemas'

export const MESSAGES = {
  signIn: 'Đồng chí cần đăng nhập để gửi và xem câu hỏi.',
  noText: 'Vui lòng nhập nội dung câu hỏi.',
  tooShort: `Câu hỏi quá ngắn: cần ít nhất ${QUESTION_MIN} ký tự.`,
  tooLong: `Câu hỏi quá dài: tối đa ${QUESTION_MAX.toLocaleString('vi-VN')} ký tự.`,
  noCell:
    'Tài khoản của đồng chí chưa thuộc chi bộ nào nên chưa gửi câu hỏi được. Vui lòng báo bí thư chi bộ.',
  notFound: 'Không tìm thấy câu hỏi này trong các câu hỏi của đồng chí.',
  alreadyWithPerson: 'Câu hỏi này đã được chuyển đến chi bộ, không cần báo lại.',
  sentToCell: 'Câu hỏi đã được gửi đến bí thư chi bộ. Đồng chí sẽ nhận được thông báo khi có câu trả lời.',
  notHelpfulSent: 'Đã chuyển câu hỏi đến bí thư chi bộ để trả lời trực tiếp.',
  shortQuery: 'Nhập ít nhất 2 ký tự để tìm trong hỏi đáp.',
  longQuery: 'Nội dung tìm kiếm quá dài (tối đa 200 ký tự).',
  unavailable: 'Máy chủ đang khởi động, vui lòng thử lại sau ít phút.',
}
