/** What members and runners read when a room call is refused or accepted. */
export const ROOM_MARGIN_BEFORE_MINUTES = 30
export const ROOM_MARGIN_AFTER_MINUTES = 60

export const ROOM_MESSAGES = {
  signIn: 'Đồng chí cần đăng nhập để vào phòng họp trực tuyến.',
  unavailable: 'Máy chủ đang khởi động, vui lòng thử lại sau ít phút.',
  notInvited: 'Bạn không được mời dự cuộc họp này.',
  noRoom: 'Cuộc họp này không có phòng họp trực tuyến.',
  cancelled: 'Cuộc họp này đã bị hủy.',
  outsideWindow: `Phòng họp trực tuyến chỉ mở từ ${ROOM_MARGIN_BEFORE_MINUTES} phút trước giờ họp đến ${ROOM_MARGIN_AFTER_MINUTES} phút sau giờ kết thúc.`,
  janusOff: 'Phòng họp trực tuyến chưa được bật trên máy chủ này (không có Janus).',
  janusDown: 'Phòng họp trực tuyến tạm thời không phản hồi. Vui lòng thử lại sau ít phút.',
  notInRoom: 'Máy chủ chưa thấy đồng chí trong phòng họp. Vui lòng vào phòng rồi thử lại.',
  counted: 'Đã ghi nhận đồng chí dự họp trực tuyến.',
  runnersOnly: 'Chỉ người điều hành cuộc họp mới làm được việc này.',
  participantAbsent: 'Người này không có trong phòng họp.',
  noMicrophone: 'Người này chưa bật micro nên chưa tắt tiếng được.',
  muted: 'Đã tắt tiếng người này.',
  kicked: 'Đã mời người này ra khỏi phòng họp. Người này vào lại được khi người điều hành cho phép.',
  removed:
    'Người điều hành đã mời đồng chí ra khỏi phòng họp trực tuyến. Đồng chí vào lại được khi người điều hành cho phép.',
  notRemoved: 'Người này không bị mời ra khỏi phòng họp.',
  readmitted: 'Đã cho người này vào lại phòng họp trực tuyến.',
}
