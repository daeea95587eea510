/** Answers a failed zod validation with the one error shape: 400 and the first issue's Vietnamese message. */
import type { Hook } from '@hono/zod-openapi'
import type { FnEnv } from './env.ts'
import { jsonError } from './json.ts'

/** The hook for `new OpenAPIHono({ defaultHook })`, or one route's own code (e.g. `invalid_device`). */
export const refuseInvalid =
  (code = 'invalid_input', status = 400): Hook<unknown, FnEnv, string, unknown> =>
  (result) => {
    if (result.success) return
    return jsonError(status, code, result.error.issues[0]?.message ?? 'Dữ liệu không hợp lệ.')
  }
