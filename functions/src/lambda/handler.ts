/**
 * The Lambda handler: `GET /fn/inbox` from the lean inbox (no Payload), every other request from the whole route
 * list, loaded on the first one that needs it. The hot path is the same answer the route list mounts
 * (`inbox/list.ts`); only its loading differs.
 */
import { getConnInfo, handle, type LambdaContext, type LambdaEvent } from 'hono/aws-lambda'
import { createApp, type FunctionsApp } from '../appShell.ts'
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

const isInboxList = (event: GatewayEvent) =>
  (event.requestContext?.http?.method ?? event.httpMethod) === 'GET' &&
  (event.rawPath ?? event.path) === '/fn/inbox'

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
    .then((inbox) => (inbox ? handle(createApp({ clientIp, routes: [inboxListRoutes(inbox)] })) : null))
    .catch((error) => {
      console.error('[fn] lean inbox unavailable; the route list answers', error)
      return null
    })
  const everything = once(async () => handle(await full()))
  return async (event: LambdaEvent, context?: LambdaContext): Promise<Awaited<ReturnType<Handler>>> => {
    const fast = isInboxList(event as GatewayEvent) ? await hot : null
    return (fast ?? (await everything()))(event, context)
  }
}
