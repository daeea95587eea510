/**
 * Questions as members ask them, written for the matching benchmark without looking at the stored
 * phrasings' wording: each group names the demo seed entry it should find (by its question, the stable
 * key) and asks it two ways, the second typed without accents as on a phone. OFF_BANK questions have no
 * answer in the bank: matching them confidently would be a wrong automatic answer.
 */

export interface QaGroup {
  /** The seed entry's question, exactly as in cms/src/seed/content/. */
  want: string
  asks: string[]
}

export const QA_GROUPS: QaGroup[] = [
  {
    want: 'Đảng viên đóng đảng phí bao nhiêu mỗi tháng?',
    asks: [
      'Đảng phí hằng tháng tôi phải đóng bao nhiêu?',
      'moi thang dang vien phai nop bao nhieu tien dang phi vay',
    ],
  },
  {
    want: 'Đảng viên đóng đảng phí ở đâu và vào lúc nào?',
    asks: [
      'Tôi nộp tiền đảng phí cho ai, vào thời điểm nào trong tháng?',
      'dong dang phi cho ai va dong luc nao',
    ],
  },
  {
    want: 'Đảng viên đi làm xa có được đóng đảng phí gộp nhiều tháng không?',
    asks: [
      'Em đi làm ở xa, đóng dồn đảng phí mấy tháng một lần có được không ạ?',
      'di lam xa co dong gop dang phi nhieu thang mot luc duoc khong',
    ],
  },
  {
    want: 'Khi nào phải chuyển sinh hoạt đảng chính thức?',
    asks: [
      'Trường hợp nào thì phải chuyển hẳn sinh hoạt đảng sang nơi mới?',
      'khi nao thi phai chuyen dang chinh thuc',
    ],
  },
  {
    want: 'Đi học, đi công tác có thời hạn thì có phải chuyển sinh hoạt đảng không?',
    asks: [
      'Tôi được cử đi học một năm thì có cần chuyển đảng không?',
      'di cong tac co thoi han co phai chuyen sinh hoat tam thoi khong',
    ],
  },
  {
    want: 'Sau khi nhận giấy giới thiệu chuyển sinh hoạt, bao lâu phải nộp cho chi bộ mới?',
    asks: [
      'Cầm giấy giới thiệu sinh hoạt đảng rồi thì trong mấy ngày phải nộp cho nơi mới?',
      'nhan giay gioi thieu roi bao nhieu ngay phai nop cho chi bo moi',
    ],
  },
  {
    want: 'Đảng viên sinh hoạt nơi cư trú là gì?',
    asks: [
      'Đảng viên đang công tác mà vẫn phải giữ liên hệ với chi bộ ở chỗ mình ở là sao?',
      'dang vien giu moi lien he voi noi cu tru la gi',
    ],
  },
  {
    want: 'Chi bộ sinh hoạt bao lâu một lần?',
    asks: ['Mỗi tháng chi bộ họp mấy lần?', 'chi bo hop dinh ky bao lau mot lan'],
  },
  {
    want: 'Vắng sinh hoạt chi bộ thì phải làm gì?',
    asks: ['Tôi bận không dự họp chi bộ được thì phải báo cáo thế nào?', 'vang hop chi bo thi xin phep ai'],
  },
  {
    want: 'Sinh hoạt chi bộ trực tuyến có được không?',
    asks: ['Chi bộ có được họp online qua Zoom không?', 'sinh hoat chi bo qua mang truc tuyen duoc khong'],
  },
  {
    want: 'Biên bản sinh hoạt chi bộ cần ghi những gì?',
    asks: [
      'Thư ký ghi biên bản họp chi bộ phải có những nội dung nào?',
      'bien ban hop chi bo phai ghi nhung noi dung gi',
    ],
  },
  {
    want: 'Thời gian dự bị của đảng viên là bao lâu?',
    asks: [
      'Sau khi kết nạp thì phải dự bị bao nhiêu tháng mới lên chính thức?',
      'du bi bao lau thi duoc chinh thuc',
    ],
  },
  {
    want: 'Muốn vào Đảng thì bắt đầu từ đâu?',
    asks: [
      'Con tôi muốn được kết nạp Đảng thì cần làm những bước gì trước tiên?',
      'muon ket nap dang thi phai lam gi dau tien',
    ],
  },
  {
    want: 'Ai được giới thiệu người vào Đảng?',
    asks: [
      'Người giới thiệu quần chúng vào Đảng cần phải là ai?',
      'ai duoc lam nguoi gioi thieu ket nap dang',
    ],
  },
  {
    want: 'Mất thẻ đảng viên thì làm thế nào?',
    asks: ['Tôi đánh rơi thẻ Đảng rồi, xin cấp lại thế nào?', 'lam mat the dang vien xin cap lai o dau'],
  },
  {
    want: 'Đảng viên được miễn sinh hoạt đảng trong trường hợp nào?',
    asks: ['Những ai thì được miễn công tác và sinh hoạt đảng?', 'truong hop nao duoc mien sinh hoat dang'],
  },
  {
    want: 'Kiểm điểm, đánh giá đảng viên cuối năm gồm những bước nào?',
    asks: [
      'Cuối năm chi bộ đánh giá, xếp loại đảng viên theo trình tự thế nào?',
      'quy trinh kiem diem danh gia dang vien cuoi nam',
    ],
  },
  {
    want: 'Thông tin cá nhân trên Sổ tay Đảng viên bị sai thì sửa ở đâu?',
    asks: [
      'Ngày vào Đảng của tôi trên ứng dụng ghi sai, muốn sửa thì làm sao?',
      'thong tin ca nhan tren ung dung bi sai sua the nao',
    ],
  },
  {
    want: 'Làm sao kích hoạt tài khoản Sổ tay Đảng viên?',
    asks: [
      'Lần đầu dùng Sổ tay thì kích hoạt tài khoản bằng số thẻ thế nào?',
      'cach kich hoat tai khoan lan dau',
    ],
  },
  {
    want: 'Các câu trả lời trong mục Hỏi đáp này có phải văn bản chính thức không?',
    asks: [
      'Câu trả lời trong phần hỏi đáp có giá trị như văn bản chính thức không?',
      'tra loi hoi dap co phai van ban chinh thuc khong',
    ],
  },
  {
    want: 'Người xin vào Đảng phải đủ bao nhiêu tuổi?',
    asks: ['Mấy tuổi thì được xét kết nạp Đảng?', 'bao nhieu tuoi moi duoc vao dang'],
  },
  {
    want: 'Hồ sơ xin kết nạp Đảng gồm những giấy tờ gì?',
    asks: ['Làm hồ sơ vào Đảng cần chuẩn bị những giấy gì?', 'giay to can co trong ho so ket nap dang'],
  },
  {
    want: 'Lý lịch người xin vào Đảng khai như thế nào?',
    asks: ['Viết lý lịch xin vào Đảng có phải khai cả ông bà không?', 'cach viet ly lich nguoi xin vao dang'],
  },
  {
    want: 'Ai có thẩm quyền quyết định kết nạp đảng viên?',
    asks: ['Quyết định kết nạp Đảng do cấp nào ký?', 'cap nao co tham quyen ra quyet dinh ket nap'],
  },
  {
    want: 'Lễ kết nạp đảng viên được tổ chức như thế nào?',
    asks: [
      'Buổi lễ kết nạp Đảng diễn ra theo trình tự thế nào?',
      'to chuc le ket nap dang vien gom nhung gi',
    ],
  },
  {
    want: 'Hồ sơ đề nghị chuyển đảng viên chính thức gồm những gì?',
    asks: [
      'Hết dự bị, muốn chuyển chính thức thì phải nộp những giấy tờ gì?',
      'ho so de nghi cong nhan dang vien chinh thuc can gi',
    ],
  },
  {
    want: 'Hết thời gian dự bị mà chi bộ chưa xét chuyển chính thức thì sao?',
    asks: [
      'Đã quá mười hai tháng dự bị mà chi bộ vẫn chưa họp xét thì tôi có bị thiệt không?',
      'qua han du bi ma chi bo chua xet chinh thuc thi sao',
    ],
  },
  {
    want: 'Đảng viên dự bị không đủ điều kiện chuyển chính thức thì bị xử lý thế nào?',
    asks: [
      'Dự bị mà không được công nhận chính thức thì sẽ ra sao?',
      'dang vien du bi khong du tieu chuan chinh thuc bi xoa ten khong',
    ],
  },
  {
    want: 'Đảng viên được phân công giúp đỡ đảng viên dự bị có nhiệm vụ gì?',
    asks: [
      'Tôi được chi bộ giao giúp đỡ một đồng chí dự bị thì phải làm những việc gì?',
      'nhiem vu nguoi giup do dang vien du bi',
    ],
  },
  {
    want: 'Lớp bồi dưỡng nhận thức về Đảng học ở đâu?',
    asks: ['Lớp học cảm tình Đảng do đâu mở, đăng ký học ở chỗ nào?', 'hoc lop nhan thuc ve dang o dau'],
  },
  {
    want: 'Người đã ra khỏi Đảng có được kết nạp lại không?',
    asks: [
      'Trước đây bị xóa tên thì bây giờ có xin vào Đảng lại được không?',
      'da ra khoi dang co duoc ket nap lai khong',
    ],
  },
  {
    want: 'Đảng viên dự bị có quyền biểu quyết không?',
    asks: [
      'Đảng viên dự bị có được giơ tay biểu quyết trong cuộc họp chi bộ không?',
      'du bi co duoc bieu quyet khong',
    ],
  },
  {
    want: 'Tuổi Đảng được tính từ ngày nào?',
    asks: ['Tuổi Đảng tính từ hôm kết nạp hay từ lúc lên chính thức?', 'tinh tuoi dang bat dau tu ngay nao'],
  },
  {
    want: 'Làm sao cài Sổ tay Đảng viên lên màn hình điện thoại?',
    asks: [
      'Tôi muốn đưa biểu tượng Sổ tay ra ngoài màn hình chính của điện thoại thì làm sao?',
      'cai dat so tay len dien thoai nhu the nao',
    ],
  },
  {
    want: 'Quên mật khẩu đăng nhập Sổ tay Đảng viên thì làm thế nào?',
    asks: ['Tôi không nhớ mật khẩu để vào ứng dụng nữa thì phải làm gì?', 'khong nho mat khau vao so tay'],
  },
  {
    want: 'Không nhận được thông báo trên điện thoại thì phải làm sao?',
    asks: [
      'Điện thoại của tôi không thấy báo tin mới từ Sổ tay là vì sao?',
      'dien thoai khong hien thong bao cua so tay',
    ],
  },
  {
    want: 'Có nghe đọc bài viết trên Sổ tay được không?',
    asks: [
      'Mắt tôi kém, ứng dụng có đọc bài cho nghe được không?',
      'co nghe doc bai bang giong noi duoc khong',
    ],
  },
  {
    want: 'Câu hỏi gửi qua Sổ tay thì ai trả lời và bao lâu có trả lời?',
    asks: [
      'Tôi gửi câu hỏi trên ứng dụng rồi thì bao giờ mới có người trả lời?',
      'gui cau hoi thi ai tra loi bao lau',
    ],
  },
  {
    want: 'Tên của tôi có bị công khai khi câu hỏi được đưa vào hỏi đáp không?',
    asks: [
      'Nếu câu hỏi của tôi được đăng lên mục hỏi đáp thì người khác có biết tên tôi không?',
      'cau hoi dua vao hoi dap co lo ten nguoi hoi khong',
    ],
  },
  {
    want: 'Sổ tay Đảng viên có dùng được khi mạng yếu không?',
    asks: [
      'Ở bản tôi sóng điện thoại kém thì có đọc được Sổ tay không?',
      'mat mang co dung so tay duoc khong',
    ],
  },
  {
    want: 'Tài liệu mật có được đưa lên Sổ tay Đảng viên không?',
    asks: [
      'Văn bản có đóng dấu mật có được đăng trên ứng dụng không?',
      'tai lieu bi mat co dua len ung dung khong',
    ],
  },
  {
    want: 'Đảng viên được tặng Huy hiệu Đảng khi nào?',
    asks: ['Bao nhiêu năm tuổi Đảng thì được nhận huy hiệu?', 'du bao nhieu nam thi duoc tang huy hieu dang'],
  },
  {
    want: 'Thủ tục đề nghị tặng Huy hiệu Đảng như thế nào?',
    asks: [
      'Chi bộ làm hồ sơ xin huy hiệu Đảng cho đảng viên theo trình tự nào?',
      'thu tuc xet tang huy hieu dang',
    ],
  },
  {
    want: 'Đảng viên từ trần chưa kịp nhận Huy hiệu Đảng thì có được truy tặng không?',
    asks: [
      'Bố tôi mất trước ngày trao huy hiệu thì gia đình có được nhận thay không?',
      'dang vien qua doi chua nhan huy hieu co duoc truy tang khong',
    ],
  },
  {
    want: 'Đảng viên hoàn thành xuất sắc nhiệm vụ được khen thưởng thế nào?',
    asks: [
      'Đảng viên nhiều năm liền hoàn thành xuất sắc thì được khen những gì?',
      'khen thuong dang vien hoan thanh xuat sac nhiem vu',
    ],
  },
  {
    want: 'Đảng viên bị kỷ luật có được xét tặng Huy hiệu Đảng không?',
    asks: [
      'Đang chịu kỷ luật thì có được trao huy hiệu Đảng không?',
      'bi ky luat co duoc nhan huy hieu khong',
    ],
  },
  {
    want: 'Các hình thức kỷ luật đảng viên là gì?',
    asks: ['Kỷ luật trong Đảng có những mức nào, nặng nhất là gì?', 'cac muc ky luat dang vien gom nhung gi'],
  },
  {
    want: 'Đảng viên không đồng ý với quyết định kỷ luật thì làm gì?',
    asks: [
      'Tôi thấy mình bị kỷ luật oan thì khiếu nại lên đâu?',
      'khong dong y quyet dinh ky luat thi khieu nai the nao',
    ],
  },
  {
    want: 'Đảng viên vi phạm pháp luật bị xử lý hình sự thì có bị kỷ luật đảng không?',
    asks: [
      'Đảng viên bị tòa án kết án thì Đảng có kỷ luật nữa không?',
      'dang vien pham toi hinh su co bi khai tru khong',
    ],
  },
  {
    want: 'Ủy ban kiểm tra có nhiệm vụ gì với đảng viên?',
    asks: [
      'Ủy ban kiểm tra của Đảng ủy kiểm tra đảng viên những việc gì?',
      'nhiem vu cua uy ban kiem tra doi voi dang vien',
    ],
  },
  {
    want: 'Đảng viên phát hiện sai phạm của đảng viên khác thì báo ở đâu?',
    asks: ['Thấy một đảng viên làm sai thì tôi tố cáo với ai?', 'phat hien dang vien vi pham thi bao cho ai'],
  },
  {
    want: 'Xóa tên đảng viên khác kỷ luật khai trừ thế nào?',
    asks: [
      'Bị xóa tên khỏi danh sách đảng viên có giống bị khai trừ không?',
      'xoa ten va khai tru khac nhau cho nao',
    ],
  },
  {
    want: 'Đảng viên bị kỷ luật cảnh cáo thì bao lâu được xem xét lại?',
    asks: [
      'Bị cảnh cáo rồi thì sau bao nhiêu lâu mới hết kỷ luật?',
      'bi canh cao bao lau thi duoc xoa ky luat',
    ],
  },
  {
    want: 'Đảng viên sinh con thứ ba có bị kỷ luật không?',
    asks: [
      'Vợ chồng đảng viên đẻ con thứ ba thì bây giờ có bị xử lý không?',
      'dang vien de con thu 3 co bi ky luat nua khong',
    ],
  },
  {
    want: 'Chế độ đảng phí hiện nay được quy định ở văn bản nào?',
    asks: [
      'Quy định hiện hành về việc đóng đảng phí là quyết định số mấy?',
      'dang phi hien nay theo quyet dinh nao',
    ],
  },
  {
    want: 'Đảng viên nghỉ hưu đóng đảng phí thế nào?',
    asks: [
      'Tôi đã về hưu, lương hưu thì đóng đảng phí bao nhiêu phần trăm?',
      'huu tri dong dang phi tinh theo luong huu the nao',
    ],
  },
  {
    want: 'Đảng viên là nông dân, không có lương thì đóng đảng phí bao nhiêu?',
    asks: [
      'Tôi làm nông, không có lương tháng thì đảng phí đóng mức nào?',
      'dang vien khong huong luong dong dang phi bao nhieu',
    ],
  },
  {
    want: 'Đảng viên tuổi cao, hoàn cảnh khó khăn có được miễn, giảm đảng phí không?',
    asks: [
      'Nhà tôi nghèo, tuổi đã cao thì có được bớt tiền đảng phí không?',
      'gia yeu kho khan co duoc mien dang phi khong',
    ],
  },
  {
    want: 'Không đóng đảng phí mấy tháng thì bị xóa tên?',
    asks: [
      'Quên nộp đảng phí ba tháng liền có bị xóa tên không?',
      'bao nhieu thang khong dong dang phi thi bi xoa ten',
    ],
  },
  {
    want: 'Đảng viên dự bị có phải đóng đảng phí không?',
    asks: [
      'Mới được kết nạp, còn đang dự bị thì đã phải nộp đảng phí chưa?',
      'du bi co phai nop dang phi khong',
    ],
  },
  {
    want: 'Đảng phí được sử dụng vào việc gì?',
    asks: ['Tiền đảng phí thu về được chi tiêu vào những khoản nào?', 'dang phi duoc chi vao viec gi'],
  },
  {
    want: 'Đảng viên có được tự nguyện đóng đảng phí cao hơn mức quy định không?',
    asks: [
      'Tôi muốn nộp đảng phí nhiều hơn mức phải đóng có được không?',
      'tu nguyen dong them dang phi duoc khong',
    ],
  },
  {
    want: 'Lương thay đổi thì mức đảng phí có thay đổi theo không?',
    asks: [
      'Được nâng lương thì tiền đảng phí có phải đóng thêm không?',
      'luong tang thi dang phi co tang theo khong',
    ],
  },
  {
    want: 'Sinh hoạt chi bộ thường kỳ gồm những nội dung gì?',
    asks: [
      'Buổi họp chi bộ hằng tháng thường bàn những việc gì?',
      'noi dung hop chi bo hang thang gom nhung gi',
    ],
  },
  {
    want: 'Sinh hoạt chuyên đề là gì và bao lâu tổ chức một lần?',
    asks: ['Chi bộ phải sinh hoạt chuyên đề mấy lần một năm?', 'bao lau chi bo sinh hoat chuyen de mot lan'],
  },
  {
    want: 'Hội nghị chi bộ cần bao nhiêu đảng viên dự mới hợp lệ?',
    asks: [
      'Họp chi bộ phải có mặt bao nhiêu phần trăm đảng viên thì mới hợp lệ?',
      'hop chi bo can bao nhieu nguoi du moi hop le',
    ],
  },
  {
    want: 'Đảng viên bỏ sinh hoạt chi bộ nhiều lần thì bị xử lý thế nào?',
    asks: [
      'Có người không đi họp chi bộ mấy tháng liền thì chi bộ xử lý ra sao?',
      'dang vien khong di sinh hoat nhieu thang bi xu ly the nao',
    ],
  },
  {
    want: 'Đảng viên được miễn sinh hoạt có phải đi họp chi bộ không?',
    asks: [
      'Tôi đã được miễn sinh hoạt rồi thì có còn phải đến họp chi bộ nữa không?',
      'da mien sinh hoat thi con phai hop chi bo khong',
    ],
  },
  {
    want: 'Thủ tục xin miễn công tác và sinh hoạt đảng như thế nào?',
    asks: [
      'Tôi già yếu rồi, muốn làm đơn xin miễn sinh hoạt đảng thì viết thế nào?',
      'thu tuc lam don xin mien sinh hoat dang',
    ],
  },
  {
    want: 'Ai chủ trì buổi sinh hoạt chi bộ?',
    asks: ['Người điều khiển cuộc họp chi bộ là ai?', 'ai chu tri hop chi bo'],
  },
  {
    want: 'Chi bộ có được sinh hoạt ghép với chi bộ khác không?',
    asks: ['Hai chi bộ thôn có được họp chung một buổi không?', 'nhieu chi bo sinh hoat chung duoc khong'],
  },
  {
    want: 'Cấp ủy viên cấp trên có dự sinh hoạt chi bộ không?',
    asks: [
      'Đồng chí đảng ủy viên phụ trách có phải về dự họp chi bộ không?',
      'cap uy vien cap tren co ve du hop chi bo khong',
    ],
  },
  {
    want: 'Làm thế nào để nâng cao chất lượng sinh hoạt chi bộ?',
    asks: [
      'Họp chi bộ còn đơn điệu, làm sao cho buổi sinh hoạt có chất lượng hơn?',
      'cach nang cao chat luong sinh hoat chi bo',
    ],
  },
  {
    want: 'Đảng viên có được ghi âm, chụp ảnh buổi sinh hoạt chi bộ không?',
    asks: [
      'Có được quay phim buổi họp chi bộ rồi đưa lên Facebook không?',
      'chup anh cuoc hop chi bo co duoc khong',
    ],
  },
  {
    want: 'Nghị quyết chi bộ hằng tháng được thông qua như thế nào?',
    asks: [
      'Nghị quyết tháng của chi bộ được biểu quyết thông qua ra sao?',
      'thong qua nghi quyet chi bo moi thang the nao',
    ],
  },
  {
    want: 'Thẻ đảng viên được phát khi nào?',
    asks: ['Vào Đảng bao lâu thì được cấp thẻ?', 'khi nao duoc phat the dang'],
  },
  {
    want: 'Thẻ đảng viên bị hỏng, rách thì có được đổi không?',
    asks: [
      'Thẻ Đảng của tôi bị ướt, mờ hết chữ thì xin đổi thẻ mới được không?',
      'the dang rach nat co doi lai duoc khong',
    ],
  },
  {
    want: 'Đảng viên phải giữ gìn và sử dụng thẻ đảng viên như thế nào?',
    asks: [
      'Thẻ đảng viên được dùng vào những việc gì, cất giữ ra sao?',
      'bao quan va su dung the dang vien the nao',
    ],
  },
  {
    want: 'Phiếu đảng viên là gì và lập khi nào?',
    asks: ['Bao giờ thì phải khai phiếu đảng viên?', 'phieu dang vien lap luc nao'],
  },
  {
    want: 'Khi nào phải khai phiếu bổ sung hồ sơ đảng viên?',
    asks: ['Hằng năm có phải khai bổ sung lý lịch đảng viên không?', 'khi nao phai khai phieu bo sung ho so'],
  },
  {
    want: 'Hồ sơ đảng viên do ai quản lý?',
    asks: ['Lý lịch đảng viên của tôi được cất giữ ở đâu, ai giữ?', 'ai quan ly ho so dang vien'],
  },
  {
    want: 'Ngày sinh trong hồ sơ Đảng khác với căn cước thì xử lý thế nào?',
    asks: [
      'Năm sinh trên lý lịch Đảng không khớp với căn cước công dân thì sửa thế nào?',
      'ngay sinh ho so dang khac can cuoc',
    ],
  },
  {
    want: 'Bản kiểm điểm đảng viên cuối năm viết theo mẫu nào?',
    asks: [
      'Có mẫu bản kiểm điểm cá nhân cuối năm cho đảng viên không?',
      'mau ban kiem diem dang vien cuoi nam',
    ],
  },
  {
    want: 'Xếp loại chất lượng đảng viên có mấy mức?',
    asks: [
      'Đánh giá đảng viên hằng năm chia thành những loại nào?',
      'xep loai chat luong dang vien gom nhung muc nao',
    ],
  },
  {
    want: 'Đảng viên đổi tên hoặc thay đổi số căn cước thì báo ai?',
    asks: [
      'Tôi vừa làm lại căn cước, số mới khác số cũ thì có phải báo chi bộ không?',
      'doi ten trong giay to thi bao cho ai',
    ],
  },
  {
    want: 'Giấy chứng nhận học lý luận chính trị có đưa vào hồ sơ đảng viên không?',
    asks: [
      'Học xong lớp sơ cấp lý luận chính trị thì có nộp bằng vào hồ sơ Đảng không?',
      'chung chi ly luan chinh tri co luu vao ho so dang vien khong',
    ],
  },
  {
    want: 'Đảng viên có những nhiệm vụ gì?',
    asks: ['Điều lệ Đảng quy định đảng viên phải làm những nhiệm vụ nào?', 'nhiem vu cua dang vien gom gi'],
  },
  {
    want: 'Đảng viên có những quyền gì?',
    asks: ['Là đảng viên thì tôi được hưởng những quyền nào?', 'dang vien duoc nhung quyen gi'],
  },
  {
    want: 'Đảng viên có được chất vấn bí thư chi bộ không?',
    asks: [
      'Trong cuộc họp, tôi có được hỏi thẳng bí thư về việc chi tiêu của chi bộ không?',
      'co duoc chat van bi thu khong',
    ],
  },
  {
    want: 'Đảng viên có được làm kinh tế tư nhân không?',
    asks: [
      'Đảng viên có được mở công ty riêng để kinh doanh không?',
      'dang vien lam kinh te tu nhan duoc khong',
    ],
  },
  {
    want: 'Đảng viên được phát ngôn trên mạng xã hội như thế nào?',
    asks: [
      'Đảng viên viết bài, bình luận trên Facebook cần chú ý những gì?',
      'dang vien phat ngon tren mang xa hoi the nao',
    ],
  },
  {
    want: 'Đảng viên có trách nhiệm gì ở khu dân cư nơi mình ở?',
    asks: ['Ở thôn xóm nơi mình sống thì đảng viên phải làm gì?', 'trach nhiem cua dang vien o noi cu tru'],
  },
  {
    want: 'Đảng viên có được xin ra khỏi Đảng không?',
    asks: [
      'Tôi không muốn làm đảng viên nữa thì có được làm đơn xin ra Đảng không?',
      'xin ra khoi dang duoc khong',
    ],
  },
  {
    want: 'Đảng viên có phải học tập nghị quyết mới không?',
    asks: [
      'Mỗi khi có nghị quyết mới thì đảng viên có bắt buộc phải đi học không?',
      'co phai hoc nghi quyet moi khong',
    ],
  },
  {
    want: 'Những điều đảng viên không được làm là gì?',
    asks: ['Quy định cấm đảng viên làm những việc gì?', 'nhung viec dang vien bi cam lam'],
  },
  {
    want: 'Đảng viên có trách nhiệm nêu gương như thế nào?',
    asks: [
      'Đảng viên phải gương mẫu ra sao trong công việc và gia đình?',
      'trach nhiem neu guong cua dang vien',
    ],
  },
  {
    want: 'Đảng viên có phải báo cáo khi con cái đi nước ngoài không?',
    asks: [
      'Con gái tôi lấy chồng nước ngoài thì tôi có phải báo cáo với chi bộ không?',
      'con di nuoc ngoai co phai bao cao dang khong',
    ],
  },
  {
    want: 'Đảng viên đi làm ăn xa thì sinh hoạt ở đâu?',
    asks: [
      'Tôi vào miền Nam làm thuê vài năm thì sinh hoạt đảng ở chỗ nào?',
      'di lam an xa que sinh hoat dang o dau',
    ],
  },
  {
    want: 'Hồ sơ chuyển sinh hoạt đảng chính thức gồm những gì?',
    asks: [
      'Chuyển đảng chính thức thì cần mang theo những giấy tờ gì?',
      'giay to chuyen sinh hoat dang chinh thuc gom nhung gi',
    ],
  },
  {
    want: 'Chuyển sinh hoạt tạm thời khác chuyển sinh hoạt chính thức thế nào?',
    asks: [
      'Chuyển đảng tạm thời với chuyển chính thức khác nhau ở điểm nào?',
      'chuyen tam thoi va chuyen chinh thuc khac nhau the nao',
    ],
  },
  {
    want: 'Đảng viên đi học tập trung dài hạn thì sinh hoạt đảng ở đâu?',
    asks: [
      'Tôi đi học cao cấp chính trị tập trung hai năm thì sinh hoạt chi bộ nào?',
      'di hoc tap trung dai han sinh hoat dang o dau',
    ],
  },
  {
    want: 'Đảng viên đi lao động, học tập ở nước ngoài thì sinh hoạt đảng thế nào?',
    asks: [
      'Đảng viên sang Nhật làm việc mấy năm thì sinh hoạt đảng ra sao?',
      'di lao dong o nuoc ngoai thi sinh hoat dang the nao',
    ],
  },
  {
    want: 'Nghỉ hưu thì đảng viên chuyển sinh hoạt về đâu?',
    asks: ['Tôi sắp nghỉ hưu thì sinh hoạt đảng chuyển về chi bộ nào?', 'nghi huu chuyen dang ve dau'],
  },
  {
    want: 'Giấy giới thiệu sinh hoạt đảng bị mất thì làm thế nào?',
    asks: [
      'Đi đường tôi đánh mất giấy chuyển sinh hoạt đảng, giờ phải làm gì?',
      'mat giay chuyen sinh hoat dang xin lai the nao',
    ],
  },
  {
    want: 'Đảng viên chuyển nhà sang xã khác thì có phải chuyển sinh hoạt không?',
    asks: [
      'Gia đình tôi dọn về xã bên cạnh ở thì có phải chuyển đảng không?',
      'chuyen nha sang xa khac co phai chuyen sinh hoat dang khong',
    ],
  },
  {
    want: 'Đảng viên công tác ở cơ quan có phải báo cáo với chi bộ nơi cư trú không?',
    asks: [
      'Đảng viên làm ở cơ quan thì có phải báo cáo với chi ủy nơi mình ở không?',
      'dang vien co quan co phai bao cao chi bo noi cu tru khong',
    ],
  },
  {
    want: 'Đi công tác biệt phái vài tháng có phải chuyển sinh hoạt tạm thời không?',
    asks: [
      'Tôi được biệt phái sang đơn vị khác sáu tháng thì có phải chuyển sinh hoạt tạm thời không?',
      'biet phai vai thang co can chuyen sinh hoat tam thoi',
    ],
  },
  {
    want: 'Nhập ngũ thì đảng viên sinh hoạt đảng ở đâu?',
    asks: [
      'Đảng viên đi bộ đội thì sinh hoạt đảng ở đơn vị hay ở địa phương?',
      'di nghia vu quan su thi sinh hoat dang o dau',
    ],
  },
  {
    want: 'Sáp nhập xã, phường thì đảng viên có phải làm lại thủ tục chuyển sinh hoạt không?',
    asks: [
      'Xã tôi vừa nhập với xã bên thì đảng viên có phải làm giấy chuyển sinh hoạt lại không?',
      'sap nhap xa dang vien co phai chuyen sinh hoat lai khong',
    ],
  },
  // A third wording for the subjects members ask about most (fees, transfers, admission).
  {
    want: 'Đảng viên đóng đảng phí bao nhiêu mỗi tháng?',
    asks: ['Mỗi tháng đảng viên nộp đảng phí mức nào?', 'hang thang dong dang phi het bao nhieu tien'],
  },
  {
    want: 'Đảng viên nghỉ hưu đóng đảng phí thế nào?',
    asks: ['Cán bộ về hưu có phải nộp đảng phí không?', 've huu roi con dong dang phi khong'],
  },
  {
    want: 'Nhập ngũ thì đảng viên sinh hoạt đảng ở đâu?',
    asks: [
      'Con tôi là đảng viên sắp đi nghĩa vụ quân sự thì chuyển sinh hoạt thế nào?',
      'dang vien di bo doi sinh hoat o dau',
    ],
  },
  {
    want: 'Thời gian dự bị của đảng viên là bao lâu?',
    asks: ['Đảng viên dự bị mấy năm thì chính thức?', 'thoi gian du bi bao nhieu thang'],
  },
  {
    want: 'Muốn vào Đảng thì bắt đầu từ đâu?',
    asks: ['Điều kiện để được vào Đảng là gì?', 'lam the nao de duoc ket nap dang'],
  },
  // Wordings that avoid the stored keywords: the everyday words members use instead.
  {
    want: 'Đảng viên đóng đảng phí bao nhiêu mỗi tháng?',
    asks: [
      'Tiền Đảng tháng nào cũng phải nộp là mấy phần trăm lương?',
      'hang thang nop tien dang la bao nhieu',
    ],
  },
  {
    want: 'Đảng viên đóng đảng phí ở đâu và vào lúc nào?',
    asks: ['Tiền đảng phí thì nộp cho ai giữ?', 'nop dang phi cho thu quy chi bo vao buoi nao'],
  },
  {
    want: 'Thời gian dự bị của đảng viên là bao lâu?',
    asks: [
      'Mới vào Đảng thì phải chờ bao lâu mới được công nhận chính thức?',
      'ket nap xong bao lau thi thanh dang vien chinh thuc',
    ],
  },
  {
    want: 'Muốn vào Đảng thì bắt đầu từ đâu?',
    asks: [
      'Thanh niên trong thôn muốn đứng vào hàng ngũ của Đảng thì làm gì?',
      'muon tro thanh dang vien thi can lam gi',
    ],
  },
  {
    want: 'Nhập ngũ thì đảng viên sinh hoạt đảng ở đâu?',
    asks: [
      'Đảng viên trúng tuyển quân thì giấy tờ đảng mang theo đi đâu?',
      'di linh thi sinh hoat chi bo nao',
    ],
  },
  {
    want: 'Đảng viên đi làm ăn xa thì sinh hoạt ở đâu?',
    asks: [
      'Tôi lên thành phố làm công nhân mấy năm thì họp chi bộ ở đâu?',
      'di lam cong nhan o tinh khac thi hop chi bo o dau',
    ],
  },
  {
    want: 'Đảng viên được miễn sinh hoạt đảng trong trường hợp nào?',
    asks: [
      'Người già ốm đau có được nghỉ họp chi bộ hẳn không?',
      'om dau lau ngay co duoc nghi sinh hoat dang khong',
    ],
  },
  {
    want: 'Mất thẻ đảng viên thì làm thế nào?',
    asks: ['Bị trộm lấy mất ví có cả thẻ Đảng thì sao?', 'the dang bi that lac thi lam sao'],
  },
  {
    want: 'Đảng viên được tặng Huy hiệu Đảng khi nào?',
    asks: [
      'Ông tôi vào Đảng được 40 năm thì có được trao huy hiệu không?',
      'may nam tuoi dang thi duoc huy hieu',
    ],
  },
  {
    want: 'Các hình thức kỷ luật đảng viên là gì?',
    asks: [
      'Khiển trách, cảnh cáo, cách chức, khai trừ khác nhau thế nào?',
      'ky luat dang co khien trach canh cao cach chuc khai tru dung khong',
    ],
  },
  {
    want: 'Không đóng đảng phí mấy tháng thì bị xóa tên?',
    asks: ['Nợ tiền Đảng lâu có bị đưa ra khỏi Đảng không?', 'khong nop tien dang lau ngay co bi xoa ten'],
  },
  {
    want: 'Chi bộ sinh hoạt bao lâu một lần?',
    asks: ['Chi bộ thôn tôi cứ đầu tháng lại họp, vậy có đúng quy định không?', 'chi bo hop thang may lan'],
  },
  {
    want: 'Đảng viên nghỉ hưu đóng đảng phí thế nào?',
    asks: ['Lương hưu thì nộp tiền Đảng bao nhiêu?', 'nghi huu roi dong dang phi muc nao'],
  },
  {
    want: 'Quên mật khẩu đăng nhập Sổ tay Đảng viên thì làm thế nào?',
    asks: ['Không vào được ứng dụng vì sai mật khẩu mãi thì làm sao?', 'khong dang nhap duoc vi quen pass'],
  },
  {
    want: 'Đảng viên có được làm kinh tế tư nhân không?',
    asks: [
      'Đảng viên mở trang trại, thuê người làm có sai quy định không?',
      'dang vien mo cua hang buon ban duoc khong',
    ],
  },
  {
    want: 'Đảng viên vi phạm pháp luật bị xử lý hình sự thì có bị kỷ luật đảng không?',
    asks: [
      'Đảng viên bị công an bắt vì đánh bạc thì Đảng xử lý thế nào?',
      'dang vien bi khoi to thi chi bo lam gi',
    ],
  },
  {
    want: 'Đảng viên chuyển nhà sang xã khác thì có phải chuyển sinh hoạt không?',
    asks: [
      'Tôi chuyển về ở với con ở huyện khác thì sinh hoạt đảng thế nào?',
      'doi cho o sang huyen khac co phai chuyen dang khong',
    ],
  },
  {
    want: 'Làm sao kích hoạt tài khoản Sổ tay Đảng viên?',
    asks: [
      'Chi bộ đưa tôi tờ giấy có mã số, giờ vào ứng dụng lần đầu thế nào?',
      'moi nhan phieu kich hoat thi lam gi tiep',
    ],
  },
]

/** Questions members might ask that the bank does not answer: these should go to the secretary. */
export const OFF_BANK: string[] = [
  'Giá phân bón vụ này bao nhiêu một bao?',
  'Xã mình bao giờ làm đường bê tông vào thôn?',
  'Hồ sơ xin trợ cấp người có công nộp ở đâu?',
  'Đảng viên có được vay vốn ngân hàng chính sách để chăn nuôi không?',
  'Làm căn cước công dân gắn chíp ở đâu?',
  'Chi bộ có tổ chức đi tham quan lăng Bác năm nay không?',
  'Thủ tục cấp sổ đỏ cho đất vườn thế nào?',
  'Tiền điện tháng này sao tăng nhiều thế?',
  'Con tôi thi đại học năm nay được cộng điểm ưu tiên không?',
  'Bảo hiểm y tế hộ gia đình đóng bao nhiêu một năm?',
  'Lịch tiêm phòng cho trẻ em ở trạm y tế xã khi nào?',
  'Hội Cựu chiến binh xã họp vào ngày nào?',
  'Làm sao đăng ký kết hôn với người nước ngoài?',
  'Đường dây nóng của công an xã là số mấy?',
  'Đảng viên có được đi lễ chùa không?',
  'gia lua nam nay bao nhieu mot can',
  'xin giay phep xay nha o o dau',
  'tro cap that nghiep lam ho so the nao',
  'thu tuc lam ho chieu mat bao lau',
  'lich cat dien tuan nay o xa minh',
  'dang ky thi bang lai xe may o dau',
  'hoc phi truong mam non thang nay bao nhieu',
  'tien luong huu thang nay bao gio linh',
  'thoi tiet tuan toi co mua bao khong',
  'dang vien co duoc nuoi cho khong',
  'ho ngheo duoc ho tro tien dien bao nhieu',
  'ai phu trach loa phat thanh cua thon',
  'xa minh co tuyen giao vien hop dong khong',
  'nop phat vi pham giao thong o dau',
  'cach trong lua nang suat cao',
]
