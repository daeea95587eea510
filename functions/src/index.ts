/** What other packages may use of the functions: the app (every function, or some), and the pieces to add one. */
export {
  type AppOptions,
  createApp,
  FUNCTIONS_BASE,
  type FunctionsApp,
  type FunctionsOptions,
  functionsApp,
} from './app.ts'
export { calendarRoutes } from './calendar/index.ts'
export type { FnEnv } from './http/env.ts'
export { answer, json, jsonError, refusal } from './http/json.ts'
export { mount, type RouteContext } from './http/mount.ts'
export { inboxRoutes } from './inbox/index.ts'
export { checkinRoutes } from './meetings/checkin/index.ts'
export { meetingRoomRoutes } from './meetings/room/index.ts'
export { type JanusOptions, janusFromEnv } from './meetings/room/janus.ts'
export { sessionRoutes } from './session/index.ts'
export { studyRoutes } from './study/index.ts'
export { startToken } from './study/token.ts'
export { tasksRoutes } from './tasks/index.ts'
