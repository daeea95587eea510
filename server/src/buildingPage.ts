/** The page shown before the first site build has finished; it reloads itself. */

export const BUILDING_HTML = `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="10">
<title>Trang đang được dựng — Sổ tay Đảng viên</title>
<style>body{font:20px/1.6 system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:2rem 1.25rem}h1{color:#b3121b}</style>
</head>
<body><h1>Trang đang được dựng</h1><p>Sổ tay Đảng viên đang chuẩn bị nội dung. Trang sẽ tự tải lại sau ít giây.</p></body>
</html>
`
