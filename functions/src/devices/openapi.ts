/** OpenAPI descriptions of the devices functions. */
import { errorSchema } from '../http/json.ts'
import type { Operation } from '../http/route.ts'

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: errorSchema } },
})

const deviceBody = {
  required: true,
  content: {
    'application/json': {
      schema: {
        oneOf: [
          {
            type: 'object',
            description: 'Đăng ký Web Push: PushSubscription.toJSON()',
            required: ['endpoint', 'keys'],
            properties: {
              kind: { const: 'webpush' },
              endpoint: { type: 'string', format: 'uri' },
              keys: {
                type: 'object',
                required: ['p256dh', 'auth'],
                properties: { p256dh: { type: 'string' }, auth: { type: 'string' } },
              },
            },
          },
          {
            type: 'object',
            description: 'Mã FCM của ứng dụng Android',
            required: ['kind', 'token'],
            properties: { kind: { const: 'fcm' }, token: { type: 'string' } },
          },
        ],
      },
    },
  },
}

const deviceView = {
  type: 'object',
  required: ['device'],
  properties: {
    device: {
      type: 'object',
      properties: { id: {}, kind: { type: 'string' }, lastSeenAt: { type: 'string', format: 'date-time' } },
    },
  },
}

export const registerOperation: Operation = {
  operationId: 'registerDevice',
  summary: 'Đăng ký hoặc làm mới thiết bị nhận thông báo đẩy (gọi mỗi lần mở ứng dụng)',
  tags: ['Thông báo'],
  requestBody: deviceBody,
  responses: {
    '200': { description: 'Đã làm mới thiết bị', content: { 'application/json': { schema: deviceView } } },
    '201': {
      description: 'Đã đăng ký thiết bị mới',
      content: { 'application/json': { schema: deviceView } },
    },
    '400': error('Dữ liệu thiết bị không hợp lệ'),
    '401': error('Chưa đăng nhập'),
    '403': error('Yêu cầu không đến từ trang của hệ thống'),
  },
}

export const deleteOperation: Operation = {
  operationId: 'unregisterDevice',
  summary: 'Thôi nhận thông báo đẩy trên một thiết bị của mình',
  tags: ['Thông báo'],
  requestBody: deviceBody,
  responses: {
    '200': {
      description: 'Đã xóa',
      content: {
        'application/json': { schema: { type: 'object', properties: { removed: { type: 'integer' } } } },
      },
    },
    '400': error('Dữ liệu thiết bị không hợp lệ'),
    '401': error('Chưa đăng nhập'),
    '404': error('Không có thiết bị này trong danh sách của bạn'),
  },
}

export const publicKeyOperation: Operation = {
  operationId: 'pushPublicKey',
  summary: 'Khóa công khai VAPID để trình duyệt đăng ký nhận thông báo đẩy',
  tags: ['Thông báo'],
  responses: {
    '200': {
      description: 'Khóa công khai (base64url)',
      content: {
        'application/json': {
          schema: { type: 'object', required: ['publicKey'], properties: { publicKey: { type: 'string' } } },
        },
      },
    },
  },
}
