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
