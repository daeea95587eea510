/**
 * Questions written after the matcher was tuned and measured once, untouched since: the honest check
 * that the tuning on qa-questions.ts did not fit those questions only. Same form as QA_GROUPS.
 */
import type { QaGroup } from './qa-questions.ts'

export const HELD_OUT: QaGroup[] = [
  {
    want: 'Đảng viên đóng đảng phí bao nhiêu mỗi tháng?',
    asks: ['Một tháng đảng viên nộp bao nhiêu tiền cho chi bộ?', 'dang phi 1 thang la bao nhieu'],
  },
  {
    want: 'Đảng viên đóng đảng phí ở đâu và vào lúc nào?',
    asks: [
      'Tôi có thể nộp đảng phí ở chi bộ khác không, hay chỉ ở chi bộ mình?',
      'dong dang phi vao ngay nao trong thang',
    ],
  },
  {
    want: 'Đảng viên nghỉ hưu đóng đảng phí thế nào?',
    asks: [
      'Người hưởng lương hưu đóng đảng phí theo tỷ lệ nào?',
      'luong huu dong dang phi bao nhieu phan tram',
    ],
  },
  {
    want: 'Không đóng đảng phí mấy tháng thì bị xóa tên?',
    asks: ['Bỏ không nộp đảng phí lâu thì chi bộ xử lý thế nào?', 'no dang phi 3 thang co sao khong'],
  },
  {
    want: 'Chế độ đảng phí hiện nay được quy định ở văn bản nào?',
    asks: ['Quyết định 342 về đảng phí quy định những gì?', 'van ban nao quy dinh muc dong dang phi'],
  },
  {
    want: 'Thời gian dự bị của đảng viên là bao lâu?',
    asks: ['Đảng viên mới kết nạp phải qua mấy tháng thử thách?', 'du bi 12 thang hay 18 thang'],
  },
  {
    want: 'Hồ sơ đề nghị chuyển đảng viên chính thức gồm những gì?',
    asks: ['Chuẩn bị chuyển chính thức tôi cần viết những bản gì?', 'giay to de chuyen dang vien chinh thuc'],
  },
  {
    want: 'Người xin vào Đảng phải đủ bao nhiêu tuổi?',
    asks: ['Học sinh 17 tuổi có được kết nạp Đảng không?', 'do tuoi ket nap dang vien'],
  },
  {
    want: 'Ai được giới thiệu người vào Đảng?',
    asks: [
      'Đảng viên chính thức bao lâu thì được giới thiệu người khác vào Đảng?',
      'nguoi gioi thieu vao dang can dieu kien gi',
    ],
  },
  {
    want: 'Lễ kết nạp đảng viên được tổ chức như thế nào?',
    asks: ['Hôm kết nạp, đảng viên mới phải đọc lời thề thế nào?', 'nghi thuc le ket nap dang'],
  },
  {
    want: 'Nhập ngũ thì đảng viên sinh hoạt đảng ở đâu?',
    asks: [
      'Đảng viên được gọi nhập ngũ có phải chuyển sinh hoạt về đơn vị quân đội không?',
      'vao quan doi thi sinh hoat dang o dau',
    ],
  },
  {
    want: 'Nghỉ hưu thì đảng viên chuyển sinh hoạt về đâu?',
    asks: ['Về hưu rồi tôi sinh hoạt ở chi bộ cơ quan hay chi bộ thôn?', 've huu sinh hoat chi bo noi o'],
  },
  {
    want: 'Đảng viên đi lao động, học tập ở nước ngoài thì sinh hoạt đảng thế nào?',
    asks: [
      'Con tôi là đảng viên đi du học ở Úc thì sinh hoạt đảng ra sao?',
      'xuat khau lao dong han quoc sinh hoat dang the nao',
    ],
  },
  {
    want: 'Mất thẻ đảng viên thì làm thế nào?',
    asks: ['Nhà bị cháy, thẻ Đảng cháy mất thì xin cấp lại được không?', 'xin cap lai the dang vien bi mat'],
  },
  {
    want: 'Đảng viên được tặng Huy hiệu Đảng khi nào?',
    asks: ['Huy hiệu 50 năm tuổi Đảng thì bao giờ được trao?', 'huy hieu 30 nam tuoi dang'],
  },
  {
    want: 'Các hình thức kỷ luật đảng viên là gì?',
    asks: ['Đảng viên vi phạm thì có những hình thức xử lý kỷ luật nào?', 'hinh thuc ky luat trong dang'],
  },
  {
    want: 'Đảng viên được miễn sinh hoạt đảng trong trường hợp nào?',
    asks: ['Bao nhiêu tuổi thì được miễn sinh hoạt đảng?', 'tuoi cao co duoc mien sinh hoat khong'],
  },
  {
    want: 'Sinh hoạt chi bộ trực tuyến có được không?',
    asks: ['Đang đi làm xa có thể họp chi bộ qua điện thoại không?', 'hop chi bo online duoc khong'],
  },
  {
    want: 'Quên mật khẩu đăng nhập Sổ tay Đảng viên thì làm thế nào?',
    asks: ['Tôi quên mật khẩu Sổ tay, ai cấp lại cho tôi?', 'lay lai mat khau so tay the nao'],
  },
  {
    want: 'Đảng viên được phát ngôn trên mạng xã hội như thế nào?',
    asks: [
      'Đảng viên chia sẻ bài trên Zalo cần tránh những gì?',
      'dang vien binh luan tren facebook co bi ky luat khong',
    ],
  },
]
