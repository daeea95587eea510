/** Every message the reading functions answer with, in Vietnamese. */
export const READING_MESSAGES = {
  signIn: 'Đồng chí cần đăng nhập để đọc tài liệu dành cho đảng viên.',
  badPage: 'Số trang không hợp lệ: hãy dùng một số nguyên từ 1 trở lên.',
  badLimit: 'Số mục mỗi trang không hợp lệ: hãy dùng một số nguyên từ 1 đến 50.',
  badScope: 'Phạm vi không hợp lệ: chỉ dùng "all" (tất cả) hoặc "mine" (của chi bộ, đảng bộ của tôi).',
  badRef: 'Địa chỉ bài không hợp lệ.',
  notFound: 'Không tìm thấy bài này, hoặc đồng chí không có quyền đọc.',
  shortQuery: 'Hãy gõ ít nhất 2 ký tự để tra cứu.',
  longQuery: 'Nội dung tra cứu quá dài: tối đa 200 ký tự.',
} as const
