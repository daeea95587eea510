/** How the session functions describe themselves in /fn/openapi.json. */
import type { Operation } from '../http/route.ts'

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
})

const member = {
  type: 'object',
  required: ['id', 'fullName', 'cardNumber', 'org', 'canResetMembers'],
  properties: {
    id: { type: ['integer', 'string'] },
    fullName: { type: 'string', description: 'Họ và tên' },
    cardNumber: { type: 'string', description: 'Số thẻ đảng viên' },
    org: {
      type: ['object', 'null'],
      description: 'Chi bộ sinh hoạt',
      properties: { id: { type: ['integer', 'string'] }, name: { type: 'string' } },
    },
    canResetMembers: { type: 'boolean', description: 'Được cấp lại mã kích hoạt cho đảng viên' },
  },
}

const memberAnswer = (description: string, cookie: boolean) => ({
  description,
  ...(cookie
    ? {
        headers: {
          'Set-Cookie': {
            description:
              'payload-token: JWT của Payload; HttpOnly; SameSite=Lax; Path=/; Secure (trừ http cục bộ)',
            schema: { type: 'string' },
          },
        },
      }
    : {}),
  content: {
    'application/json': {
      schema: { type: 'object', required: ['member'], properties: { member } },
    },
  },
})

const jsonBody = (properties: Record<string, unknown>, required: string[]) => ({
  required: true,
  content: { 'application/json': { schema: { type: 'object', required, properties } } },
})

/** The refusals every state-changing call may answer. */
const guarded = {
  '400': error('Dữ liệu không hợp lệ (thiếu trường, sai kiểu, JSON hỏng)'),
  '403': error('Yêu cầu không đến từ chính trang (Origin khác)'),
  '413': error('Dữ liệu gửi lên quá lớn'),
  '415': error('Không phải application/json'),
  '429': {
    ...error('Thử quá nhiều lần; xem Retry-After'),
    headers: { 'Retry-After': { description: 'Số giây cần đợi', schema: { type: 'integer' } } },
  },
}

const card = { type: 'string', maxLength: 64, description: 'Số thẻ đảng viên (hoặc tên đăng nhập)' }

export const loginOperation: Operation = {
  operationId: 'sessionLogin',
  summary: 'Đăng nhập bằng số thẻ đảng viên và mật khẩu',
  description:
    'Sai số thẻ, sai mật khẩu và tài khoản đang bị khóa (sau 5 lần sai) đều nhận cùng một câu trả lời 401.',
  tags: ['Phiên đăng nhập'],
  requestBody: jsonBody({ cardNumber: card, password: { type: 'string', maxLength: 1024 } }, [
    'cardNumber',
    'password',
  ]),
  responses: {
    '200': memberAnswer('Đã đăng nhập', true),
    '401': error('Sai thông tin đăng nhập'),
    ...guarded,
  },
}

export const activateOperation: Operation = {
  operationId: 'sessionActivate',
  summary: 'Kích hoạt tài khoản bằng mã kích hoạt một lần, đặt mật khẩu và đăng nhập',
  tags: ['Phiên đăng nhập'],
  requestBody: jsonBody(
    {
      cardNumber: card,
      activationCode: { type: 'string', description: 'Mã 8 ký tự in trên phiếu kích hoạt' },
      newPassword: { type: 'string', minLength: 8, maxLength: 128 },
    },
    ['cardNumber', 'activationCode', 'newPassword'],
  ),
  responses: {
    '200': memberAnswer('Đã kích hoạt và đăng nhập', true),
    '401': error('Sai số thẻ hoặc mã kích hoạt, hoặc mã đã dùng'),
    ...guarded,
  },
}

export const logoutOperation: Operation = {
  operationId: 'sessionLogout',
  summary: 'Đăng xuất khỏi phiên hiện tại',
  tags: ['Phiên đăng nhập'],
  requestBody: jsonBody({}, []),
  responses: {
    '200': {
      description: 'Đã đăng xuất; cookie bị xóa',
      content: { 'application/json': { schema: { type: 'object', properties: { ok: { const: true } } } } },
    },
    ...guarded,
  },
}

export const meOperation: Operation = {
  operationId: 'sessionMe',
  summary: 'Đảng viên đang đăng nhập',
  tags: ['Phiên đăng nhập'],
  responses: { '200': memberAnswer('Đảng viên đang đăng nhập', false), '401': error('Chưa đăng nhập') },
}

export const resetOperation: Operation = {
  operationId: 'sessionReset',
  summary: 'Cấp lại mã kích hoạt cho một đảng viên trong phạm vi quản lý (bí thư, cấp ủy)',
  tags: ['Phiên đăng nhập'],
  requestBody: jsonBody({ cardNumber: card }, ['cardNumber']),
  responses: {
    '200': {
      description:
        'Mã kích hoạt mới, chỉ hiện một lần trong câu trả lời này (hệ thống chỉ lưu dạng niêm phong), dùng một lần, hết hạn sau 30 ngày; mật khẩu cũ và mọi phiên đăng nhập của đảng viên hết hiệu lực',
      content: {
        'application/json': {
          schema: {
            type: 'object',
            required: ['member', 'activationCode'],
            properties: {
              member: {
                type: 'object',
                properties: {
                  id: { type: ['integer', 'string'] },
                  cardNumber: { type: 'string' },
                  fullName: { type: 'string' },
                },
              },
              activationCode: { type: 'string' },
            },
          },
        },
      },
    },
    '401': error('Chưa đăng nhập'),
    '404': error('Không có đảng viên này trong phạm vi quản lý'),
    ...guarded,
  },
}
