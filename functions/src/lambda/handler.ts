/**
 * The Lambda handler: `GET /fn/inbox` and `GET /fn/calendar` from the lean reads (no Payload), every other request
 * from the whole route list, loaded on the first one that needs it. The hot paths are the same answers the route
 * list mounts (`inbox/list.ts`, `calendar/agenda.ts`); only their loading differs.
 */
import { getConnInfo, handle, type LambdaContext, type LambdaEvent } from 'hono/aws-lambda'
import { createApp, type FunctionsApp } from '../appShell.ts'
import { agendaRoutes } from '../calendar/agenda.ts'
import { inboxListRoutes, type LeanInbox } from '../inbox/list.ts'

export interface LambdaHandlerOptions {
  /** The lean inbox, or null where the environment cannot give it (the route list's inbox answers then). */
  lean: Promise<LeanInbox | null>
  /** Every function (`lambdaApp`), built on the first request outside the hot path. */
  full: () => Promise<FunctionsApp>
}

type Handler = ReturnType<typeof handle>
type GatewayEvent = {
  rawPath?: string
  path?: string
  httpMethod?: string
  requestContext?: { http?: { method?: string } }
}

const clientIp = (c: Parameters<typeof getConnInfo>[0]) => getConnInfo(c).remote.address

const HOT_PATHS = new Set(['/fn/inbox', '/fn/calendar'])
const isHotPath = (event: GatewayEvent) =>
  (event.requestContext?.http?.method ?? event.httpMethod) === 'GET' &&
  HOT_PATHS.has(event.rawPath ?? event.path ?? '')

/** Remembers a load that succeeded; a failed one is tried again on the next call. */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined
  return () => {
    loading ??= load().catch((error) => {
      loading = undefined
      throw error
    })
    return loading
  }
}

export function lambdaHandler({ lean, full }: LambdaHandlerOptions) {
  lean.catch(() => {})
  const hot = lean
    .then((inbox) =>
      inbox ? handle(createApp({ clientIp, routes: [inboxListRoutes(inbox), agendaRoutes(inbox)] })) : null,
    )
    .catch((error) => {
      console.error('[fn] lean inbox unavailable; the route list answers', error)
      return null
    })
  const everything = once(async () => handle(await full()))
  return async (event: LambdaEvent, context?: LambdaContext): Promise<Awaited<ReturnType<Handler>>> => {
    const fast = isHotPath(event as GatewayEvent) ? await hot : null
    return (fast ?? (await everything()))(event, context)
  }
}
