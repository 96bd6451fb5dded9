import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FeatureDeps } from '../../platform/feature-deps.js'
import { NotFoundError } from '../../platform/errors.js'
import { pageContext } from '../../platform/http/page-context.js'
import { isLocale } from '../../platform/i18n/index.js'
import { renderPage } from '../../platform/views/render.js'
import type { Locale } from '../../platform/time.js'
import { reportDocx, reportXlsx } from './exports.js'
import { reportMessages } from './messages.js'
import { REPORT_PATHS } from './paths.js'
import { PdfUnavailable, printToPdf } from './pdf.js'
import { PRINT_EXTRA_CSS, REPORT_CSS } from './report.css.js'
import { findReport, publishedReports } from './reports.repository.js'
import { PrintPage, ReportListPage, ReportPage } from './report.views.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

type Req = FastifyRequest<{
  Params: { id: string }
  Querystring: { lang?: string; digits?: string }
}>

/** The language of an output: ?lang=, else the page's. */
const localeOf = (request: Req): Locale =>
  isLocale(request.query.lang) ? request.query.lang : request.locale

/** Thai digits by default in print and files (Thai only); ?digits=arabic turns them off. */
const thaiDigitsOf = (request: Req) =>
  localeOf(request) === 'th' && request.query.digits !== 'arabic'

/** The published reports: the list, each report, its A4 print page, PDF, XLSX and DOCX. */
export async function reportPublicRoutes(app: FastifyInstance, opts: { deps: FeatureDeps }) {
  const { db, publicBaseUrl } = opts.deps

  async function published(request: Req) {
    if (!UUID.test(request.params.id)) throw new NotFoundError()
    const r = await findReport(db, request.params.id)
    if (!r) throw new NotFoundError()
    return r
  }

  app.get(REPORT_PATHS.css, async (_request, reply) =>
    reply
      .type('text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .send(`${REPORT_CSS}\n${PRINT_EXTRA_CSS}`),
  )

  app.get(REPORT_PATHS.list, async (request, reply) =>
    reply.page(
      <ReportListPage ctx={pageContext(request, reply)} reports={await publishedReports(db)} />,
    ),
  )

  app.get(REPORT_PATHS.report(':id'), async (request: Req, reply) =>
    reply.page(<ReportPage ctx={pageContext(request, reply)} report={await published(request)} />),
  )

  app.get(REPORT_PATHS.print(':id'), async (request: Req, reply) => {
    const report = await published(request)
    const html = renderPage(
      <PrintPage locale={localeOf(request)} thaiDigits={thaiDigitsOf(request)} report={report} />,
    )
    return reply.type('text/html; charset=utf-8').send(html)
  })

  const file = (reply: FastifyReply, body: Buffer, type: string, name: string) =>
    reply
      .type(type)
      .header('content-disposition', `attachment; filename="${name}"`)
      .header('cache-control', 'no-store')
      .send(body)

  app.get(REPORT_PATHS.xlsx(':id'), async (request: Req, reply) => {
    const r = await published(request)
    const body = await reportXlsx(r.snapshot, {
      locale: localeOf(request),
      thaiDigits: thaiDigitsOf(request),
    })
    return file(
      reply,
      body,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      `risk-report-${r.snapshot.fiscalYear}-v${r.version}.xlsx`,
    )
  })

  app.get(REPORT_PATHS.docx(':id'), async (request: Req, reply) => {
    const r = await published(request)
    const body = await reportDocx(r.snapshot, {
      locale: localeOf(request),
      thaiDigits: thaiDigitsOf(request),
    })
    return file(
      reply,
      body,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      `risk-report-${r.snapshot.fiscalYear}-v${r.version}.docx`,
    )
  })

  app.get(REPORT_PATHS.pdf(':id'), async (request: Req, reply) => {
    const r = await published(request)
    const lang = localeOf(request)
    const digits = thaiDigitsOf(request) ? '' : '&digits=arabic'
    try {
      const body = await printToPdf(
        `${publicBaseUrl}${REPORT_PATHS.print(r.id)}?lang=${lang}${digits}`,
      )
      return file(
        reply,
        body,
        'application/pdf',
        `risk-report-${r.snapshot.fiscalYear}-v${r.version}.pdf`,
      )
    } catch (err) {
      if (!(err instanceof PdfUnavailable)) throw err
      const m = reportMessages(lang)
      const text = err.reason === 'busy' ? m('pdf.busy') : m('pdf.unavailable')
      return reply
        .code(503)
        .header('retry-after', '30')
        .type('text/plain; charset=utf-8')
        .send(`${text}\n${publicBaseUrl}${REPORT_PATHS.print(r.id)}?lang=${lang}`)
    }
  })
}
