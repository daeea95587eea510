/** The meeting functions (sinh hoạt chi bộ): my meetings, one meeting, reply, schedule, change, attendance, oversight. */
import { OpenAPIHono } from '@hono/zod-openapi'
import type { FnEnv } from '../http/env.ts'
import { jsonBody } from '../http/jsonBody.ts'
import { mount } from '../http/mount.ts'
import { type PayloadSource, payloadReady } from '../http/payloadReady.ts'
import { sameOrigin } from '../http/sameOrigin.ts'
import { signedIn } from '../http/signedIn.ts'
import { refuseInvalid } from '../http/validation.ts'
import { attendance, attendanceRoute } from './attendance.ts'
import { change, changeRoute } from './change.ts'
import { detail, detailRoute } from './detail.ts'
import { list, listRoute } from './list.ts'
import { MEETING_MESSAGES } from './messages.ts'
import { oversight, oversightRoute } from './oversight.ts'
import { people, peopleRoute } from './people.ts'
import { reply, replyRoute } from './reply.ts'
import { report, reportRoute } from './report.ts'
import { schedule, scheduleRoute } from './schedule.ts'

export interface MeetingsOptions {
  payload: PayloadSource
  allowedOrigins?: string[]
}

export function meetingsRoutes(options: MeetingsOptions): OpenAPIHono<FnEnv> {
  const ready = payloadReady(options.payload, MEETING_MESSAGES.unavailable)
  const member = [ready, signedIn({ message: MEETING_MESSAGES.signIn })]
  const write = [sameOrigin(options), ...member, jsonBody(32 * 1024)]
  const app = new OpenAPIHono<FnEnv>({ defaultHook: refuseInvalid() })
  const notFound = refuseInvalid('not_found', 404)
  // The fixed paths before /meetings/{id}, which would otherwise take them as an id.
  mount(app, { ...oversightRoute, middleware: member }, oversight)
  mount(app, { ...reportRoute, middleware: member }, report)
  mount(app, { ...peopleRoute, middleware: member }, people)
  mount(app, { ...listRoute, middleware: member }, list)
  mount(app, { ...scheduleRoute, middleware: write }, schedule)
  mount(app, { ...detailRoute, middleware: member }, detail, notFound)
  mount(app, { ...changeRoute, middleware: write }, change)
  mount(app, { ...replyRoute, middleware: write }, reply)
  mount(app, { ...attendanceRoute, middleware: member }, attendance, notFound)
  return app
}
