/** What members read when a profile call is refused or accepted. */
export const PROFILE_MESSAGES = {
  signIn: 'Đồng chí cần đăng nhập để xem thông tin của mình.',
  noCell:
    'Tài khoản của đồng chí chưa thuộc chi bộ nào nên chưa gửi được đề nghị sửa. Vui lòng báo trực tiếp bí thư chi bộ.',
  sent: 'Đã gửi đề nghị sửa thông tin đến chi bộ. Đồng chí xem trạng thái ngay dưới đây.',
  unavailable: 'Máy chủ đang khởi động, vui lòng thử lại sau ít phút.',
}
