/** Reports on the wire, as zod schemas (validation, OpenAPI, wire types in ../types.ts). */
import { z } from '@hono/zod-openapi'
import { REPORT_COUNTERS, REPORT_RATES } from '@sotay/content-schemas'
import { REPORT_MESSAGES as M } from './messages.ts'

const Id = z.union([z.number().int(), z.string()])
const Day = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, M.badDay)
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), M.badDay)
const OrgParam = z
  .string()
  .regex(/^[\w-]{1,64}$/, M.orgOutside)
  .optional()
  .openapi({ description: 'Tổ chức (mặc định: tổ chức đầu tiên đồng chí quản lý)' })

export const ReportQuery = z.object({
  org: OrgParam,
  from: Day.optional().openapi({ description: 'Từ ngày, YYYY-MM-DD (mặc định: đầu tháng này)' }),
  to: Day.optional().openapi({ description: 'Đến ngày, YYYY-MM-DD (mặc định: hôm nay)' }),
})

export const EXPORT_FORMATS = ['xlsx', 'csv', 'pdf'] as const
export const ExportQuery = ReportQuery.extend({
  format: z.enum(EXPORT_FORMATS, { error: M.badFormat }).openapi({ description: 'xlsx, csv hoặc pdf' }),
})

const record = <T extends readonly { key: string }[]>(list: T, value: z.ZodType) =>
  z.object(Object.fromEntries(list.map((c) => [c.key, value])) as Record<T[number]['key'], typeof value>)

export const CountersSchema = record(REPORT_COUNTERS, z.number()).openapi('ReportCounters')
export const RatesSchema = record(REPORT_RATES, z.number().nullable()).openapi('ReportRates')

export const OrgFiguresSchema = z
  .object({
    org: z.object({ id: Id, name: z.string(), kind: z.string() }),
    counters: CountersSchema,
    rates: RatesSchema,
    medianAnswerHours: z.number().nullable(),
  })
  .openapi('ReportOrgFigures')

export const ReportSchema = z
  .object({
    org: z.object({ id: Id, name: z.string() }),
    orgs: z.array(z.object({ id: Id, name: z.string() })),
    period: z.object({ from: z.string(), to: z.string(), label: z.string() }),
    total: OrgFiguresSchema,
    children: z.array(OrgFiguresSchema),
    trend: z.array(
      z.object({ month: z.string(), monthLabel: z.string(), counters: CountersSchema, rates: RatesSchema }),
    ),
  })
  .openapi('Report')

export const NoticeParams = z.object({
  id: z
    .string()
    .regex(/^[\w-]{1,64}$/, M.noticeNotFound)
    .openapi({ param: { name: 'id', in: 'path' } }),
})

export const UnreadSchema = z
  .object({
    notice: z.object({ id: Id, title: z.string() }),
    recipients: z.number(),
    read: z.number(),
    unread: z.array(z.object({ id: Id, fullName: z.string(), org: z.string() })),
  })
  .openapi('NoticeUnread')

export const RemindSchema = z
  .object({ notice: z.object({ id: Id, title: z.string() }), reminded: z.number(), message: z.string() })
  .openapi('NoticeReminder')

export type Report = z.infer<typeof ReportSchema>
export type NoticeUnread = z.infer<typeof UnreadSchema>
export type NoticeReminder = z.infer<typeof RemindSchema>
