/**
 * Wraps Payload's REST and GraphQL route handlers: refuses cross-site cookie writes and malformed bodies
 * with a Vietnamese 4xx before Payload sees them (Payload answers several of them with 500 or stores them).
 * The routes in app/(payload)/api and the tests use this same function.
 */
import { apiError } from './apiError.ts'
import { graphqlProblem } from './graphqlShape.ts'
import { checkJsonBody } from './jsonBody.ts'
import { checkMultipartBody } from './multipartBody.ts'
import { refuseCrossSiteWrite } from './refuseCrossSiteWrite.ts'

type RouteHandler<A> = (request: Request, args: A) => Promise<Response>

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH'])

const isGetOverride = (request: Request) =>
  request.method.toUpperCase() === 'POST' &&
  (request.headers.get('x-payload-http-method-override') === 'GET' ||
    request.headers.get('x-http-method-override') === 'GET')

const mediaType = (request: Request) =>
  (request.headers.get('content-type') ?? '').split(';', 1)[0].trim().toLowerCase()

export function guardApiRoute<A>(
  handler: RouteHandler<A>,
  kind: 'rest' | 'graphql' = 'rest',
): RouteHandler<A> {
  return async (request, args) => {
    const crossSite = refuseCrossSiteWrite(request)
    if (crossSite) return crossSite
    if (!BODY_METHODS.has(request.method.toUpperCase()) || !request.body) return handler(request, args)

    const type = mediaType(request)
    // Payload's admin searches relationships with a POST that is a GET, its query string as a form body
    // (handleEndpoints rewrites it); it writes nothing.
    if (kind === 'rest' && isGetOverride(request) && type === 'application/x-www-form-urlencoded')
      return handler(request, args)
    if (type === 'multipart/form-data' && kind === 'rest') {
      const checked = await checkMultipartBody(request)
      if (!checked.ok) return apiError(checked.status, checked.message)
      return handler(rebuilt(request, checked.bytes), args)
    }
    if (type !== 'application/json') {
      const text = await request.text()
      if (text === '' && kind === 'rest') return handler(rebuilt(request, text), args)
      return apiError(
        415,
        'Yêu cầu phải gửi dữ liệu dạng JSON (Content-Type: application/json) hoặc tệp tải lên (multipart/form-data).',
      )
    }
    const text = await request.text()
    const checked = checkJsonBody(text)
    if (!checked.ok) return apiError(400, checked.message)
    if (kind === 'graphql') {
      const problem = graphqlProblem(checked.value)
      if (problem) return apiError(400, problem)
    }
    return handler(rebuilt(request, text), args)
  }
}

/** The body has been read; Payload gets a fresh request with the same content. */
function rebuilt(request: Request, body: string | Uint8Array<ArrayBuffer>): Request {
  const headers = new Headers(request.headers)
  headers.delete('content-length')
  return new Request(request.url, {
    method: request.method,
    headers,
    body: body.length === 0 ? undefined : body,
    signal: request.signal,
  })
}
