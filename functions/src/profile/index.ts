/** "Của tôi": GET /profile (the member's own record and requests), POST /profile/corrections (ask to correct it). */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import { idOf, profileValues, type Ref } from '@sotay/content-schemas'
import type { FnEnv } from '../http/env.ts'
import { answer, json, jsonError, refusal } from '../http/json.ts'
import { jsonBody } from '../http/jsonBody.ts'
import { mount } from '../http/mount.ts'
import { type PayloadSource, payloadReady } from '../http/payloadReady.ts'
import { sameOrigin } from '../http/sameOrigin.ts'
import { signedIn } from '../http/signedIn.ts'
import { refuseInvalid } from '../http/validation.ts'
import { PROFILE_MESSAGES } from './messages.ts'
import { type CorrectionDoc, FIELD_CHOICES, presentCorrection } from './present.ts'
import { CorrectionAnswerSchema, CorrectionBody, ProfileAnswerSchema } from './schemas.ts'

export interface ProfileOptions {
  payload: PayloadSource
  /** Origins accepted for POST besides the request's own (SERVER_URL behind a TLS proxy). */
  allowedOrigins?: string[]
}

const tags = ['Của tôi']
const signInRefusals = { 401: refusal('Chưa đăng nhập'), 503: refusal('Hệ thống đang khởi động') }

const profileRoute = createRoute({
  method: 'get',
  path: '/profile',
  operationId: 'myProfile',
  summary:
    'Thông tin của tôi (số thẻ, chi bộ, ngày vào Đảng, ngày chính thức, điện thoại, thư) và các đề nghị sửa',
  tags,
  responses: { 200: answer('Thông tin và các đề nghị sửa', ProfileAnswerSchema), ...signInRefusals },
})

const correctionRoute = createRoute({
  method: 'post',
  path: '/profile/corrections',
  operationId: 'requestProfileCorrection',
  summary: 'Đề nghị chi bộ sửa một thông tin của tôi',
  tags,
  request: { body: { content: { 'application/json': { schema: CorrectionBody } }, required: true } },
  responses: {
    201: answer('Đã ghi nhận đề nghị', CorrectionAnswerSchema),
    400: refusal('Dữ liệu không hợp lệ, hoặc tài khoản chưa thuộc chi bộ nào'),
    403: refusal('Không gửi từ chính trang'),
    413: refusal('Dữ liệu gửi lên quá lớn'),
    415: refusal('Không phải application/json'),
    ...signInRefusals,
  },
})

export function profileRoutes(options: ProfileOptions): OpenAPIHono<FnEnv> {
  const ready = payloadReady(options.payload, PROFILE_MESSAGES.unavailable)
  const member = [ready, signedIn({ message: PROFILE_MESSAGES.signIn })]
  const app = new OpenAPIHono<FnEnv>({ defaultHook: refuseInvalid() })

  mount(app, { ...profileRoute, middleware: member }, async (c) => {
    const { payload, user } = c.var
    const asMember = { user, overrideAccess: false } as const
    const [record, requests] = await Promise.all([
      payload.findByID({ collection: 'users', id: user.id, depth: 1, ...asMember }),
      payload.find({
        collection: 'profile-corrections',
        where: { member: { equals: user.id } },
        sort: '-createdAt',
        limit: 50,
        depth: 0,
        ...asMember,
      }),
    ])
    const cell = typeof record.org === 'object' && record.org ? record.org.name : null
    return json({
      profile: profileValues(record, cell),
      fields: FIELD_CHOICES,
      corrections: (requests.docs as unknown as CorrectionDoc[]).map(presentCorrection),
    })
  })

  mount(
    app,
    { ...correctionRoute, middleware: [sameOrigin(options), ...member, jsonBody(8 * 1024)] },
    async (c) => {
      const { payload, user } = c.var
      if (idOf(user.org as Ref) === undefined) return jsonError(400, 'no_cell', PROFILE_MESSAGES.noCell)
      const body = c.req.valid('json')
      const created = await payload.create({
        collection: 'profile-corrections',
        data: { field: body.field, proposedValue: body.proposedValue, note: body.note || undefined } as never,
        depth: 0,
        user,
        overrideAccess: false,
      })
      const correction = presentCorrection(created as unknown as CorrectionDoc)
      return json({ correction, message: PROFILE_MESSAGES.sent }, { status: 201 })
    },
  )

  return app
}
