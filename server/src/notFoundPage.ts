/** The Vietnamese 404 page used when the site build has none of its own. */

export const NOT_FOUND_HTML = `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Không tìm thấy trang — Sổ tay Đảng viên</title>
<style>body{font:20px/1.6 system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:2rem 1.25rem}h1{color:#b3121b}</style>
</head>
<body><h1>Không tìm thấy trang</h1><p>Trang bạn tìm không tồn tại hoặc đã được chuyển đi.</p><p><a href="/">Về trang chủ</a></p></body>
</html>
`
