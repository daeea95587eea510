/** The site's destinations, in menu order; `tab` ones are in the phone's bottom bar, the rest in the footer there. */

export interface NavItem {
  href: string
  label: string
  icon: 'home' | 'news' | 'document' | 'study' | 'faq' | 'search' | 'saved'
  tab: boolean
}

export const NAV: readonly NavItem[] = [
  { href: '/', label: 'Trang chủ', icon: 'home', tab: true },
  { href: '/tin-tuc/', label: 'Tin tức', icon: 'news', tab: true },
  { href: '/van-ban/', label: 'Văn bản', icon: 'document', tab: true },
  { href: '/hoc-tap/', label: 'Học tập', icon: 'study', tab: false },
  { href: '/hoi-dap/', label: 'Hỏi đáp', icon: 'faq', tab: false },
  { href: '/tim-kiem/', label: 'Tìm kiếm', icon: 'search', tab: true },
  { href: '/da-luu/', label: 'Đã lưu', icon: 'saved', tab: false },
]

/** The way in for members (đăng nhập); once signed in the same tab leads to their own page. */
export const SIGN_IN = {
  href: '/thanh-vien/dang-nhap/',
  label: 'Đăng nhập',
  signedInHref: '/thanh-vien/',
  signedInLabel: 'Của tôi',
} as const
