/** The secretary's printable page of activation slips (phiếu mã kích hoạt), one per member, to cut and hand out. */
import { activationCodeTtlMs } from '@sotay/content-schemas'
import { ACTIVATION_PATH, activationLink, activationQrSvg } from './activationLink.ts'

export interface ActivationSlip {
  fullName: string
  cardNumber: string
  cell: string
  code: string
}

export const ACTIVATION_INSTRUCTION =
  'Đăng nhập lần đầu bằng số thẻ và mã kích hoạt, sau đó đặt mật khẩu mới.'

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

/** One slip: the site's address in print and as a QR code that opens activation with the card filled in. */
const slip = async (s: ActivationSlip, origin: string) => {
  const link = activationLink(origin, s.cardNumber)
  return `<section class="slip">
  <h2>Sổ tay Đảng viên — Mã kích hoạt tài khoản</h2>
  <div class="qr" data-link="${escapeHtml(link)}">${await activationQrSvg(link)}</div>
  <dl>
    <dt>Họ và tên</dt><dd>${escapeHtml(s.fullName)}</dd>
    <dt>Số thẻ</dt><dd>${escapeHtml(s.cardNumber)}</dd>
    <dt>Chi bộ</dt><dd>${escapeHtml(s.cell)}</dd>
    <dt>Mã kích hoạt</dt><dd class="code">${escapeHtml(s.code)}</dd>
  </dl>
  <p>${ACTIVATION_INSTRUCTION}</p>
  <p class="site">Quét mã QR hoặc mở <strong>${escapeHtml(origin)}${ACTIVATION_PATH}</strong></p>
</section>`
}

export async function activationSlipsHtml(
  title: string,
  slips: ActivationSlip[],
  origin: string,
): Promise<string> {
  const printed = await Promise.all(slips.map((s) => slip(s, origin)))
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: "Times New Roman", serif; margin: 1cm; color: #000; }
  h1 { font-size: 16pt; text-align: center; }
  .slips { display: grid; grid-template-columns: 1fr 1fr; gap: 0.4cm; }
  .slip { border: 1px dashed #555; padding: 0.4cm; break-inside: avoid; page-break-inside: avoid; }
  .slip h2 { font-size: 11pt; margin: 0 0 0.2cm; }
  dl { display: grid; grid-template-columns: auto 1fr; gap: 0.1cm 0.3cm; margin: 0; font-size: 11pt; }
  dt { font-weight: bold; }
  dd { margin: 0; }
  .code { font-family: "Courier New", monospace; font-size: 15pt; letter-spacing: 0.12em; font-weight: bold; }
  .slip p { font-size: 10pt; margin: 0.2cm 0 0; font-style: italic; }
  .slip .qr { float: right; width: 2.6cm; height: 2.6cm; margin: 0 0 0.2cm 0.3cm; }
  .slip .qr svg { width: 100%; height: 100%; }
  .slip .site { font-style: normal; clear: both; word-break: break-all; }
  .none { text-align: center; }
  @media print { body { margin: 0.5cm; } .noprint { display: none; } }
</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p class="noprint">${slips.length} phiếu. Hãy in trang này, cắt theo đường viền và trao tận tay từng đảng viên. Mã vừa được cấp mới: phiếu in trước đó không còn dùng được, và trang này không mở lại được, hãy in ngay. Mỗi mã dùng một lần, có hiệu lực ${Math.round(activationCodeTtlMs() / 86_400_000)} ngày.</p>
${slips.length ? `<div class="slips">\n${printed.join('\n')}\n</div>` : '<p class="none">Không còn đảng viên nào chờ kích hoạt.</p>'}
</body>
</html>
`
}
