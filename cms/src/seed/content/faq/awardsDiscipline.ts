/** Sample answers on party badges and awards (huy hiệu Đảng, khen thưởng) and on inspection and discipline (kỷ luật). */
import type { FaqSeed } from './types.ts'

export const AWARDS_DISCIPLINE: FaqSeed[] = [
  {
    category: 'khen-thuong',
    question: 'Đảng viên được tặng Huy hiệu Đảng khi nào?',
    answer:
      'Đảng viên đủ tuổi Đảng các mốc từ 30 năm trở lên (30, 40, 45, 50 năm...) và đủ tiêu chuẩn thì được xét tặng Huy hiệu Đảng. Huy hiệu thường được trao vào các ngày kỷ niệm lớn trong năm theo hướng dẫn hiện hành.',
    alternatives: [
      'Huy hiệu 30 năm tuổi Đảng',
      'Bao nhiêu năm tuổi Đảng thì được huy hiệu?',
      'huy hieu dang',
    ],
  },
  {
    category: 'khen-thuong',
    question: 'Thủ tục đề nghị tặng Huy hiệu Đảng như thế nào?',
    answer:
      'Chi bộ rà soát danh sách đảng viên đủ tuổi Đảng, lập tờ trình đề nghị gửi đảng ủy cơ sở; cấp ủy có thẩm quyền xét và quyết định. Đảng viên kiểm tra lại ngày vào Đảng trên hồ sơ để không bị sót.',
    alternatives: ['Hồ sơ xét tặng huy hiệu Đảng', 'de nghi tang huy hieu dang'],
  },
  {
    category: 'khen-thuong',
    question: 'Đảng viên từ trần chưa kịp nhận Huy hiệu Đảng thì có được truy tặng không?',
    answer:
      'Đảng viên đủ điều kiện mà từ trần trước ngày trao có thể được xem xét truy tặng Huy hiệu Đảng theo hướng dẫn hiện hành; gia đình liên hệ chi bộ để được hướng dẫn.',
    alternatives: ['Truy tặng huy hiệu Đảng', 'Người mất rồi có được nhận huy hiệu Đảng không?'],
  },
  {
    category: 'khen-thuong',
    question: 'Đảng viên hoàn thành xuất sắc nhiệm vụ được khen thưởng thế nào?',
    answer:
      'Đảng viên hoàn thành xuất sắc nhiệm vụ tiêu biểu có thể được tổ chức đảng khen thưởng bằng giấy khen, bằng khen theo quy định về khen thưởng của Đảng; chi bộ đề nghị sau khi đánh giá cuối năm.',
    alternatives: ['Khen thưởng đảng viên xuất sắc', 'dang vien duoc giay khen cua dang uy'],
  },
  {
    category: 'khen-thuong',
    question: 'Đảng viên bị kỷ luật có được xét tặng Huy hiệu Đảng không?',
    answer:
      'Đảng viên đang trong thời gian chấp hành kỷ luật hoặc đang bị xem xét kỷ luật thường chưa được xét tặng; việc xem xét cụ thể theo hướng dẫn hiện hành về Huy hiệu Đảng.',
    alternatives: ['Bị kỷ luật có mất huy hiệu Đảng không?', 'huy hieu dang khi bi ky luat'],
  },
  {
    category: 'ky-luat',
    question: 'Các hình thức kỷ luật đảng viên là gì?',
    answer:
      'Theo Điều lệ Đảng, đảng viên chính thức bị kỷ luật bằng một trong các hình thức: khiển trách, cảnh cáo, cách chức, khai trừ; đảng viên dự bị: khiển trách, cảnh cáo.',
    alternatives: ['Hình thức kỷ luật trong Đảng', 'ky luat dang vien co may hinh thuc'],
  },
  {
    category: 'ky-luat',
    question: 'Đảng viên không đồng ý với quyết định kỷ luật thì làm gì?',
    answer:
      'Đảng viên có quyền khiếu nại lên tổ chức đảng cấp trên trong thời hạn Điều lệ quy định kể từ khi nhận quyết định; trong thời gian chờ giải quyết vẫn phải chấp hành quyết định kỷ luật.',
    alternatives: ['Khiếu nại kỷ luật Đảng', 'khieu nai quyet dinh ky luat'],
  },
  {
    category: 'ky-luat',
    question: 'Đảng viên vi phạm pháp luật bị xử lý hình sự thì có bị kỷ luật đảng không?',
    answer:
      'Đảng viên vi phạm pháp luật đến mức phải xử lý hình sự thì bị xử lý kỷ luật đảng theo quy định; tổ chức đảng xem xét kỷ luật đảng không chờ kết quả xử lý của cơ quan pháp luật trong nhiều trường hợp.',
    alternatives: ['Bị khởi tố có bị khai trừ Đảng không?', 'Vi phạm pháp luật kỷ luật Đảng'],
  },
  {
    category: 'ky-luat',
    question: 'Ủy ban kiểm tra có nhiệm vụ gì với đảng viên?',
    answer:
      'Ủy ban kiểm tra các cấp kiểm tra đảng viên khi có dấu hiệu vi phạm, giám sát việc thực hiện nhiệm vụ, giải quyết tố cáo, khiếu nại kỷ luật và thi hành kỷ luật theo thẩm quyền.',
    alternatives: ['Ủy ban kiểm tra làm gì?', 'uy ban kiem tra dang'],
  },
  {
    category: 'ky-luat',
    question: 'Đảng viên phát hiện sai phạm của đảng viên khác thì báo ở đâu?',
    answer:
      'Đảng viên phản ánh, tố cáo với chi bộ, cấp ủy hoặc ủy ban kiểm tra có thẩm quyền, bằng văn bản có ký tên. Người tố cáo được giữ bí mật; không tố cáo sai sự thật.',
    alternatives: ['Tố cáo đảng viên vi phạm', 'to cao dang vien o dau'],
  },
  {
    category: 'ky-luat',
    question: 'Xóa tên đảng viên khác kỷ luật khai trừ thế nào?',
    answer:
      'Xóa tên là đưa ra khỏi danh sách đảng viên khi không còn đủ tư cách (như bỏ sinh hoạt, không đóng đảng phí không lý do, giảm sút ý chí...). Khai trừ là hình thức kỷ luật cao nhất đối với đảng viên vi phạm nghiêm trọng.',
    alternatives: ['Phân biệt xóa tên và khai trừ', 'xoa ten dang vien la gi'],
  },
  {
    category: 'ky-luat',
    question: 'Đảng viên bị kỷ luật cảnh cáo thì bao lâu được xem xét lại?',
    answer:
      'Sau thời hạn quy định kể từ ngày có quyết định, nếu đảng viên không tái phạm và không có vi phạm mới thì quyết định kỷ luật đương nhiên chấm dứt hiệu lực theo quy định hiện hành. Chi bộ hướng dẫn cụ thể từng trường hợp.',
    alternatives: ['Thời hạn chấp hành kỷ luật cảnh cáo', 'ky luat khien trach bao lau het hieu luc'],
  },
  {
    category: 'ky-luat',
    question: 'Đảng viên sinh con thứ ba có bị kỷ luật không?',
    answer:
      'Chính sách dân số đã có thay đổi và quy định xử lý đảng viên vi phạm chính sách dân số cũng được điều chỉnh theo. Đồng chí hỏi chi bộ hoặc ủy ban kiểm tra về văn bản đang có hiệu lực trước khi kết luận.',
    alternatives: ['Sinh con thứ 3 có bị xử lý Đảng không?', 'sinh con thu ba dang vien'],
  },
]
