/**
 * One cold start for `lambda-cold.ts`, in a fresh process: loads the Lambda bundle at the path given (or, with
 * `bare`, a trivial handler through the same adapter), answers one synthetic API Gateway v2 `GET /fn/inbox` with the member's
 * token (LAMBDA_COLD_TOKEN), and prints {ms, status} with ms since the process began.
 */

import { pathToFileURL } from 'node:url'
import { gatewayEvent } from '@sotay/functions/lambda-event'

const bare = process.argv[2] === 'bare'
const event = gatewayEvent({
  method: 'GET',
  path: '/fn/inbox',
  headers: { authorization: `JWT ${process.env.LAMBDA_COLD_TOKEN ?? ''}` },
})
const imported = performance.now()
const { handler } = bare
  ? await import('./lambdaBare.ts')
  : ((await import(pathToFileURL(process.argv[2] as string).href)) as typeof import('./lambdaBare.ts'))
const loaded = performance.now()
const result = (await handler(event as never)) as { statusCode: number; body: string }
const ms = performance.now()
process.stdout.write(
  `${JSON.stringify({ ms: Math.round(ms), importMs: Math.round(loaded - imported), status: result.statusCode, body: result.body.slice(0, 120) })}\n`,
)
process.exit(0)
