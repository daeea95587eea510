/** Sample news of the fictional province Sơn Hà; Central items are marked as sample data. */

export interface NewsSeed {
  slug: string
  title: string
  summary: string
  category: 'trung-uong' | 'dia-phuong' | 'co-so' | 'trong-nuoc' | 'quoc-te'
  sourceName: string
  sourcePath: string
  paragraphs: string[]
  /** Days before the seed run; a negative value lies in the future (scheduled). */
  daysAgo: number
  audience?: 'public' | 'members' | 'org'
  /** Owning org code; the province when left out. */
  org?: string
  state?: 'draft' | 'scheduled'
}

const CENTRAL = 'Trang tin mẫu Trung ương'
const PROVINCE_PAPER = 'Báo và Phát thanh, Truyền hình Sơn Hà'
const MAGAZINE = 'Tạp chí mẫu Xây dựng Đảng'

export const NEWS: NewsSeed[] = [
  {
    slug: 'day-manh-thuc-hien-nghi-quyet-57',
    title: 'Đẩy mạnh thực hiện Nghị quyết 57-NQ/TW về khoa học, công nghệ và đổi mới sáng tạo',
    summary:
      'Các cấp ủy được yêu cầu đưa khoa học, công nghệ và chuyển đổi số vào chương trình hành động cụ thể của từng chi bộ (dữ liệu mẫu).',
    category: 'trung-uong',
    sourceName: CENTRAL,
    sourcePath: 'trung-uong/nghi-quyet-57',
    daysAgo: 2,
    paragraphs: [
      'Tại hội nghị trực tuyến toàn quốc, các đại biểu thống nhất rằng việc thực hiện nghị quyết về khoa học, công nghệ và đổi mới sáng tạo phải bắt đầu từ nhận thức của mỗi cấp ủy và mỗi đảng viên.',
      'Hội nghị đề nghị các chi bộ dành ít nhất một kỳ sinh hoạt trong quý để bàn việc ứng dụng công nghệ số vào công việc của cơ quan, đơn vị, khu dân cư.',
      'Đây là tin mẫu dùng để trình diễn hệ thống Sổ tay Đảng viên; nội dung không trích từ văn bản chính thức.',
    ],
  },
  {
    slug: 'quan-triet-quy-dinh-kiem-tra-giam-sat',
    title: 'Hội nghị quán triệt các quy định mới về công tác kiểm tra, giám sát',
    summary:
      'Tăng cường giám sát thường xuyên, phát hiện sớm để nhắc nhở, chấn chỉnh từ chi bộ (dữ liệu mẫu).',
    category: 'trung-uong',
    sourceName: CENTRAL,
    sourcePath: 'trung-uong/kiem-tra-giam-sat',
    daysAgo: 6,
    paragraphs: [
      'Hội nghị nhấn mạnh giám sát phải đi trước một bước, lấy phòng ngừa là chính, và chi bộ là nơi trực tiếp nắm bắt tư tưởng, việc làm của đảng viên.',
      'Các ủy ban kiểm tra được đề nghị công khai kết quả giám sát theo quy định, đồng thời hướng dẫn chi bộ lập kế hoạch giám sát hằng năm.',
    ],
  },
  {
    slug: 'nang-cao-chat-luong-sinh-hoat-chi-bo-dinh-ky',
    title: 'Nâng cao chất lượng sinh hoạt chi bộ định kỳ: chú trọng thực chất, giảm hình thức',
    summary:
      'Sinh hoạt chi bộ cần ngắn gọn, đúng trọng tâm, mỗi kỳ giải quyết dứt điểm một vài việc cụ thể (dữ liệu mẫu).',
    category: 'trung-uong',
    sourceName: CENTRAL,
    sourcePath: 'trung-uong/sinh-hoat-chi-bo',
    daysAgo: 11,
    paragraphs: [
      'Nhiều ý kiến cho rằng một buổi sinh hoạt chi bộ có chất lượng là buổi mà mỗi đảng viên đều có việc để nói và có việc để làm sau khi ra về.',
      'Bí thư chi bộ nên gửi trước nội dung chuẩn bị, để đảng viên đọc, suy nghĩ và góp ý; phần báo cáo tình hình cần ngắn, dành thời gian cho thảo luận.',
      'Tin mẫu phục vụ trình diễn; các số liệu và nhận định là giả định.',
    ],
  },
  {
    slug: 'chuyen-doi-so-trong-quan-ly-dang-vien',
    title: 'Chuyển đổi số trong quản lý đảng viên: dữ liệu đúng, đủ, sạch, sống',
    summary:
      'Cơ sở dữ liệu đảng viên cần được cập nhật ngay tại chi bộ, tránh nhập lại nhiều lần (dữ liệu mẫu).',
    category: 'trung-uong',
    sourceName: CENTRAL,
    sourcePath: 'trung-uong/du-lieu-dang-vien',
    daysAgo: 15,
    audience: 'members',
    paragraphs: [
      'Khi mỗi chi bộ tự cập nhật biến động đảng viên như chuyển sinh hoạt, chuyển chính thức hay miễn sinh hoạt, cấp ủy cấp trên có số liệu kịp thời mà không cần tổng hợp thủ công.',
      'Việc bảo đảm an toàn thông tin phải đi cùng: tài liệu mật tuyệt đối không đưa lên các hệ thống dùng chung.',
    ],
  },
  {
    slug: 'so-ket-chi-thi-27-phat-trien-dang-vien',
    title: 'Tỉnh ủy Sơn Hà sơ kết thực hiện Chỉ thị 27-CT/TU về phát triển đảng viên',
    summary:
      'Sau sáu tháng, toàn Đảng bộ tỉnh kết nạp thêm nhiều đảng viên trẻ; số chi bộ thôn chưa có đảng viên mới giảm rõ rệt.',
    category: 'dia-phuong',
    sourceName: PROVINCE_PAPER,
    sourcePath: 'bao-son-ha/so-ket-chi-thi-27',
    daysAgo: 1,
    paragraphs: [
      'Hội nghị do Ban Thường vụ Tỉnh ủy Sơn Hà chủ trì đánh giá việc thực hiện Chỉ thị 27-CT/TU đã tạo chuyển biến ở những chi bộ thôn lâu nay ít kết nạp được đảng viên.',
      'Nhiều xã đã giao cho mỗi đảng viên giúp đỡ ít nhất một quần chúng ưu tú là đoàn viên thanh niên, người lao động trẻ trở về địa phương.',
      'Hội nghị yêu cầu các đảng ủy xã, phường, đặc khu rà soát các chi bộ chưa kết nạp được đảng viên trong năm và có giải pháp riêng cho từng nơi.',
    ],
  },
  {
    slug: 'ky-niem-72-nam-chien-thang-dien-bien-phu',
    title: 'Sơn Hà tổ chức nhiều hoạt động kỷ niệm 72 năm Chiến thắng Điện Biên Phủ',
    summary:
      'Gặp mặt cựu chiến binh, thi tìm hiểu lịch sử và sinh hoạt chuyên đề về tinh thần Điện Biên Phủ tại các chi bộ.',
    category: 'dia-phuong',
    sourceName: PROVINCE_PAPER,
    sourcePath: 'bao-son-ha/dien-bien-phu-72-nam',
    daysAgo: 4,
    paragraphs: [
      'Hướng tới kỷ niệm Chiến thắng Điện Biên Phủ, Tỉnh ủy Sơn Hà tổ chức gặp mặt các cựu chiến binh, thanh niên xung phong từng tham gia chiến dịch đang sinh sống trên địa bàn tỉnh.',
      'Các chi bộ sinh hoạt chuyên đề với chủ đề tinh thần Điện Biên Phủ trong lao động, học tập hôm nay; đoàn viên thanh niên được mời dự và phát biểu.',
      'Cuộc thi tìm hiểu lịch sử trên Sổ tay Đảng viên thu hút hàng nghìn lượt đảng viên tham gia.',
    ],
  },
  {
    slug: 'dac-khu-hon-may-khoi-cong-de-chan-song',
    title: 'Đặc khu Hòn Mây khởi công tuyến đê chắn sóng bảo vệ khu neo đậu tàu cá',
    summary: 'Công trình giúp hàng trăm tàu cá tránh trú an toàn trong mùa mưa bão.',
    category: 'dia-phuong',
    sourceName: PROVINCE_PAPER,
    sourcePath: 'bao-son-ha/de-chan-song-hon-may',
    daysAgo: 7,
    paragraphs: [
      'Tuyến đê dài gần hai ki-lô-mét được xây dựng theo Nghị quyết 12-NQ/TU của Tỉnh ủy về phát triển kinh tế biển.',
      'Đảng ủy đặc khu phân công đảng viên theo dõi, vận động các hộ dân liên quan, bảo đảm giải phóng mặt bằng đúng tiến độ.',
    ],
  },
  {
    slug: 'lam-viec-voi-dang-bo-xa-khe-vang',
    title: 'Ban Thường vụ Tỉnh ủy làm việc với Đảng bộ xã Khe Vàng về giảm nghèo bền vững',
    summary: 'Xã Khe Vàng đặt mục tiêu giảm một nửa số hộ nghèo nhờ trồng dược liệu dưới tán rừng.',
    category: 'dia-phuong',
    sourceName: PROVINCE_PAPER,
    sourcePath: 'bao-son-ha/khe-vang-giam-ngheo',
    daysAgo: 9,
    paragraphs: [
      'Đoàn công tác ghi nhận Đảng bộ xã Khe Vàng đã phân công mỗi chi bộ thôn phụ trách một mô hình sinh kế cụ thể.',
      'Đồng chí Bí thư Tỉnh ủy đề nghị xã tiếp tục phát huy vai trò nêu gương của đảng viên, đi trước làm mẫu để bà con làm theo.',
    ],
  },
  {
    slug: 'du-thao-ke-hoach-tong-ket-xay-dung-dang',
    title: 'Dự thảo: Kế hoạch tổng kết công tác xây dựng Đảng năm 2026',
    summary: 'Bản nháp đang chờ biên tập, chưa đăng.',
    category: 'dia-phuong',
    sourceName: PROVINCE_PAPER,
    sourcePath: 'bao-son-ha/du-thao-tong-ket',
    daysAgo: 0,
    state: 'draft',
    paragraphs: ['Nội dung đang được Ban biên tập hoàn thiện.'],
  },
  {
    slug: 'hoi-nghi-ban-chap-hanh-dang-bo-tinh-cuoi-nam',
    title: 'Hội nghị Ban Chấp hành Đảng bộ tỉnh cho ý kiến về nhiệm vụ năm tới',
    summary: 'Tin hẹn giờ đăng, sẽ tự công bố khi hội nghị khai mạc.',
    category: 'dia-phuong',
    sourceName: PROVINCE_PAPER,
    sourcePath: 'bao-son-ha/hoi-nghi-cuoi-nam',
    daysAgo: -2,
    state: 'scheduled',
    paragraphs: [
      'Hội nghị thảo luận dự thảo nghị quyết về nhiệm vụ phát triển kinh tế – xã hội, quốc phòng, an ninh và xây dựng Đảng năm tới.',
      'Các đại biểu tập trung cho ý kiến về những chỉ tiêu phát triển đảng viên và nâng cao chất lượng tổ chức cơ sở đảng.',
    ],
  },
  {
    slug: 'tan-linh-lich-sinh-hoat-chi-bo',
    title: 'Đảng ủy xã Tân Lĩnh thông báo lịch sinh hoạt chi bộ và nội dung trọng tâm tháng này',
    summary:
      'Các chi bộ thôn sinh hoạt vào ngày mùng 5 hằng tháng; nội dung trọng tâm là thu hoạch vụ mùa và phòng chống thiên tai.',
    category: 'co-so',
    sourceName: 'Văn phòng Đảng ủy xã Tân Lĩnh',
    sourcePath: 'tan-linh/lich-sinh-hoat',
    daysAgo: 3,
    audience: 'org',
    org: 'SH-XTL',
    paragraphs: [
      'Đảng ủy xã đề nghị các chi bộ thôn sinh hoạt vào ngày mùng 5; chi bộ nào có lý do chính đáng cần lùi lịch phải báo cáo Văn phòng Đảng ủy.',
      'Nội dung trọng tâm: đánh giá việc thu hoạch vụ mùa, rà soát các hộ ở vùng có nguy cơ sạt lở, phân công đảng viên trực tại thôn khi có mưa lớn.',
      'Đảng viên đọc trước Nghị quyết 05-NQ/ĐU của Đảng ủy xã trên Sổ tay Đảng viên để góp ý tại buổi sinh hoạt.',
    ],
  },
  {
    slug: 'phuong-son-ha-dang-vien-giup-ho-kho-khan',
    title: 'Phường Sơn Hà: mỗi đảng viên nhận giúp đỡ một hộ khó khăn',
    summary: 'Phong trào do các chi bộ khu phố phát động đã giúp nhiều hộ có việc làm ổn định.',
    category: 'co-so',
    sourceName: PROVINCE_PAPER,
    sourcePath: 'bao-son-ha/phuong-son-ha-giup-ho-kho-khan',
    daysAgo: 5,
    paragraphs: [
      'Các chi bộ khu phố lập danh sách hộ khó khăn, mỗi đảng viên nhận theo dõi một hộ, thăm hỏi ít nhất mỗi tháng một lần.',
      'Nhiều đảng viên là chủ cơ sở sản xuất đã nhận con em các hộ vào làm việc, giúp gia đình có thu nhập ổn định.',
    ],
  },
  {
    slug: 'trung-doan-892-ket-nap-dang-vien-tre',
    title: 'Đảng bộ Trung đoàn 892 kết nạp đảng viên mới là chiến sĩ trẻ',
    summary:
      'Lễ kết nạp được tổ chức trang nghiêm tại hội trường đơn vị, có đại diện gia đình các quần chúng dự.',
    category: 'co-so',
    sourceName: PROVINCE_PAPER,
    sourcePath: 'bao-son-ha/trung-doan-892-ket-nap',
    daysAgo: 8,
    paragraphs: [
      'Các quần chúng được kết nạp đều là chiến sĩ hoàn thành xuất sắc nhiệm vụ, tích cực trong huấn luyện và các phong trào thi đua của đơn vị.',
      'Bí thư chi bộ giao nhiệm vụ cho từng đảng viên dự bị và phân công đảng viên chính thức giúp đỡ trong thời gian dự bị.',
    ],
  },
  {
    slug: 'dong-may-dua-so-tay-dien-tu-vao-sinh-hoat',
    title: 'Xã Đồng Mây đưa Sổ tay Đảng viên điện tử vào sinh hoạt chi bộ',
    summary: 'Đảng viên đọc văn bản, nhận thông báo và điểm danh sinh hoạt ngay trên điện thoại.',
    category: 'co-so',
    sourceName: PROVINCE_PAPER,
    sourcePath: 'bao-son-ha/dong-may-so-tay-dien-tu',
    daysAgo: 12,
    paragraphs: [
      'Đảng ủy xã Đồng Mây tổ chức tập huấn cho bí thư các chi bộ thôn cách gửi thông báo, đăng tài liệu và ghi biên bản sinh hoạt.',
      'Với đảng viên cao tuổi chưa quen dùng điện thoại, chi bộ phân công đoàn viên thanh niên hướng dẫn tận nhà.',
    ],
  },
  {
    slug: 'cua-song-hoi-dap-chuyen-sinh-hoat-dang',
    title: 'Đảng bộ phường Cửa Sông giải đáp thắc mắc về chuyển sinh hoạt đảng',
    summary: 'Nhiều đảng viên đi làm ăn xa được hướng dẫn thủ tục chuyển sinh hoạt tạm thời.',
    category: 'co-so',
    sourceName: 'Văn phòng Đảng ủy phường Cửa Sông',
    sourcePath: 'cua-song/chuyen-sinh-hoat',
    daysAgo: 14,
    audience: 'members',
    org: 'SH-PCS',
    paragraphs: [
      'Văn phòng Đảng ủy phường tiếp nhận câu hỏi của đảng viên qua Sổ tay Đảng viên và trả lời trong vòng ba ngày làm việc.',
      'Những câu hỏi gặp nhiều được đưa vào mục Hỏi đáp để các đảng viên khác tra cứu.',
    ],
  },
  {
    slug: 'thi-diem-sinh-hoat-chi-bo-ket-hop-truc-tuyen',
    title: 'Nhiều địa phương thí điểm sinh hoạt chi bộ kết hợp trực tuyến',
    summary:
      'Đảng viên ở xa có thể tham dự và biểu quyết, nhưng vẫn bảo đảm nguyên tắc sinh hoạt Đảng (dữ liệu mẫu).',
    category: 'trong-nuoc',
    sourceName: MAGAZINE,
    sourcePath: 'tap-chi/sinh-hoat-truc-tuyen',
    daysAgo: 10,
    paragraphs: [
      'Mô hình phù hợp với chi bộ có nhiều đảng viên làm việc theo ca hoặc thường xuyên đi công tác xa.',
      'Các ý kiến lưu ý nội dung có tính chất mật không được trao đổi qua kênh trực tuyến.',
    ],
  },
  {
    slug: 'kinh-nghiem-sinh-hoat-chi-bo-khu-dan-cu',
    title: 'Kinh nghiệm nâng cao chất lượng sinh hoạt chi bộ ở khu dân cư',
    summary: 'Chọn vấn đề người dân quan tâm để bàn, giao việc rõ người, rõ thời hạn (dữ liệu mẫu).',
    category: 'trong-nuoc',
    sourceName: MAGAZINE,
    sourcePath: 'tap-chi/kinh-nghiem-khu-dan-cu',
    daysAgo: 18,
    paragraphs: [
      'Ở nhiều chi bộ khu dân cư, đảng viên phần lớn đã nghỉ hưu, giàu kinh nghiệm nhưng ít thời gian đi lại; cần bố trí giờ sinh hoạt thuận tiện.',
      'Việc mời trưởng thôn, chi hội trưởng các đoàn thể dự phần thảo luận giúp nghị quyết của chi bộ sát với đời sống.',
    ],
  },
  {
    slug: 'thi-dua-chuyen-doi-so-cap-xa',
    title: 'Phong trào thi đua chuyển đổi số ở cấp xã sau sắp xếp đơn vị hành chính',
    summary: 'Các xã mới sáp nhập đẩy nhanh số hóa hồ sơ, giảm giấy tờ cho người dân (dữ liệu mẫu).',
    category: 'trong-nuoc',
    sourceName: MAGAZINE,
    sourcePath: 'tap-chi/chuyen-doi-so-cap-xa',
    daysAgo: 21,
    paragraphs: [
      'Sau khi không còn cấp huyện, khối lượng công việc ở cấp xã tăng lên, đòi hỏi cán bộ, đảng viên phải thành thạo công cụ số.',
      'Nhiều đảng ủy xã lập tổ công nghệ số cộng đồng do đảng viên trẻ làm nòng cốt.',
    ],
  },
  {
    slug: 'dien-dan-quoc-te-do-thi-ven-bien',
    title: 'Diễn đàn quốc tế về phát triển đô thị ven biển thích ứng biến đổi khí hậu',
    summary:
      'Các đại biểu chia sẻ kinh nghiệm quy hoạch đô thị ven biển và bảo vệ rừng ngập mặn (dữ liệu mẫu).',
    category: 'quoc-te',
    sourceName: 'Bản tin mẫu Quốc tế',
    sourcePath: 'quoc-te/do-thi-ven-bien',
    daysAgo: 13,
    paragraphs: [
      'Diễn đàn quy tụ chuyên gia từ nhiều quốc gia trong khu vực, tập trung vào giải pháp chống xói lở và nước biển dâng.',
      'Kinh nghiệm quốc tế được đánh giá là có giá trị tham khảo cho quy hoạch đặc khu Hòn Mây.',
    ],
  },
  {
    slug: 'hop-tac-dao-tao-nghe-nong-nghiep-xanh',
    title: 'Hợp tác quốc tế đào tạo nghề nông nghiệp xanh cho lao động trẻ',
    summary:
      'Chương trình giúp thanh niên nông thôn tiếp cận kỹ thuật canh tác tiết kiệm nước (dữ liệu mẫu).',
    category: 'quoc-te',
    sourceName: 'Bản tin mẫu Quốc tế',
    sourcePath: 'quoc-te/nong-nghiep-xanh',
    daysAgo: 20,
    paragraphs: [
      'Chương trình mẫu kết nối các trường nghề trong nước với đối tác nước ngoài, đào tạo theo mô đun ngắn hạn.',
      'Đoàn viên thanh niên, trong đó có nhiều quần chúng ưu tú đang được chi bộ bồi dưỡng, tham gia các khóa học đầu tiên.',
    ],
  },
]
