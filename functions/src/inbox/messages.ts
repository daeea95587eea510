/** Every message the inbox functions answer with, in Vietnamese. */
export const INBOX_MESSAGES = {
  badPage: 'Số trang không hợp lệ: hãy dùng một số nguyên từ 1 trở lên.',
  badLimit: 'Số thông báo mỗi trang không hợp lệ: hãy dùng một số nguyên từ 1 đến 50.',
  badId: 'Mã thông báo không hợp lệ.',
  notFound: 'Không tìm thấy thông báo này trong hộp thư của bạn.',
} as const
