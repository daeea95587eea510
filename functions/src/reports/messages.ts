/** Every Vietnamese sentence the report functions answer with. */
export const REPORT_MESSAGES = {
  unavailable: 'Hệ thống đang khởi động, vui lòng thử lại sau ít phút.',
  signIn: 'Đồng chí cần đăng nhập để xem báo cáo thống kê.',
  notOverseer: 'Chỉ cấp ủy, bí thư mới xem được báo cáo thống kê.',
  orgOutside: 'Tổ chức này nằm ngoài phạm vi đồng chí quản lý.',
  badDay: 'Ngày phải có dạng YYYY-MM-DD, ví dụ 2026-12-01.',
  badPeriod: 'Ngày bắt đầu phải trước ngày kết thúc, và kỳ báo cáo không dài quá 366 ngày.',
  badFormat: 'Định dạng xuất phải là xlsx, csv hoặc pdf.',
  noticeNotFound: 'Không tìm thấy thông báo này, hoặc nó không thuộc phạm vi đồng chí quản lý.',
  noticeNotSent: 'Thông báo này chưa gửi xong, chưa nhắc lại được.',
  nobodyToRemind: 'Mọi người nhận đã đọc thông báo này, không cần nhắc lại.',
  reminded: (n: number) => `Đã gửi nhắc lại tới ${n} đảng viên chưa đọc.`,
}
