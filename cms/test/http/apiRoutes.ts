/** Payload's REST and GraphQL routes wrapped exactly as app/(payload)/api wraps them, for in-process HTTP tests. */
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { handleEndpoints, type Payload } from 'payload'
import { guardApiRoute } from '../../src/http/guardApiRoute.ts'

export const BASE = 'http://127.0.0.1:3000'

export function apiRoutes(payload: Payload) {
  const rest = guardApiRoute((request: Request) => handleEndpoints({ config: payload.config, request }))
  const graphql = guardApiRoute(GRAPHQL_POST(payload.config), 'graphql')
  return {
    rest: (path: string, init: RequestInit = {}) => rest(new Request(`${BASE}/api${path}`, init), undefined),
    graphql: (body: string, headers: Record<string, string>) =>
      graphql(
        new Request(`${BASE}/api/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body,
        }),
        undefined,
      ),
  }
}

export const jwt = (token: string) => ({ Authorization: `JWT ${token}` })

/** A refusal must be a 4xx with at least one message in Vietnamese (it has letters only Vietnamese uses). */
export async function vietnameseErrors(response: Response): Promise<string[]> {
  const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
  return (body?.errors ?? []).map((e) => e.message ?? '')
}

export const VIETNAMESE = /[ăâđêôơưàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ]/i
