/** The baseline of `lambda-cold.ts`: a trivial handler through the same Hono AWS Lambda adapter. */
import { Hono } from 'hono'
import { handle } from 'hono/aws-lambda'

const app = new Hono().get('/fn/inbox', (c) => c.json({ docs: [], totalDocs: 0, unread: 0 }))
export const handler = handle(app)
