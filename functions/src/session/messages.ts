/** Every message the session functions answer with, in Vietnamese. */
import { LOGIN_FAILED } from '@sotay/cms/auth'

export const MESSAGES = {
  // One message for a wrong card number, a wrong password and a locked account, the same at every door.
  loginFailed: LOGIN_FAILED,
  activationFailed:
    'Số thẻ hoặc mã kích hoạt không đúng, hoặc mã đã được dùng. Hãy kiểm tra lại, hoặc nhờ bí thư chi bộ cấp mã mới.',
  cardNumberMissing: 'Hãy nhập số thẻ đảng viên.',
  cardNumberInvalid: 'Số thẻ đảng viên không hợp lệ.',
  passwordMissing: 'Hãy nhập mật khẩu.',
  passwordInvalid: 'Mật khẩu không hợp lệ.',
  codeMissing: 'Hãy nhập mã kích hoạt.',
  codeInvalid: 'Mã kích hoạt không hợp lệ: mã gồm 8 chữ cái và chữ số in trên phiếu kích hoạt.',
  passwordTooShort: 'Mật khẩu mới phải có ít nhất 8 ký tự.',
  passwordTooLong: 'Mật khẩu mới quá dài (tối đa 128 ký tự).',
  passwordIsCard: 'Mật khẩu mới không được trùng với số thẻ đảng viên.',
  resetForbidden: 'Chỉ bí thư chi bộ hoặc cấp ủy mới được cấp lại mã kích hoạt cho đảng viên.',
  resetNotFound: 'Không tìm thấy đảng viên có số thẻ này trong phạm vi bạn quản lý.',
  resetRefused:
    'Không thể cấp lại mã kích hoạt cho tài khoản này (tài khoản của chính bạn hoặc tài khoản cán bộ có quyền quản trị).',
} as const
