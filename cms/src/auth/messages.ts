/** What every sign-in door answers, in Vietnamese; one text per outcome, whichever door was used. */

/** One message for a wrong card number, a wrong password and a locked account: none may be told apart. */
export const LOGIN_FAILED =
  'Số thẻ đảng viên hoặc mật khẩu không đúng. Nếu đăng nhập lần đầu, hãy chọn "Kích hoạt tài khoản" và dùng mã kích hoạt do chi bộ cấp. Nhập sai 5 lần, tài khoản sẽ tạm khóa 15 phút.'

export const tooManyAttempts = (retryAfterSeconds: number) =>
  `Bạn đã thử quá nhiều lần. Vui lòng đợi khoảng ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} phút rồi thử lại.`

export const DOOR_MESSAGES = {
  credentialsMissing: 'Hãy nhập số thẻ đảng viên (hoặc tên đăng nhập) và mật khẩu.',
  notSignedIn: 'Bạn chưa đăng nhập hoặc phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.',
  unlockForbidden:
    'Chỉ cán bộ quản lý đảng viên mới được mở khóa, và chỉ cho tài khoản trong phạm vi mình quản lý.',
  unlocked: 'Đã mở khóa tài khoản.',
  passwordByEmailClosed:
    'Hệ thống không đặt lại mật khẩu qua email. Hãy nhờ bí thư chi bộ hoặc cấp ủy cấp mã kích hoạt mới.',
  verifyClosed: 'Tài khoản không cần xác minh qua email.',
  firstRegisterClosed: 'Hệ thống đã có tài khoản; không thể tự đăng ký tài khoản quản trị đầu tiên nữa.',
  graphqlClosed:
    'Thao tác tài khoản này không có qua GraphQL. Hãy đăng nhập tại trang quản trị hoặc trang thành viên.',
} as const
