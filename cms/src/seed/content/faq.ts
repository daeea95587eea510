/**
 * Sample answer bank about party work. Answers are written for the demo in general terms; members
 * are pointed to their committee's office for what the rules in force say.
 */

import { ADMISSION } from './faq/admission.ts'
import { APP_HELP } from './faq/appHelp.ts'
import { AWARDS_DISCIPLINE } from './faq/awardsDiscipline.ts'
import { FEES } from './faq/fees.ts'
import { MEETINGS } from './faq/meetings.ts'
import { PAPERS } from './faq/papers.ts'
import { RIGHTS } from './faq/rights.ts'
import { TRANSFERS } from './faq/transfers.ts'
import type { FaqSeed } from './faq/types.ts'

export type { FaqSeed } from './faq/types.ts'

/** The first entries of the demo; the rest are grouped by subject under ./faq/. */
const GENERAL: FaqSeed[] = [
  {
    category: 'dang-phi',
    question: 'Đảng viên đóng đảng phí bao nhiêu mỗi tháng?',
    answer:
      'Mức đảng phí tính theo thu nhập: đảng viên hưởng lương đóng theo tỷ lệ phần trăm tiền lương, đảng viên không hưởng lương đóng theo mức khoán do cấp ủy hướng dẫn. Chi bộ sẽ thông báo mức cụ thể của từng đảng viên.',
    alternatives: ['Mức đóng đảng phí là bao nhiêu?', 'dong dang phi bao nhieu', 'Đảng phí tính thế nào?'],
  },
  {
    category: 'dang-phi',
    question: 'Đảng viên đóng đảng phí ở đâu và vào lúc nào?',
    answer:
      'Đảng viên đóng đảng phí hằng tháng tại chi bộ nơi mình sinh hoạt, thường vào kỳ sinh hoạt thường kỳ. Chi bộ ghi sổ và nộp lên cấp ủy cấp trên theo kỳ hạn.',
    alternatives: ['Nộp đảng phí ở đâu?', 'Khi nào phải đóng đảng phí?'],
  },
  {
    category: 'dang-phi',
    question: 'Đảng viên đi làm xa có được đóng đảng phí gộp nhiều tháng không?',
    answer:
      'Nguyên tắc là đóng hằng tháng. Trường hợp đặc biệt, đảng viên báo cáo bí thư chi bộ để được xem xét; khi đi công tác dài ngày nên làm thủ tục chuyển sinh hoạt tạm thời để đóng tại nơi đến.',
    alternatives: [
      'Có được đóng đảng phí trước cho cả năm không?',
      'Đi làm ăn xa thì đóng đảng phí thế nào?',
    ],
  },
  {
    category: 'chuyen-sinh-hoat',
    question: 'Khi nào phải chuyển sinh hoạt đảng chính thức?',
    answer:
      'Khi đảng viên chuyển hẳn nơi công tác hoặc nơi cư trú, hoặc nghỉ hưu về sinh hoạt ở nơi cư trú, thì làm thủ tục chuyển sinh hoạt đảng chính thức. Văn phòng cấp ủy nơi đi sẽ hướng dẫn hồ sơ.',
    alternatives: ['Chuyển công tác thì chuyển sinh hoạt đảng thế nào?', 'chuyen sinh hoat dang chinh thuc'],
  },
  {
    category: 'chuyen-sinh-hoat',
    question: 'Đi học, đi công tác có thời hạn thì có phải chuyển sinh hoạt đảng không?',
    answer:
      'Đảng viên đi học tập, công tác, làm việc có thời hạn thì làm thủ tục chuyển sinh hoạt đảng tạm thời đến tổ chức đảng nơi đến; hết thời hạn thì chuyển trở lại chi bộ cũ.',
    alternatives: ['Chuyển sinh hoạt tạm thời là gì?', 'Đi học dài hạn sinh hoạt đảng ở đâu?'],
  },
  {
    category: 'chuyen-sinh-hoat',
    question: 'Sau khi nhận giấy giới thiệu chuyển sinh hoạt, bao lâu phải nộp cho chi bộ mới?',
    answer:
      'Đảng viên phải xuất trình giấy giới thiệu với tổ chức đảng nơi đến trong thời hạn ghi trên giấy. Quá hạn mà không có lý do chính đáng là vi phạm, có thể bị xem xét xử lý, nên hãy nộp sớm.',
    alternatives: ['Hạn nộp giấy giới thiệu sinh hoạt đảng', 'Quá hạn nộp giấy chuyển sinh hoạt thì sao?'],
  },
  {
    category: 'chuyen-sinh-hoat',
    question: 'Đảng viên sinh hoạt nơi cư trú là gì?',
    answer:
      'Đảng viên đang công tác ở cơ quan, đơn vị vẫn giữ mối liên hệ với chi bộ nơi cư trú: gặp cấp ủy nơi cư trú, tham gia các hoạt động ở khu dân cư và được chi bộ nơi cư trú nhận xét hằng năm.',
    alternatives: ['Giữ mối liên hệ với nơi cư trú là gì?', 'Có phải sinh hoạt ở cả hai nơi không?'],
  },
  {
    category: 'sinh-hoat-chi-bo',
    question: 'Chi bộ sinh hoạt bao lâu một lần?',
    answer:
      'Chi bộ sinh hoạt thường kỳ mỗi tháng một lần; ngoài ra sinh hoạt chuyên đề theo hướng dẫn, thường ít nhất mỗi quý một lần. Lịch cụ thể do chi ủy hoặc bí thư chi bộ thông báo.',
    alternatives: ['Mấy tháng sinh hoạt chi bộ một lần?', 'lich sinh hoat chi bo'],
  },
  {
    category: 'sinh-hoat-chi-bo',
    question: 'Vắng sinh hoạt chi bộ thì phải làm gì?',
    answer:
      'Đảng viên báo cáo bí thư chi bộ trước buổi sinh hoạt và nêu lý do. Vắng nhiều lần không có lý do chính đáng sẽ bị chi bộ xem xét theo quy định.',
    alternatives: ['Xin nghỉ sinh hoạt chi bộ thế nào?', 'Không đi họp chi bộ được thì báo ai?'],
  },
  {
    category: 'sinh-hoat-chi-bo',
    question: 'Sinh hoạt chi bộ trực tuyến có được không?',
    answer:
      'Một số nơi cho phép sinh hoạt kết hợp trực tuyến với đảng viên ở xa theo hướng dẫn của cấp ủy cấp trên. Tuyệt đối không trao đổi nội dung mật qua kênh trực tuyến.',
    alternatives: ['Họp chi bộ qua mạng được không?', 'Đảng viên ở xa dự sinh hoạt thế nào?'],
  },
  {
    category: 'sinh-hoat-chi-bo',
    question: 'Biên bản sinh hoạt chi bộ cần ghi những gì?',
    answer:
      'Biên bản ghi thời gian, địa điểm, số đảng viên có mặt và vắng mặt, người chủ trì, nội dung thảo luận, kết luận hoặc nghị quyết của chi bộ, có chữ ký của người chủ trì và người ghi.',
    alternatives: ['Cách ghi biên bản họp chi bộ', 'Mẫu biên bản sinh hoạt chi bộ'],
  },
  {
    category: 'ket-nap',
    question: 'Thời gian dự bị của đảng viên là bao lâu?',
    answer:
      'Thời gian dự bị là mười hai tháng kể từ ngày chi bộ tổ chức lễ kết nạp. Hết thời gian dự bị, chi bộ xét và đề nghị cấp ủy có thẩm quyền công nhận đảng viên chính thức.',
    alternatives: ['Bao lâu thì được chuyển đảng viên chính thức?', 'Dự bị mấy tháng?'],
  },
  {
    category: 'ket-nap',
    question: 'Muốn vào Đảng thì bắt đầu từ đâu?',
    answer:
      'Quần chúng học lớp bồi dưỡng nhận thức về Đảng, phấn đấu trong công tác và được chi bộ phân công đảng viên giúp đỡ. Khi đủ điều kiện, quần chúng làm đơn tự nguyện xin vào Đảng.',
    alternatives: ['Điều kiện kết nạp Đảng', 'Thủ tục xin vào Đảng'],
  },
  {
    category: 'ket-nap',
    question: 'Ai được giới thiệu người vào Đảng?',
    answer:
      'Người giới thiệu phải là đảng viên chính thức, cùng công tác với người xin vào Đảng ít nhất mười hai tháng. Đoàn thanh niên cơ sở cũng có thể giới thiệu đoàn viên.',
    alternatives: ['Điều kiện người giới thiệu vào Đảng', 'Đảng viên dự bị có được giới thiệu không?'],
  },
  {
    category: 'nghiep-vu',
    question: 'Mất thẻ đảng viên thì làm thế nào?',
    answer:
      'Đảng viên báo cáo ngay với chi bộ, làm bản tường trình. Chi bộ đề nghị cấp ủy cấp trên xem xét cấp lại thẻ; số thẻ cũ được ghi vào lịch sử trên hồ sơ.',
    alternatives: ['Làm lại thẻ đảng', 'Bị mất thẻ Đảng phải làm sao?'],
  },
  {
    category: 'nghiep-vu',
    question: 'Đảng viên được miễn sinh hoạt đảng trong trường hợp nào?',
    answer:
      'Đảng viên tuổi cao, sức khỏe yếu hoặc có lý do chính đáng có thể làm đơn xin giảm, miễn công tác và sinh hoạt đảng; chi bộ xem xét, quyết định theo hướng dẫn hiện hành.',
    alternatives: ['Miễn sinh hoạt đảng là gì?', 'Già yếu có phải đi sinh hoạt chi bộ không?'],
  },
  {
    category: 'nghiep-vu',
    question: 'Kiểm điểm, đánh giá đảng viên cuối năm gồm những bước nào?',
    answer:
      'Đảng viên tự kiểm điểm bằng bản viết, trình bày trước chi bộ; chi bộ góp ý và biểu quyết xếp loại; kết quả được báo cáo cấp ủy cấp trên.',
    alternatives: ['Xếp loại đảng viên cuối năm', 'Cách viết bản kiểm điểm đảng viên'],
  },
  {
    category: 'nghiep-vu',
    question: 'Thông tin cá nhân trên Sổ tay Đảng viên bị sai thì sửa ở đâu?',
    answer:
      'Đảng viên tự sửa số điện thoại trên trang cá nhân. Các thông tin như ngày vào Đảng, chi bộ, tình trạng chỉ văn phòng cấp ủy hoặc bí thư chi bộ được sửa; hãy gửi câu hỏi kèm thông tin đúng.',
    alternatives: ['Sai ngày vào Đảng trên ứng dụng', 'Cập nhật thông tin đảng viên'],
  },
  {
    category: 'khac',
    question: 'Làm sao kích hoạt tài khoản Sổ tay Đảng viên?',
    answer:
      'Bí thư chi bộ hoặc văn phòng cấp ủy cấp cho đảng viên mã kích hoạt dùng một lần. Đảng viên đăng nhập bằng số thẻ đảng viên và mã đó, rồi đặt mật khẩu của mình.',
    alternatives: ['Kích hoạt Sổ tay bằng số thẻ đảng viên', 'kich hoat tai khoan so tay dang vien'],
  },
  {
    category: 'khac',
    question: 'Các câu trả lời trong mục Hỏi đáp này có phải văn bản chính thức không?',
    answer:
      'Không. Đây là dữ liệu mẫu của bản trình diễn, viết khái quát để minh họa. Khi cần làm thủ tục, đảng viên hỏi văn phòng cấp ủy để được hướng dẫn theo quy định, hướng dẫn hiện hành.',
    alternatives: ['Hỏi đáp có chính xác không?'],
  },
]

export const FAQ: FaqSeed[] = [
  ...GENERAL,
  ...ADMISSION,
  ...FEES,
  ...TRANSFERS,
  ...MEETINGS,
  ...PAPERS,
  ...RIGHTS,
  ...AWARDS_DISCIPLINE,
  ...APP_HELP,
]
