/** What a function is: a Fetch API handler, mounted at a path under /fn with its OpenAPI description. */

export type Handler = (request: Request) => Response | Promise<Response>

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

/** One OpenAPI 3.1 operation object; kept loose so each function describes itself fully. */
export type Operation = Record<string, unknown> & { summary: string; responses: Record<string, unknown> }

export interface Route {
  method: Method
  /** Path below /fn, starting with a slash, e.g. `/health`. */
  path: string
  handler: Handler
  operation: Operation
}

/** True when `path` fits the route's path, where a `{name}` segment (OpenAPI style) matches any one segment. */
export function pathMatches(pattern: string, path: string): boolean {
  if (!pattern.includes('{')) return pattern === path
  const want = pattern.split('/')
  const got = path.split('/')
  return (
    want.length === got.length &&
    want.every((seg, i) => (seg.startsWith('{') && seg.endsWith('}') ? got[i] !== '' : seg === got[i]))
  )
}
