/** OpenAPI descriptions of the inbox functions. */
import { errorSchema } from '../http/json.ts'
import type { Operation } from '../http/route.ts'

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: errorSchema } },
})
const idParam = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'Mã thư: `mãThôngBáo:mãNgườiNhận`',
  schema: { type: 'string' },
}
const item = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    title: { type: 'string' },
    priority: { type: 'string', enum: ['normal', 'important', 'urgent'] },
    priorityLabel: { type: 'string' },
    sentAt: { type: ['string', 'null'], format: 'date-time' },
    read: { type: 'boolean' },
    readAt: { type: ['string', 'null'], format: 'date-time' },
    from: { type: ['string', 'null'] },
    body: { type: 'string' },
    attachments: { type: 'array', items: { type: 'object' } },
  },
}

export const listOperation: Operation = {
  operationId: 'inboxList',
  summary: 'Hộp thư thông báo của đảng viên: chưa đọc trước, mới nhất trước',
  tags: ['Thông báo'],
  parameters: [
    { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } },
    { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 50 } },
  ],
  responses: {
    '200': {
      description: 'Một trang thư',
      content: {
        'application/json': {
          schema: { type: 'object', properties: { items: { type: 'array', items: item } } },
        },
      },
    },
    '400': error('Tham số không hợp lệ'),
    '401': error('Chưa đăng nhập'),
  },
}

export const itemOperation: Operation = {
  operationId: 'inboxItem',
  summary: 'Một thông báo trong hộp thư, toàn văn và tệp đính kèm',
  tags: ['Thông báo'],
  parameters: [idParam],
  responses: {
    '200': {
      description: 'Thông báo',
      content: { 'application/json': { schema: { type: 'object', properties: { item } } } },
    },
    '400': error('Mã không hợp lệ'),
    '401': error('Chưa đăng nhập'),
    '404': error('Không có trong hộp thư của người này'),
  },
}

export const readOperation: Operation = {
  operationId: 'inboxMarkRead',
  summary: 'Đánh dấu đã đọc (gọi lại nhiều lần vẫn giữ thời điểm đọc đầu tiên)',
  tags: ['Thông báo'],
  parameters: [idParam],
  responses: {
    '200': { description: 'Đã đánh dấu' },
    '400': error('Mã không hợp lệ'),
    '401': error('Chưa đăng nhập'),
    '403': error('Không gửi từ chính trang'),
    '404': error('Không có trong hộp thư của người này'),
  },
}
