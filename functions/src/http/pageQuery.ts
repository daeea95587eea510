/** The `page` and `limit` query of every paged list, as whole numbers within bounds, or the function's own Vietnamese refusal. */
import { z } from '@hono/zod-openapi'

const wholeNumber = (digits: number, min: number, max: number, fallback: number, message: string) => {
  const pattern = new RegExp(`^\\d{1,${digits}}$`)
  return z
    .string()
    .optional()
    .refine(
      (value) => value === undefined || (pattern.test(value) && Number(value) >= min && Number(value) <= max),
      message,
    )
    .transform((value) => (value === undefined ? fallback : Number(value)))
}

export function pageQuery(messages: { badPage: string; badLimit: string }, maxLimit: number) {
  return z.object({
    page: wholeNumber(5, 1, 99_999, 1, messages.badPage).openapi({
      param: { name: 'page', in: 'query' },
      type: 'integer',
      minimum: 1,
    }),
    limit: wholeNumber(2, 1, maxLimit, 20, messages.badLimit).openapi({
      param: { name: 'limit', in: 'query' },
      type: 'integer',
      minimum: 1,
      maximum: maxLimit,
    }),
  })
}
