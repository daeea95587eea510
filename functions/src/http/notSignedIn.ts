/** The refusal of a request without a valid session, apart so the lean inbox can say it without loading Payload. */
export const NOT_SIGNED_IN = 'Bạn chưa đăng nhập hoặc phiên đăng nhập đã hết hạn. Vui lòng đăng nhập lại.'
