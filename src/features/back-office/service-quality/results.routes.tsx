import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify'
import { pageContext } from '../../../platform/http/page-context.js'
import { toFieldErrors } from '../../../platform/views/components.js'
import { authOf, badgeOf, type BackOfficeDeps, type Permission } from '../../officers/index.js'
import { CommentsPage } from './comments.views.js'
import { SERVICE_QUALITY_PATHS } from './paths.js'
import { exportTables, resultsCsv, resultsXlsx } from './results-export.js'
import { resultsMessages } from './results.messages.js'
import { parsePeriod } from './results.schema.js'
import { commentsFor, resultsFor, resultsForExport } from './results.service.js'
import { ResultsPage } from './results.views.js'

const PAGE = 50
type Query = { Querystring: Record<string, string | undefined> }

/** The survey's results (survey.results): the page, its CSV and XLSX, the comments. */
export async function resultsRoutes(
  app: FastifyInstance,
  opts: { deps: BackOfficeDeps; guard: (p?: Permission) => preHandlerAsyncHookHandler },
): Promise<void> {
  const { db } = opts.deps
  const pre = { preHandler: opts.guard('survey.results') }

  app.get<Query>(SERVICE_QUALITY_PATHS.surveyResults, pre, async (request, reply) => {
    const now = new Date()
    const { period, kind, values, problems } = parsePeriod(request.query, now)
    const ctx = pageContext(request, reply)
    const results = await resultsFor(db, authOf(request), period, kind)
    return reply.page(
      <ResultsPage
        ctx={ctx}
        officer={badgeOf(request)}
        period={period}
        results={results}
        values={values}
        errors={toFieldErrors(problems, resultsMessages(ctx.locale))}
        now={now}
      />,
      problems.length > 0 ? 400 : 200,
    )
  })

  for (const format of ['csv', 'xlsx'] as const) {
    const path =
      format === 'csv'
        ? SERVICE_QUALITY_PATHS.surveyResultsCsv
        : SERVICE_QUALITY_PATHS.surveyResultsXlsx
    app.get<Query>(path, pre, async (request, reply) => {
      const { period, kind, problems } = parsePeriod(request.query, new Date())
      if (problems.length > 0) return reply.redirect(SERVICE_QUALITY_PATHS.surveyResults, 303)
      const results = await resultsForExport(db, authOf(request), period, format, kind)
      const tables = exportTables(results, period, request.locale)
      const name = `survey-results-${kind}-${period.from}-${period.to}.${format}`
      reply.header('content-disposition', `attachment; filename="${name}"`)
      reply.header('cache-control', 'no-store')
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(resultsCsv(tables))
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .send(await resultsXlsx(tables))
    })
  }

  app.get<Query>(SERVICE_QUALITY_PATHS.surveyComments, pre, async (request, reply) => {
    const { period, kind } = parsePeriod(request.query, new Date())
    const offset = Math.min(Math.max(Number(request.query.offset) || 0, 0), 1_000_000)
    const page = { limit: PAGE + 1, offset }
    const comments = await commentsFor(db, authOf(request), period, page, kind)
    return reply.page(
      <CommentsPage
        ctx={pageContext(request, reply)}
        officer={badgeOf(request)}
        period={period}
        kind={kind}
        comments={comments.slice(0, PAGE)}
        next={comments.length > PAGE ? offset + PAGE : undefined}
      />,
    )
  })
}
