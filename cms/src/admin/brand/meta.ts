/** The admin's <head>: the handbook's name, description and favicon instead of Payload's. */
import type { Config } from 'payload'
import { MARK_SVG, HANDBOOK_NAME as NAME } from './handbookMark.ts'

const DESCRIPTION =
  'Trang quản trị của Sổ tay Đảng viên: tin tức, văn bản, thông báo, sinh hoạt chi bộ và đảng viên.'

// The favicon is inline: the admin also runs alone (next dev on the CMS port), where the site's /favicon.svg is absent.
export const adminMeta: NonNullable<Config['admin']>['meta'] = {
  // Payload puts one space between a page's title and the suffix.
  titleSuffix: `— ${NAME}`,
  description: DESCRIPTION,
  applicationName: NAME,
  icons: [{ rel: 'icon', type: 'image/svg+xml', url: `data:image/svg+xml,${encodeURIComponent(MARK_SVG)}` }],
  // No generated Open Graph image: it would carry Payload's artwork.
  defaultOGImageType: 'off',
  openGraph: { siteName: NAME, title: NAME, description: DESCRIPTION, locale: 'vi_VN' },
}

export const adminGraphics = { Logo: '/admin/brand/Logo#Logo', Icon: '/admin/brand/Icon#Icon' }
