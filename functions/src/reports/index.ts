/** The report functions: a subtree's figures, its export, and who has not read a notice ("Nhắc lại"). */
import { OpenAPIHono } from '@hono/zod-openapi'
import type { FnEnv } from '../http/env.ts'
import { mount } from '../http/mount.ts'
import { type PayloadSource, payloadReady } from '../http/payloadReady.ts'
import { sameOrigin } from '../http/sameOrigin.ts'
import { signedIn } from '../http/signedIn.ts'
import { refuseInvalid } from '../http/validation.ts'
import { exportReport, exportRoute } from './export.ts'
import { REPORT_MESSAGES } from './messages.ts'
import { remind, remindRoute } from './remind.ts'
import { summary, summaryRoute } from './summary.ts'
import { unread, unreadRoute } from './unread.ts'

export interface ReportsOptions {
  payload: PayloadSource
  allowedOrigins?: string[]
}

export function reportsRoutes(options: ReportsOptions): OpenAPIHono<FnEnv> {
  const ready = payloadReady(options.payload, REPORT_MESSAGES.unavailable)
  const member = [ready, signedIn({ message: REPORT_MESSAGES.signIn })]
  const app = new OpenAPIHono<FnEnv>({ defaultHook: refuseInvalid() })
  const notFound = refuseInvalid('not_found', 404)
  mount(app, { ...summaryRoute, middleware: member }, summary)
  mount(app, { ...exportRoute, middleware: member }, exportReport)
  mount(app, { ...unreadRoute, middleware: member }, unread, notFound)
  mount(app, { ...remindRoute, middleware: [sameOrigin(options), ...member] }, remind, notFound)
  return app
}
