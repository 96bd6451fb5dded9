import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { pageContext } from '../../platform/http/page-context.js'
import type { Clock } from '../../platform/jobs/index.js'
import { businessDate, formatDateInput } from '../../platform/time.js'
import { toFieldErrors } from '../../platform/views/components.js'
import { ruleLabelFor } from '../receipts/index.js'
import { statisticsMessages } from './messages.js'
import {
  ckanMetadata,
  registrationsCsv,
  registrationsJson,
  satisfactionCsv,
  summaryJson,
} from './open-data.js'
import { STATISTICS_PATHS } from './paths.js'
import { STATISTICS_CSS } from './statistics.css.js'
import { registrationRows } from './statistics.repository.js'
import { parseStatisticsQuery, type StatisticsQuery } from './statistics.schema.js'
import { statisticsFor, suppressSmall, type SatisfactionSource } from './statistics.service.js'
import { StatisticsPage } from './statistics.views.js'

export interface StatisticsRouteDeps {
  db: Kysely<DB>
  clock: Clock
  publicBaseUrl: string
  satisfaction?: SatisfactionSource
}

type Req = FastifyRequest<{ Querystring: Record<string, string> }>

/** The public statistics page and its open data (no sign-in). */
export async function statisticsPublicRoutes(app: FastifyInstance, deps: StatisticsRouteDeps) {
  const { db } = deps
  const today = () => businessDate(deps.clock.now())

  app.get(STATISTICS_PATHS.stylesheet, async (_request, reply) =>
    reply
      .type('text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(STATISTICS_CSS),
  )

  app.get(STATISTICS_PATHS.page, async (request: Req, reply) => {
    const ctx = pageContext(request, reply)
    const m = statisticsMessages(ctx.locale)
    const parsed = parseStatisticsQuery(request.query, today())
    const ruleLabel = ruleLabelFor(ctx.locale)
    if (!parsed.ok)
      return reply.page(
        <StatisticsPage
          ctx={ctx}
          m={m}
          values={parsed.values}
          errors={toFieldErrors(parsed.problems, m)}
          figures={null}
          ruleLabel={ruleLabel}
        />,
        400,
      )
    const q = parsed.value
    const figures = await statisticsFor(db, q, q.by, deps.satisfaction)
    const values = {
      from: formatDateInput(q.from, ctx.locale),
      to: formatDateInput(q.to, ctx.locale),
      by: q.by,
    }
    return reply.page(
      <StatisticsPage
        ctx={ctx}
        m={m}
        values={values}
        errors={[]}
        figures={figures}
        ruleLabel={ruleLabel}
      />,
    )
  })

  /** The query of an open-data file, or a 400 problem naming the fields. */
  function queryOf(request: Req, reply: FastifyReply): StatisticsQuery | undefined {
    const parsed = parseStatisticsQuery(request.query, today())
    if (parsed.ok) return parsed.value
    const m = statisticsMessages('en')
    void reply
      .code(400)
      .type('application/problem+json')
      .send({
        type: 'about:blank',
        title: m('rangeError'),
        status: 400,
        errors: toFieldErrors(parsed.problems, m).map((e) => ({
          field: e.field,
          detail: e.message,
        })),
      })
    return undefined
  }

  const openData = (reply: FastifyReply, type: string, name: string) =>
    reply
      .type(type)
      .header('cache-control', 'no-cache')
      .header('access-control-allow-origin', '*')
      .header('content-disposition', `inline; filename="${name}"`)

  app.get(STATISTICS_PATHS.registrationsCsv, async (request: Req, reply) => {
    const q = queryOf(request, reply)
    if (!q) return reply
    const rows = await registrationRows(db, q)
    return openData(reply, 'text/csv; charset=utf-8', 'registrations.csv').send(
      registrationsCsv(rows),
    )
  })

  app.get(STATISTICS_PATHS.registrationsJson, async (request: Req, reply) => {
    const q = queryOf(request, reply)
    if (!q) return reply
    const rows = await registrationRows(db, q)
    return openData(reply, 'application/json; charset=utf-8', 'registrations.json').send(
      registrationsJson(q, rows),
    )
  })

  app.get(STATISTICS_PATHS.summaryJson, async (request: Req, reply) => {
    const q = queryOf(request, reply)
    if (!q) return reply
    const figures = await statisticsFor(db, q, 'month', deps.satisfaction)
    return openData(reply, 'application/json; charset=utf-8', 'summary.json').send(
      summaryJson(figures),
    )
  })

  app.get(STATISTICS_PATHS.satisfactionCsv, async (request: Req, reply) => {
    const q = queryOf(request, reply)
    if (!q) return reply
    const months = deps.satisfaction ? suppressSmall(await deps.satisfaction(db, q)) : []
    return openData(reply, 'text/csv; charset=utf-8', 'satisfaction.csv').send(
      satisfactionCsv(months),
    )
  })

  app.get(STATISTICS_PATHS.metadata, async (_request, reply) =>
    openData(reply, 'application/json; charset=utf-8', 'metadata.json').send(
      ckanMetadata(deps.publicBaseUrl),
    ),
  )
}
