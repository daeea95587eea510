/** Refusals in Payload's own error shape, so the admin and API clients show the message as they show Payload's. */
export function apiError(status: number, message: string): Response {
  return Response.json({ errors: [{ message }] }, { status, headers: { 'cache-control': 'no-store' } })
}
