/**
 * Sample party documents, from the Central Committee down to a commune. The texts are written for
 * this demo; Central ones are marked as samples and carry no legal force.
 */

export interface DocumentSeed {
  numberSymbol: string
  type: 'nghi-quyet' | 'quy-dinh' | 'chi-thi' | 'ket-luan' | 'huong-dan' | 'ke-hoach'
  title: string
  issuingBody: string
  /** Left header of the PDF. */
  header: string[]
  place: string
  issuedDate: string
  summary: string
  paragraphs: string[]
  signature: string[]
  /** An org code, or DEMO_CELL: the demo member's own cell (its code depends on the seed's size). */
  org: string
  audience: 'public' | 'members' | 'org'
}

/** Stands for the demo member's cell in `org`; its name replaces CELL_NAME in the texts. */
export const DEMO_CELL = '@demo-cell'
export const CELL_NAME = '{cell}'

const SAMPLE = '(văn bản mẫu)'
const CENTRAL_HEADER = ['BAN CHẤP HÀNH TRUNG ƯƠNG']
const PROVINCE_HEADER = ['ĐẢNG BỘ TỈNH SƠN HÀ', 'TỈNH ỦY']
const STANDING = ['T/M BAN THƯỜNG VỤ', 'BÍ THƯ']

export const DOCUMENTS: DocumentSeed[] = [
  {
    numberSymbol: '57-NQ/TW',
    type: 'nghi-quyet',
    title: `Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số ${SAMPLE}`,
    issuingBody: 'Bộ Chính trị',
    header: CENTRAL_HEADER,
    place: 'Hà Nội',
    issuedDate: '2024-12-22',
    summary:
      'Bản tóm tắt mẫu do Ban biên tập soạn: coi khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số là động lực chính của tăng trưởng; mỗi tổ chức đảng và đảng viên phải đi đầu ứng dụng công nghệ trong công việc (dữ liệu mẫu).',
    paragraphs: [
      'Đây là văn bản mẫu dùng để trình diễn hệ thống; nội dung do Ban biên tập viết lại, không thay thế nghị quyết chính thức.',
      'Khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số là yêu cầu khách quan, là con đường để đất nước phát triển nhanh và bền vững. Cấp ủy các cấp phải trực tiếp lãnh đạo, người đứng đầu chịu trách nhiệm.',
      'Mỗi chi bộ xác định việc cụ thể để đưa công nghệ số vào hoạt động của cơ quan, đơn vị, khu dân cư; mỗi đảng viên chủ động học tập kỹ năng số, gương mẫu sử dụng dịch vụ công trực tuyến.',
      'Hoàn thiện thể chế, tháo gỡ rào cản cho nghiên cứu và ứng dụng; chấp nhận rủi ro có kiểm soát trong thử nghiệm cái mới; trọng dụng nhân tài.',
      'Các cấp ủy xây dựng chương trình hành động thực hiện nghị quyết, định kỳ sơ kết, báo cáo kết quả lên cấp trên.',
    ],
    signature: ['T/M BỘ CHÍNH TRỊ', 'TỔNG BÍ THƯ'],
    org: 'SH',
    audience: 'public',
  },
  {
    numberSymbol: '901-QĐ/TW',
    type: 'quy-dinh',
    title: `Quy định về nội dung, hình thức sinh hoạt chi bộ trong tình hình mới ${SAMPLE}`,
    issuingBody: 'Ban Bí thư',
    header: CENTRAL_HEADER,
    place: 'Hà Nội',
    issuedDate: '2025-09-10',
    summary:
      'Quy định mẫu về sinh hoạt chi bộ thường kỳ hằng tháng, sinh hoạt chuyên đề ít nhất mỗi quý một lần, và việc sinh hoạt kết hợp trực tuyến với chi bộ có đảng viên ở xa (dữ liệu mẫu).',
    paragraphs: [
      'Văn bản mẫu, không phải quy định chính thức.',
      'Chi bộ sinh hoạt thường kỳ mỗi tháng một lần. Nội dung gồm đánh giá việc thực hiện nghị quyết tháng trước, thông tin thời sự, bàn và quyết định nhiệm vụ tháng tới.',
      'Sinh hoạt chuyên đề ít nhất mỗi quý một lần, tập trung vào một vấn đề cụ thể gắn với nhiệm vụ chính trị của chi bộ.',
      'Đảng viên vắng mặt phải báo cáo bí thư chi bộ và lý do; đảng viên được miễn sinh hoạt theo quy định không bị tính là vắng mặt.',
      'Chi bộ có đảng viên làm việc xa được sinh hoạt kết hợp trực tuyến, nhưng không trao đổi nội dung thuộc bí mật nhà nước qua kênh trực tuyến.',
    ],
    signature: ['T/M BAN BÍ THƯ'],
    org: 'SH',
    audience: 'public',
  },
  {
    numberSymbol: '930-KL/TW',
    type: 'ket-luan',
    title: `Kết luận về tiếp tục học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh ${SAMPLE}`,
    issuingBody: 'Bộ Chính trị',
    header: CENTRAL_HEADER,
    place: 'Hà Nội',
    issuedDate: '2025-05-19',
    summary:
      'Kết luận mẫu đề nghị gắn việc học tập và làm theo Bác với trách nhiệm nêu gương của đảng viên, nhất là người đứng đầu (dữ liệu mẫu).',
    paragraphs: [
      'Văn bản mẫu phục vụ trình diễn.',
      'Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh phải trở thành việc làm thường xuyên, tự giác của mỗi tổ chức đảng và đảng viên.',
      'Mỗi chi bộ đăng ký việc làm cụ thể, mỗi đảng viên có bản cam kết tu dưỡng, rèn luyện, được kiểm điểm vào cuối năm.',
    ],
    signature: ['T/M BỘ CHÍNH TRỊ'],
    org: 'SH',
    audience: 'public',
  },
  {
    numberSymbol: '95-HD/BTCTW',
    type: 'huong-dan',
    title: `Hướng dẫn một số vấn đề về nghiệp vụ công tác đảng viên ${SAMPLE}`,
    issuingBody: 'Ban Tổ chức Trung ương',
    header: ['BAN CHẤP HÀNH TRUNG ƯƠNG', 'BAN TỔ CHỨC'],
    place: 'Hà Nội',
    issuedDate: '2025-11-03',
    summary:
      'Hướng dẫn mẫu về thủ tục chuyển sinh hoạt đảng chính thức và tạm thời, thu nộp đảng phí, quản lý hồ sơ đảng viên (dữ liệu mẫu).',
    paragraphs: [
      'Văn bản mẫu, chỉ dùng để trình diễn; khi làm thủ tục, đảng viên liên hệ văn phòng cấp ủy để được hướng dẫn theo quy định hiện hành.',
      'Đảng viên chuyển hẳn nơi công tác hoặc nơi cư trú thì làm thủ tục chuyển sinh hoạt đảng chính thức; đi học tập, công tác có thời hạn thì chuyển sinh hoạt tạm thời.',
      'Trong thời hạn ghi trên giấy giới thiệu, đảng viên phải xuất trình với chi bộ nơi đến để được sinh hoạt; quá hạn không có lý do chính đáng thì chi bộ xem xét, báo cáo cấp ủy cấp trên.',
      'Đảng phí được đóng hằng tháng tại chi bộ; chi bộ ghi sổ, nộp lên cấp trên theo đúng kỳ hạn.',
    ],
    signature: ['TRƯỞNG BAN'],
    org: 'SH',
    audience: 'members',
  },
  {
    numberSymbol: '12-NQ/TU',
    type: 'nghi-quyet',
    title: 'Nghị quyết về phát triển kinh tế biển đặc khu Hòn Mây đến năm 2030',
    issuingBody: 'Ban Chấp hành Đảng bộ tỉnh Sơn Hà',
    header: PROVINCE_HEADER,
    place: 'Sơn Hà',
    issuedDate: '2025-10-15',
    summary:
      'Đưa đặc khu Hòn Mây thành trung tâm dịch vụ hậu cần nghề cá và du lịch sinh thái biển; bảo vệ rừng ngập mặn và chủ quyền biển đảo.',
    paragraphs: [
      'Phát triển kinh tế biển gắn với bảo đảm quốc phòng, an ninh và bảo vệ môi trường là nhiệm vụ trọng tâm của Đảng bộ tỉnh giai đoạn tới.',
      'Đến năm 2030, hoàn thành khu neo đậu tàu cá, tuyến đê chắn sóng và cảng dịch vụ hậu cần nghề cá; hình thành các tuyến du lịch sinh thái quanh đảo.',
      'Đảng ủy đặc khu Hòn Mây xây dựng chương trình hành động; các chi bộ thôn đảo phân công đảng viên vận động ngư dân tham gia tổ đoàn kết trên biển.',
    ],
    signature: ['T/M TỈNH ỦY', 'BÍ THƯ'],
    org: 'SH',
    audience: 'public',
  },
  {
    numberSymbol: '27-CT/TU',
    type: 'chi-thi',
    title: 'Chỉ thị về tăng cường lãnh đạo công tác phát triển đảng viên',
    issuingBody: 'Ban Thường vụ Tỉnh ủy Sơn Hà',
    header: PROVINCE_HEADER,
    place: 'Sơn Hà',
    issuedDate: '2026-03-15',
    summary:
      'Mỗi chi bộ có kế hoạch tạo nguồn, mỗi đảng viên giúp đỡ ít nhất một quần chúng ưu tú; xóa tình trạng chi bộ nhiều năm không kết nạp được đảng viên.',
    paragraphs: [
      'Thời gian qua, công tác phát triển đảng viên ở một số chi bộ thôn, khu phố và doanh nghiệp còn chậm; có chi bộ nhiều năm không kết nạp được đảng viên mới.',
      'Ban Thường vụ Tỉnh ủy yêu cầu cấp ủy các cấp xác định phát triển đảng viên là nhiệm vụ thường xuyên; mỗi chi bộ có kế hoạch tạo nguồn từ đoàn viên thanh niên, người lao động tiêu biểu.',
      'Mỗi đảng viên chính thức nhận giúp đỡ ít nhất một quần chúng ưu tú; chi bộ theo dõi, nhận xét trong các kỳ sinh hoạt.',
      'Các đảng ủy trực thuộc báo cáo kết quả thực hiện Chỉ thị này sáu tháng một lần.',
    ],
    signature: STANDING,
    org: 'SH',
    audience: 'public',
  },
  {
    numberSymbol: '145-KH/TU',
    type: 'ke-hoach',
    title: 'Kế hoạch tổ chức các hoạt động kỷ niệm 72 năm Chiến thắng Điện Biên Phủ (7/5/1954 – 7/5/2026)',
    issuingBody: 'Ban Thường vụ Tỉnh ủy Sơn Hà',
    header: PROVINCE_HEADER,
    place: 'Sơn Hà',
    issuedDate: '2026-03-20',
    summary:
      'Gặp mặt cựu chiến binh, thanh niên xung phong; thi tìm hiểu lịch sử; sinh hoạt chuyên đề về tinh thần Điện Biên Phủ trong các chi bộ.',
    paragraphs: [
      'Kỷ niệm Chiến thắng Điện Biên Phủ nhằm giáo dục truyền thống yêu nước, ý chí tự lực, tự cường cho cán bộ, đảng viên và nhân dân, nhất là thế hệ trẻ.',
      'Các chi bộ tổ chức sinh hoạt chuyên đề về tinh thần Điện Biên Phủ trong lao động, học tập; mời cựu chiến binh kể chuyện truyền thống.',
      'Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức cuộc thi tìm hiểu lịch sử trên Sổ tay Đảng viên; Đảng ủy Quân sự tỉnh chủ trì gặp mặt cựu chiến binh.',
      'Các hoạt động tổ chức trang trọng, thiết thực, tiết kiệm, tránh phô trương hình thức.',
    ],
    signature: STANDING,
    org: 'SH',
    audience: 'public',
  },
  {
    numberSymbol: '08-QĐi/TU',
    type: 'quy-dinh',
    title: 'Quy định về chế độ thông tin, báo cáo trong Đảng bộ tỉnh',
    issuingBody: 'Ban Thường vụ Tỉnh ủy Sơn Hà',
    header: PROVINCE_HEADER,
    place: 'Sơn Hà',
    issuedDate: '2025-12-01',
    summary:
      'Báo cáo định kỳ gửi qua hệ thống điện tử; chi bộ cập nhật biến động đảng viên trong năm ngày làm việc.',
    paragraphs: [
      'Quy định này áp dụng với các tổ chức đảng trực thuộc Tỉnh ủy và các chi bộ, đảng bộ cơ sở.',
      'Báo cáo tháng, quý, năm được gửi qua hệ thống điện tử; không gửi qua hệ thống này các tài liệu có độ mật.',
      'Chi bộ cập nhật biến động đảng viên như kết nạp, chuyển chính thức, chuyển sinh hoạt trong thời hạn năm ngày làm việc kể từ khi có quyết định.',
    ],
    signature: STANDING,
    org: 'SH',
    audience: 'members',
  },
  {
    numberSymbol: '21-HD/BTGDVTU',
    type: 'huong-dan',
    title: 'Hướng dẫn học tập chuyên đề hằng tháng năm 2026',
    issuingBody: 'Ban Tuyên giáo và Dân vận Tỉnh ủy Sơn Hà',
    header: ['TỈNH ỦY SƠN HÀ', 'BAN TUYÊN GIÁO VÀ DÂN VẬN'],
    place: 'Sơn Hà',
    issuedDate: '2026-01-08',
    summary:
      'Mỗi tháng một chuyên đề, có câu hỏi trắc nghiệm trên Sổ tay Đảng viên; chi bộ dành 20 phút thảo luận.',
    paragraphs: [
      'Chuyên đề hằng tháng được đăng trên Sổ tay Đảng viên vào tuần đầu của tháng, kèm câu hỏi trắc nghiệm để đảng viên tự kiểm tra.',
      'Tại kỳ sinh hoạt thường kỳ, chi bộ dành khoảng 20 phút trao đổi về chuyên đề, liên hệ với nhiệm vụ của chi bộ.',
      'Đảng viên cao tuổi, sức khỏe yếu được chi bộ hỗ trợ đọc chuyên đề bằng bản in hoặc bản đọc âm thanh.',
    ],
    signature: ['TRƯỞNG BAN'],
    org: 'SH-CQD',
    audience: 'public',
  },
  {
    numberSymbol: '30-KH/ĐU',
    type: 'ke-hoach',
    title: 'Kế hoạch ứng dụng Sổ tay Đảng viên điện tử trong các chi bộ thuộc Đảng bộ Ủy ban nhân dân tỉnh',
    issuingBody: 'Đảng ủy Ủy ban nhân dân tỉnh Sơn Hà',
    header: ['ĐẢNG BỘ TỈNH SƠN HÀ', 'ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH'],
    place: 'Sơn Hà',
    issuedDate: '2026-02-02',
    summary:
      'Đến hết quý II, toàn bộ đảng viên kích hoạt tài khoản; các chi bộ gửi thông báo và tài liệu sinh hoạt qua hệ thống.',
    paragraphs: [
      'Mục tiêu: mọi đảng viên trong Đảng bộ kích hoạt tài khoản Sổ tay Đảng viên và sử dụng thường xuyên.',
      'Bí thư các chi bộ được tập huấn cách gửi thông báo, đăng tài liệu sinh hoạt, trả lời câu hỏi của đảng viên.',
      'Văn phòng Đảng ủy theo dõi tỷ lệ đọc thông báo của từng chi bộ và báo cáo hằng tháng.',
    ],
    signature: ['T/M ĐẢNG ỦY', 'BÍ THƯ'],
    org: 'SH-UBT',
    audience: 'members',
  },
  {
    numberSymbol: '05-NQ/ĐU',
    type: 'nghi-quyet',
    title: 'Nghị quyết về phát triển nông nghiệp hàng hóa gắn với xây dựng nông thôn mới xã Tân Lĩnh',
    issuingBody: 'Đảng ủy xã Tân Lĩnh',
    header: ['ĐẢNG BỘ TỈNH SƠN HÀ', 'ĐẢNG ỦY XÃ TÂN LĨNH'],
    place: 'Tân Lĩnh',
    issuedDate: '2026-04-10',
    summary:
      'Mỗi thôn xây dựng ít nhất một sản phẩm chủ lực; các chi bộ thôn phân công đảng viên đi đầu liên kết sản xuất.',
    paragraphs: [
      'Nghị quyết xác định phát triển nông nghiệp hàng hóa là khâu đột phá của xã trong nhiệm kỳ.',
      'Mỗi thôn có ít nhất một sản phẩm chủ lực; khuyến khích thành lập tổ hợp tác, liên kết với doanh nghiệp bao tiêu sản phẩm.',
      'Chi bộ các thôn đưa việc thực hiện nghị quyết vào nội dung sinh hoạt hằng tháng; đảng viên đi đầu chuyển đổi cây trồng, vật nuôi.',
    ],
    signature: ['T/M ĐẢNG ỦY', 'BÍ THƯ'],
    org: 'SH-XTL',
    audience: 'org',
  },
  {
    numberSymbol: '03-HD/ĐU',
    type: 'huong-dan',
    title: 'Hướng dẫn sinh hoạt chi bộ khu phố thuộc Đảng bộ phường Sơn Hà',
    issuingBody: 'Đảng ủy phường Sơn Hà',
    header: ['ĐẢNG BỘ TỈNH SƠN HÀ', 'ĐẢNG ỦY PHƯỜNG SƠN HÀ'],
    place: 'Sơn Hà',
    issuedDate: '2026-05-05',
    summary: 'Lịch sinh hoạt, cách chuẩn bị nội dung và ghi biên bản sinh hoạt chi bộ khu phố.',
    paragraphs: [
      'Các chi bộ khu phố sinh hoạt vào tối thứ Bảy tuần đầu tiên của tháng để đảng viên đang đi làm có thể tham dự.',
      'Trước buổi sinh hoạt ba ngày, bí thư chi bộ gửi dự thảo nội dung qua Sổ tay Đảng viên để đảng viên đọc trước.',
      'Biên bản sinh hoạt ghi rõ số đảng viên có mặt, vắng mặt, ý kiến thảo luận và kết luận của chi bộ.',
    ],
    signature: ['T/M ĐẢNG ỦY', 'PHÓ BÍ THƯ'],
    org: 'SH-PSH',
    audience: 'public',
  },
  {
    numberSymbol: '08-NQ/CB',
    type: 'nghi-quyet',
    title: 'Nghị quyết của chi bộ về trồng cây dược liệu dưới tán rừng năm 2027',
    issuingBody: CELL_NAME,
    header: ['ĐẢNG BỘ XÃ TÂN LĨNH', CELL_NAME],
    place: 'Tân Lĩnh',
    issuedDate: '2026-11-20',
    summary:
      'Chi bộ thống nhất vận động các hộ trồng sâm và cây dược liệu dưới tán rừng phòng hộ; mỗi đảng viên nhận một phần việc cụ thể (văn bản nội bộ của chi bộ).',
    paragraphs: [
      'Năm 2026, thôn đã thử trồng sâm dưới tán rừng trên diện tích hai héc-ta, cây sinh trưởng tốt, được Hợp tác xã Tân Lĩnh nhận bao tiêu.',
      'Chi bộ thống nhất: năm 2027 mỗi hộ đảng viên nhận trồng ít nhất một trăm cây sâm hoặc cây dược liệu dưới tán rừng phòng hộ; chi bộ phối hợp Hợp tác xã hỗ trợ giống và hướng dẫn kỹ thuật.',
      'Đảng viên không được chặt phá cây rừng để lấy đất trồng; phát hiện vi phạm phải báo ngay cho chi ủy và Ban quản lý rừng.',
      'Chi ủy kiểm tra kết quả vào cuối mỗi quý và báo cáo Đảng ủy xã tại kỳ sinh hoạt tháng cuối quý.',
    ],
    signature: ['T/M CHI BỘ', 'BÍ THƯ'],
    org: DEMO_CELL,
    audience: 'org',
  },
]
