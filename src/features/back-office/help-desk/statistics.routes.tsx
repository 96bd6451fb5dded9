import { stringify } from 'csv-stringify/sync'
import ExcelJS from 'exceljs'
import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify'
import { pageContext } from '../../../platform/http/page-context.js'
import { businessDate, parseDateInput, startOfBusinessDate } from '../../../platform/time.js'
import { helpDeskStatistics, type HelpDeskDeps } from '../../help-desk/index.js'
import { authOf, badgeOf, type Permission } from '../../officers/index.js'
import { DESK_PATHS } from './paths.js'
import { statsMessages } from './statistics.messages.js'
import { figureTable, StatisticsPage } from './statistics.views.js'

type Q = { from?: string; to?: string }

/** The range asked for (Bangkok dates, to inclusive); this year so far when none or a bad one. */
function rangeOf(q: Q, now: Date) {
  const today = businessDate(now)
  const from = parseDateInput(q.from ?? '') ?? `${today.slice(0, 4)}-01-01`
  const to = parseDateInput(q.to ?? '') ?? today
  const end = new Date(startOfBusinessDate(to).getTime() + 86_400_000)
  return { from, to, range: { from: startOfBusinessDate(from), to: end } }
}

/** The statistics page and its CSV and XLSX exports ('helpdesk.tickets'). */
export async function statisticsRoutes(
  app: FastifyInstance,
  opts: { deps: HelpDeskDeps; guard: (p?: Permission) => preHandlerAsyncHookHandler },
) {
  const { deps } = opts
  const pre = { preHandler: opts.guard('helpdesk.tickets') }
  const figures = async (
    request: FastifyRequest<{ Querystring: Q }>,
    exported?: 'csv' | 'xlsx',
  ) => {
    const r = rangeOf(request.query, deps.clock.now())
    return { ...r, ...(await helpDeskStatistics(deps, authOf(request), r.range, exported)) }
  }

  app.get<{ Querystring: Q }>(DESK_PATHS.statistics, pre, async (request, reply) => {
    const f = await figures(request)
    return reply.page(
      <StatisticsPage ctx={pageContext(request, reply)} officer={badgeOf(request)} {...f} />,
    )
  })

  app.get<{ Querystring: Q }>(`${DESK_PATHS.statistics}.csv`, pre, async (request, reply) => {
    const f = await figures(request, 'csv')
    const m = statsMessages(request.locale)
    const parts = [
      { name: m('byYear'), t: figureTable(f.years, request.locale) },
      { name: m('byQuarter'), t: figureTable(f.quarters, request.locale) },
    ]
    const csv = parts.map((p) => stringify([[p.name], p.t.head, ...p.t.rows])).join('\n')
    return reply
      .type('text/csv; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="help-desk-${f.from}-${f.to}.csv"`)
      .send(`\ufeff${csv}`)
  })

  app.get<{ Querystring: Q }>(`${DESK_PATHS.statistics}.xlsx`, pre, async (request, reply) => {
    const f = await figures(request, 'xlsx')
    const m = statsMessages(request.locale)
    const book = new ExcelJS.Workbook()
    for (const [name, rows] of [
      [m('byYear'), f.years],
      [m('byQuarter'), f.quarters],
    ] as const) {
      const t = figureTable(rows, request.locale)
      const sheet = book.addWorksheet(name)
      sheet.addRow(t.head).font = { bold: true }
      for (const r of t.rows) sheet.addRow(r)
    }
    const data = Buffer.from(await book.xlsx.writeBuffer())
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('cache-control', 'no-store')
      .header('content-disposition', `attachment; filename="help-desk-${f.from}-${f.to}.xlsx"`)
      .send(data)
  })
}
