/** Sample answers on party papers: membership card (thẻ đảng viên), member form (phiếu đảng viên), records. */
import type { FaqSeed } from './types.ts'

export const PAPERS: FaqSeed[] = [
  {
    category: 'nghiep-vu',
    question: 'Thẻ đảng viên được phát khi nào?',
    answer:
      'Thẻ đảng viên được phát cho đảng viên sau khi được công nhận đảng viên chính thức, thường trao vào các dịp kỷ niệm lớn như ngày thành lập Đảng 3/2, ngày sinh Chủ tịch Hồ Chí Minh 19/5, Quốc khánh 2/9, theo hướng dẫn hiện hành.',
    alternatives: ['Bao giờ được nhận thẻ Đảng?', 'phat the dang vien vao dip nao'],
  },
  {
    category: 'nghiep-vu',
    question: 'Thẻ đảng viên bị hỏng, rách thì có được đổi không?',
    answer:
      'Có. Đảng viên báo cáo chi bộ, nộp lại thẻ hỏng; chi bộ đề nghị cấp ủy cấp trên xem xét đổi thẻ theo hướng dẫn. Số thẻ mới (nếu có) được cập nhật vào hồ sơ và tài khoản Sổ tay Đảng viên.',
    alternatives: ['Đổi thẻ Đảng bị rách', 'the dang bi hong'],
  },
  {
    category: 'nghiep-vu',
    question: 'Đảng viên phải giữ gìn và sử dụng thẻ đảng viên như thế nào?',
    answer:
      'Đảng viên giữ gìn cẩn thận, không cho người khác mượn, không dùng thẻ đảng viên để cầm cố hay thay giấy tờ tùy thân khi giao dịch thông thường; dùng thẻ khi sinh hoạt, bầu cử trong Đảng và khi tổ chức đảng yêu cầu.',
    alternatives: ['Có được dùng thẻ Đảng thay căn cước không?', 'Quy định sử dụng thẻ đảng viên'],
  },
  {
    category: 'nghiep-vu',
    question: 'Phiếu đảng viên là gì và lập khi nào?',
    answer:
      'Phiếu đảng viên là tài liệu tóm tắt thông tin cơ bản của đảng viên, dùng để quản lý và cập nhật cơ sở dữ liệu đảng viên. Phiếu được lập khi kết nạp, khi chuyển chính thức và khi có thay đổi theo hướng dẫn của cấp ủy.',
    alternatives: ['Cách kê khai phiếu đảng viên', 'phieu dang vien la gi'],
  },
  {
    category: 'nghiep-vu',
    question: 'Khi nào phải khai phiếu bổ sung hồ sơ đảng viên?',
    answer:
      'Khi có thay đổi về nơi ở, nơi công tác, trình độ, chức vụ, khen thưởng, kỷ luật, hoàn cảnh gia đình..., đảng viên kê khai phiếu bổ sung hồ sơ theo định kỳ hoặc theo yêu cầu của cấp ủy để hồ sơ luôn đúng.',
    alternatives: ['Bổ sung hồ sơ đảng viên hằng năm', 'khai bo sung ly lich dang vien'],
  },
  {
    category: 'nghiep-vu',
    question: 'Hồ sơ đảng viên do ai quản lý?',
    answer:
      'Hồ sơ đảng viên do cấp ủy có thẩm quyền quản lý theo chế độ bảo mật; chi bộ giữ danh sách và sổ đảng viên. Đảng viên không tự giữ hồ sơ gốc, trừ khi được giao mang theo khi chuyển sinh hoạt.',
    alternatives: ['Ai giữ lý lịch đảng viên?', 'Đảng viên có được xem hồ sơ của mình không?'],
  },
  {
    category: 'nghiep-vu',
    question: 'Ngày sinh trong hồ sơ Đảng khác với căn cước thì xử lý thế nào?',
    answer:
      'Đảng viên báo cáo chi bộ, làm bản giải trình kèm giấy tờ hợp pháp. Cấp ủy có thẩm quyền xem xét điều chỉnh theo hướng dẫn hiện hành; không tự ý sửa vào hồ sơ.',
    alternatives: ['Sai năm sinh trong lý lịch đảng viên', 'dieu chinh ngay sinh ho so dang'],
  },
  {
    category: 'nghiep-vu',
    question: 'Bản kiểm điểm đảng viên cuối năm viết theo mẫu nào?',
    answer:
      'Đảng viên viết bản tự kiểm điểm theo mẫu hướng dẫn của cấp ủy, gồm ưu điểm, hạn chế về tư tưởng chính trị, đạo đức, lối sống, thực hiện nhiệm vụ được giao, và tự nhận mức xếp loại. Đảng viên giữ chức vụ kiểm điểm thêm phần trách nhiệm người đứng đầu.',
    alternatives: ['Mẫu bản tự kiểm điểm cuối năm', 'mau ban tu kiem diem cuoi nam'],
  },
  {
    category: 'nghiep-vu',
    question: 'Xếp loại chất lượng đảng viên có mấy mức?',
    answer:
      'Đảng viên được xếp loại theo các mức: hoàn thành xuất sắc nhiệm vụ, hoàn thành tốt nhiệm vụ, hoàn thành nhiệm vụ và không hoàn thành nhiệm vụ, theo tiêu chí của hướng dẫn hiện hành.',
    alternatives: ['Các mức đánh giá đảng viên', 'xep loai dang vien co may muc'],
  },
  {
    category: 'nghiep-vu',
    question: 'Đảng viên đổi tên hoặc thay đổi số căn cước thì báo ai?',
    answer:
      'Đảng viên báo cáo chi bộ kèm giấy tờ chứng minh. Chi bộ đề nghị cấp ủy cập nhật hồ sơ; thông tin trên Sổ tay Đảng viên do văn phòng cấp ủy hoặc bí thư chi bộ sửa theo hồ sơ mới.',
    alternatives: ['Thay đổi họ tên trong hồ sơ Đảng', 'doi so can cuoc cap nhat ho so dang'],
  },
  {
    category: 'nghiep-vu',
    question: 'Giấy chứng nhận học lý luận chính trị có đưa vào hồ sơ đảng viên không?',
    answer:
      'Có. Các văn bằng, chứng chỉ lý luận chính trị và bồi dưỡng nghiệp vụ là thông tin của hồ sơ; đảng viên nộp bản sao cho chi bộ để kê khai bổ sung hồ sơ.',
    alternatives: [
      'Bằng trung cấp chính trị có phải nộp cho chi bộ không?',
      'bo sung bang ly luan chinh tri vao ho so',
    ],
  },
]
