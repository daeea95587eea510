/**
 * Payload's own `csrf` and `cors` lists from the deployment's origins (SERVER_URL, SITE_ORIGINS). With a
 * list, Payload ignores the sign-in cookie of a request from any other origin; the route guard
 * (guardApiRoute.ts) also refuses such writes outright, and covers a fresh `pnpm start` with no list.
 */
import { configuredOrigins } from '@sotay/content-schemas/http/siteOrigins'

export function payloadOrigins(env: Record<string, string | undefined> = process.env) {
  const origins = configuredOrigins(env)
  return { csrf: origins, cors: origins }
}
