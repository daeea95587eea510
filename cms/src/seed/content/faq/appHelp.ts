/** Sample answers on using the handbook itself (Sổ tay Đảng viên điện tử) on a phone. */
import type { FaqSeed } from './types.ts'

export const APP_HELP: FaqSeed[] = [
  {
    category: 'khac',
    question: 'Làm sao cài Sổ tay Đảng viên lên màn hình điện thoại?',
    answer:
      'Mở trang Sổ tay Đảng viên bằng trình duyệt Chrome trên điện thoại, bấm nút "Cài đặt" hoặc chọn "Thêm vào màn hình chính" trong trình đơn. Biểu tượng Sổ tay sẽ hiện như một ứng dụng.',
    alternatives: ['Cài ứng dụng Sổ tay Đảng viên', 'them so tay dang vien vao man hinh chinh'],
  },
  {
    category: 'khac',
    question: 'Quên mật khẩu đăng nhập Sổ tay Đảng viên thì làm thế nào?',
    answer:
      'Đồng chí báo bí thư chi bộ hoặc văn phòng cấp ủy để được cấp mã kích hoạt mới, rồi đăng nhập bằng số thẻ đảng viên và mã đó để đặt lại mật khẩu.',
    alternatives: ['Lấy lại mật khẩu Sổ tay', 'quen mat khau dang nhap'],
  },
  {
    category: 'khac',
    question: 'Không nhận được thông báo trên điện thoại thì phải làm sao?',
    answer:
      'Vào mục Thông báo, bấm "Nhận thông báo trên điện thoại" và cho phép khi trình duyệt hỏi. Nếu vẫn không nhận được, kiểm tra điện thoại không tắt thông báo của trình duyệt; thông báo vẫn luôn có trong hộp thư của Sổ tay.',
    alternatives: ['Bật thông báo Sổ tay Đảng viên', 'khong nhan duoc thong bao'],
  },
  {
    category: 'khac',
    question: 'Có nghe đọc bài viết trên Sổ tay được không?',
    answer:
      'Được. Ở mỗi bài có nút "Nghe", Sổ tay sẽ đọc bài bằng giọng tiếng Việt. Các đồng chí lớn tuổi có thể phóng to chữ bằng nút cỡ chữ trên trang.',
    alternatives: ['Nghe đọc tin tức bằng giọng nói', 'phong to chu tren so tay'],
  },
  {
    category: 'khac',
    question: 'Câu hỏi gửi qua Sổ tay thì ai trả lời và bao lâu có trả lời?',
    answer:
      'Nếu ngân hàng hỏi đáp đã có câu trả lời phù hợp, Sổ tay trả lời ngay và ghi rõ là trả lời tự động. Nếu chưa có, câu hỏi được gửi đến bí thư chi bộ; quá thời hạn mà chưa trả lời thì được chuyển lên cấp ủy cấp trên. Câu trả lời đến bằng thông báo.',
    alternatives: ['Gửi câu hỏi bao lâu thì có trả lời?', 'ai tra loi cau hoi tren so tay'],
  },
  {
    category: 'khac',
    question: 'Tên của tôi có bị công khai khi câu hỏi được đưa vào hỏi đáp không?',
    answer:
      'Không. Khi cấp ủy đưa một câu hỏi vào ngân hàng hỏi đáp, chỉ nội dung câu hỏi và câu trả lời được dùng; tên và thông tin của người hỏi không bao giờ được đưa vào.',
    alternatives: ['Hỏi đáp có ghi tên người hỏi không?', 'cau hoi co bi cong khai ten khong'],
  },
  {
    category: 'khac',
    question: 'Sổ tay Đảng viên có dùng được khi mạng yếu không?',
    answer:
      'Những trang đã mở được lưu trên điện thoại nên vẫn đọc lại được khi mạng yếu hoặc mất mạng. Câu hỏi, điểm danh cần có mạng để gửi đi.',
    alternatives: ['Đọc Sổ tay khi không có mạng', 'mang yeu co dung so tay duoc khong'],
  },
  {
    category: 'khac',
    question: 'Tài liệu mật có được đưa lên Sổ tay Đảng viên không?',
    answer:
      'Không. Sổ tay Đảng viên chỉ chứa tài liệu thường; tài liệu có độ mật bị hệ thống từ chối khi tải lên. Đảng viên nghiên cứu tài liệu mật theo chế độ riêng tại chi bộ.',
    alternatives: ['Văn bản mật trên ứng dụng', 'tai lieu mat tren so tay'],
  },
]
