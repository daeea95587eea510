/** The Vietnamese refusals of quizzes and contests, in one place for the functions and their tests. */
export const STUDY_MESSAGES = {
  notFound: 'Không tìm thấy bài trắc nghiệm này, hoặc bài không gửi tới đồng chí.',
  notEligible: 'Hội thi này chỉ dành cho bí thư chi bộ trong tổ chức được mời.',
  notOpen: 'Hội thi chưa mở. Vui lòng quay lại trong thời gian dự thi.',
  closed: 'Hội thi đã kết thúc, không nhận bài nữa.',
  noAttemptsLeft: 'Đồng chí đã dùng hết số lần làm bài cho phép.',
  late: 'Đã hết thời gian làm bài, bài nộp sau thời hạn không được tính.',
  badToken: 'Mã bắt đầu làm bài không hợp lệ. Vui lòng bắt đầu lại.',
  attemptNotFound: 'Không tìm thấy lượt làm bài này.',
  badAnswer: 'Câu trả lời không hợp lệ.',
  noQuestions: 'Bài trắc nghiệm chưa có câu hỏi.',
  resultsLater: 'Kết quả hội thi sẽ công bố khi hội thi kết thúc.',
  signIn: 'Vui lòng đăng nhập để làm bài trắc nghiệm.',
  notYourOrg: 'Đồng chí không quản lý tổ chức này nên không xem được kết quả của tổ chức.',
  unavailable: 'Hệ thống đang khởi động, vui lòng thử lại sau ít phút.',
} as const
