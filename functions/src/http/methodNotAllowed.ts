/** For a path that exists under another method: 405 with Allow, instead of Hono's plain 404. */
import type { Hono } from 'hono'
import { jsonError } from './json.ts'

const pattern = (path: string) =>
  new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\?:[^/]+/g, '[^/]+')}$`)

/** The methods `path` answers to in `app` (GET brings HEAD), or none. */
export function allowedMethods(app: Hono<any>, path: string): string[] {
  const methods = app.routes
    .filter((route) => route.method !== 'ALL' && pattern(route.path).test(path))
    .flatMap((route) => (route.method === 'GET' ? ['GET', 'HEAD'] : [route.method]))
  return [...new Set(methods)]
}

export const methodNotAllowed = (allow: string[]) =>
  jsonError(405, 'method_not_allowed', 'Phương thức không được hỗ trợ cho địa chỉ này.', {
    allow: allow.join(', '),
  })
