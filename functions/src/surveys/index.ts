/**
 * Surveys (khảo sát): GET /surveys (sent to me, or mine to read the results of), POST /surveys/{id}/answer (once,
 * inside the window), GET /surveys/{id}/results (tallies and charts, for the committee that sent it),
 * GET /surveys/{id}/export?format=csv|xlsx, GET /surveys/{id}/participation?org= (per org, drill-down).
 */
import { createRoute, OpenAPIHono } from '@hono/zod-openapi'
import type { Survey } from '@sotay/cms'
import { answerSurvey, hasAnswered, questionsOf, surveyResults } from '@sotay/cms/surveys'
import {
  asSessionUser,
  checkSurveyAnswers,
  grantedOrgIds,
  type ID,
  idOf,
  idsOf,
  isSuperadmin,
  memberScope,
  type SessionUser,
  STUDY_ROLES,
  SURVEY_MESSAGES,
  windowOpen,
} from '@sotay/content-schemas'
import type { Payload } from 'payload'
import type { FnEnv } from '../http/env.ts'
import { answer, json, jsonError, refusal } from '../http/json.ts'
import { jsonBody } from '../http/jsonBody.ts'
import { mount } from '../http/mount.ts'
import { type PayloadSource, payloadReady } from '../http/payloadReady.ts'
import { sameOrigin } from '../http/sameOrigin.ts'
import { signedIn } from '../http/signedIn.ts'
import { refuseInvalid } from '../http/validation.ts'
import { mayLookInto } from '../study/participation.ts'
import { timeOf } from '../study/stored.ts'
import { surveyParticipation } from './participation.ts'
import {
  AnswerBody,
  AnsweredSchema,
  ExportQuery,
  SurveyIdParam,
  SurveyListSchema,
  SurveyParticipationQuery,
  SurveyParticipationSchema,
  SurveyResultsSchema,
} from './schemas.ts'

export interface SurveysOptions {
  payload: PayloadSource
  allowedOrigins?: string[]
  /** The server's clock (a test moves it outside a window). */
  now?: () => number
}

type Member = FnEnv['Variables']['user']

const tags = ['Khảo sát']
const signInRefusals = { 401: refusal('Chưa đăng nhập'), 503: refusal('Hệ thống đang khởi động') }
const idParam = (raw: string): ID => (/^\d+$/.test(raw) ? Number(raw) : raw)

const listRoute = createRoute({
  method: 'get',
  path: '/surveys',
  operationId: 'mySurveys',
  summary: 'Các phiếu khảo sát gửi tới tôi, và các phiếu tôi xem được kết quả',
  tags,
  responses: { 200: answer('Danh sách phiếu', SurveyListSchema), ...signInRefusals },
})
const answerRoute = createRoute({
  method: 'post',
  path: '/surveys/{id}/answer',
  operationId: 'answerSurvey',
  summary: 'Trả lời phiếu khảo sát (một lần, trong thời gian khảo sát)',
  tags,
  request: {
    params: SurveyIdParam,
    body: { content: { 'application/json': { schema: AnswerBody } }, required: true },
  },
  responses: {
    200: answer('Đã nhận', AnsweredSchema),
    400: refusal('Câu trả lời không hợp lệ'),
    403: refusal('Không gửi từ chính trang'),
    404: refusal('Không có phiếu này, hoặc phiếu không gửi tới đồng chí'),
    409: refusal('Đã trả lời, hoặc ngoài thời gian khảo sát'),
    413: refusal('Dữ liệu gửi lên quá lớn'),
    415: refusal('Không phải application/json'),
    ...signInRefusals,
  },
})
const resultsRoute = createRoute({
  method: 'get',
  path: '/surveys/{id}/results',
  operationId: 'surveyResults',
  summary: 'Kết quả khảo sát: số lượt chọn, điểm trung bình, ý kiến, biểu đồ',
  tags,
  request: { params: SurveyIdParam },
  responses: {
    200: answer('Kết quả', SurveyResultsSchema),
    400: refusal('Mã phiếu không hợp lệ'),
    403: refusal('Không phải cấp ủy gửi phiếu'),
    404: refusal('Không có phiếu này'),
    ...signInRefusals,
  },
})
const exportRoute = createRoute({
  method: 'get',
  path: '/surveys/{id}/export',
  operationId: 'exportSurvey',
  summary: 'Xuất kết quả khảo sát ra tệp CSV hoặc XLSX',
  tags,
  request: { params: SurveyIdParam, query: ExportQuery },
  responses: {
    200: { description: 'Tệp kết quả (text/csv hoặc XLSX)' },
    400: refusal('Định dạng không hợp lệ'),
    403: refusal('Không phải cấp ủy gửi phiếu'),
    404: refusal('Không có phiếu này'),
    ...signInRefusals,
  },
})
const participationRoute = createRoute({
  method: 'get',
  path: '/surveys/{id}/participation',
  operationId: 'surveyParticipation',
  summary: 'Số đảng viên đã trả lời theo tổ chức cấp dưới; xem sâu từng cấp',
  tags,
  request: { params: SurveyIdParam, query: SurveyParticipationQuery },
  responses: {
    200: answer('Tham gia theo tổ chức', SurveyParticipationSchema),
    400: refusal('Thiếu tổ chức'),
    403: refusal('Không quản lý tổ chức này'),
    404: refusal('Không có phiếu này'),
    ...signInRefusals,
  },
})

/** The survey as the caller reads it (their own access rules decide: sent to them, or in their admin subtree). */
async function readable(payload: Payload, user: Member, id: ID): Promise<Survey | null> {
  const found = await payload.find({
    collection: 'surveys',
    where: { id: { equals: id } },
    limit: 1,
    depth: 0,
    user,
    overrideAccess: false,
  })
  return (found.docs[0] as Survey | undefined) ?? null
}

/** Published, and its org is the member's cell or above it. */
const sentTo = (survey: Survey, member: SessionUser) =>
  Boolean(survey.published) &&
  memberScope(member)
    .map(String)
    .includes(String(idOf(survey.org)))

/** The caller holds a study grant on the survey's org or above it. */
const administers = (survey: Survey, user: SessionUser) => {
  if (isSuperadmin(user)) return true
  const roots = new Set(grantedOrgIds(user, STUDY_ROLES).map(String))
  return [...idsOf(survey.orgAncestors), idOf(survey.org)].some((id) => roots.has(String(id)))
}

/** A committee above the survey starts at its org; a study admin inside the subtree at their own grant. */
const participationOrg = (survey: Survey, user: SessionUser): ID | null =>
  administers(survey, user) ? (idOf(survey.org) ?? null) : (grantedOrgIds(user, STUDY_ROLES)[0] ?? null)

export function surveysRoutes(options: SurveysOptions): OpenAPIHono<FnEnv> {
  const now = options.now ?? Date.now
  const ready = payloadReady(options.payload, SURVEY_MESSAGES.unavailable)
  const member = [ready, signedIn({ message: SURVEY_MESSAGES.signIn })]
  const app = new OpenAPIHono<FnEnv>({ defaultHook: refuseInvalid() })

  mount(app, { ...listRoute, middleware: member }, async (c) => {
    const { payload, user } = c.var
    const caller = asSessionUser(user)
    const found = await payload.find({
      collection: 'surveys',
      sort: '-createdAt',
      limit: 50,
      depth: 0,
      user,
      overrideAccess: false,
    })
    const surveys = (found.docs as Survey[]).filter(
      (s) => caller && (sentTo(s, caller) || administers(s, caller)),
    )
    const answered = await payload.find({
      collection: 'survey-participation',
      where: { and: [{ member: { equals: user.id } }, { survey: { in: surveys.map((s) => s.id) } }] },
      depth: 0,
      limit: 0,
      pagination: false,
      overrideAccess: true,
      select: { survey: true },
    })
    const done = new Set(answered.docs.map((p) => String(idOf(p.survey))))
    return json({
      surveys: surveys.map((s) => ({
        id: s.id,
        title: s.title,
        intro: s.intro ?? null,
        anonymous: Boolean(s.anonymous),
        opensAt: s.opensAt ?? null,
        closesAt: s.closesAt ?? null,
        sentToMe: caller ? sentTo(s, caller) : false,
        answered: done.has(String(s.id)),
        results: caller ? administers(s, caller) : false,
        participationOrg: caller ? participationOrg(s, caller) : null,
        questions: questionsOf(s).map((q) => ({
          text: q.text,
          kind: q.kind,
          required: Boolean(q.required),
          options: (q.options ?? []).map((o) => o.text),
        })),
      })),
    })
  })

  mount(
    app,
    { ...answerRoute, middleware: [sameOrigin(options), ...member, jsonBody(128 * 1024)] },
    async (c) => {
      const { payload, user } = c.var
      const caller = asSessionUser(user)
      const survey = await readable(payload, user, idParam(c.req.valid('param').id))
      if (!survey || !caller || !sentTo(survey, caller))
        return jsonError(404, 'not_found', SURVEY_MESSAGES.notFound)
      const at = now()
      const opensAt = timeOf(survey.opensAt)
      if (!windowOpen(at, opensAt, timeOf(survey.closesAt))) {
        const early = opensAt !== null && at < opensAt
        return jsonError(
          409,
          early ? 'not_open' : 'closed',
          early ? SURVEY_MESSAGES.notOpen : SURVEY_MESSAGES.closed,
        )
      }
      if (await hasAnswered(payload, survey.id, user.id))
        return jsonError(409, 'already_answered', SURVEY_MESSAGES.already)
      const checked = checkSurveyAnswers(questionsOf(survey), c.req.valid('json').answers)
      if (!checked.ok) return jsonError(400, 'bad_answer', checked.message)
      const org = idOf(user.org)
      if (org === undefined) return jsonError(404, 'not_found', SURVEY_MESSAGES.notFound)
      const outcome = await answerSurvey(payload, {
        survey: survey.id,
        member: user.id,
        org,
        anonymous: Boolean(survey.anonymous),
        answers: checked.answers,
      })
      if (outcome === 'again') return jsonError(409, 'already_answered', SURVEY_MESSAGES.already)
      return json({ message: 'Cảm ơn đồng chí, câu trả lời đã được ghi nhận.' })
    },
  )

  /** The survey, for a caller who administers its org; otherwise the refusal to send. */
  async function forCommittee(payload: Payload, user: Member, raw: string) {
    const caller = asSessionUser(user)
    const survey = await readable(payload, user, idParam(raw))
    if (!survey || !caller) return jsonError(404, 'not_found', SURVEY_MESSAGES.notFound)
    if (!administers(survey, caller)) return jsonError(403, 'not_manager', SURVEY_MESSAGES.notManager)
    return survey
  }

  mount(app, { ...resultsRoute, middleware: member }, async (c) => {
    const { payload, user } = c.var
    const survey = await forCommittee(payload, user, c.req.valid('param').id)
    if (survey instanceof Response) return survey
    const results = await surveyResults(payload, survey)
    // echarts loads on the first results page, not at a cold start.
    const charts = await import('@sotay/cms/survey-exports')
    return json({
      title: survey.title,
      anonymous: Boolean(survey.anonymous),
      respondents: results.respondents,
      questions: results.questions.map((q) => ({ ...q, chartSvg: charts.tallyChartSvg(q) })),
    })
  })

  mount(app, { ...exportRoute, middleware: member }, async (c) => {
    const { payload, user } = c.var
    const survey = await forCommittee(payload, user, c.req.valid('param').id)
    if (survey instanceof Response) return survey
    const { format } = c.req.valid('query')
    const results = await surveyResults(payload, survey)
    const files = await import('@sotay/cms/survey-exports')
    const name = `khao-sat-${survey.id}.${format}`
    const headers = {
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
    }
    if (format === 'csv')
      return new Response(files.surveyCsv(survey, results.rows), {
        headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' },
      })
    const file = await files.surveyXlsx(survey, results.rows, results.questions)
    return new Response(new Uint8Array(file), {
      headers: {
        ...headers,
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
    })
  })

  mount(app, { ...participationRoute, middleware: member }, async (c) => {
    const { payload, user } = c.var
    const caller = asSessionUser(user)
    const survey = await readable(payload, user, idParam(c.req.valid('param').id))
    if (!survey || !caller) return jsonError(404, 'not_found', SURVEY_MESSAGES.notFound)
    const org = idParam(c.req.valid('query').org)
    const allowed = await mayLookInto(payload, caller, org).catch(() => false)
    if (!allowed) return jsonError(403, 'not_your_org', SURVEY_MESSAGES.notYourOrg)
    return json(await surveyParticipation(payload, survey, org))
  })

  return app
}
