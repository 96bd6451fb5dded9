import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  preHandlerAsyncHookHandler,
} from 'fastify'
import { ConflictError, NotFoundError } from '../../../platform/errors.js'
import { pageContext } from '../../../platform/http/page-context.js'
import { toFieldErrors, type FieldError } from '../../../platform/views/components.js'
import {
  campaignProgress,
  CampaignInputError,
  campaignsOverview,
  launchCampaign,
  launchChoices,
  listCodes,
  progressCsv,
  progressExport,
  progressXlsx,
  publishCode,
  unitNonSigners,
} from '../../ethics/index.js'
import { authOf, badgeOf, type BackOfficeDeps, type Permission } from '../../officers/index.js'
import type { Body } from '../form.js'
import { campaignMessages } from './campaigns.messages.js'
import { parseCampaign, parseCode } from './campaigns.schema.js'
import { CampaignsPage, NewCampaignPage } from './campaigns.views.js'
import { CodesPage } from './codes.views.js'
import { ETHICS_PATHS } from './paths.js'
import { NonSignersPage, ProgressPage } from './progress.views.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const UNIT = /^[A-Z0-9][A-Z0-9._-]{0,19}$/

/**
 * The code of ethics (versions published as documents of kind ethics_code), the campaigns'
 * launch, progress by unit, the non-signers of a unit and the exports. Behind ethics.campaigns;
 * the services check again and audit each view and export.
 */
export async function campaignRoutes(
  app: FastifyInstance,
  opts: { deps: BackOfficeDeps; guard: (p?: Permission) => preHandlerAsyncHookHandler },
) {
  const { db } = opts.deps
  const now = () => opts.deps.clock?.now() ?? new Date()
  const pre = { preHandler: opts.guard('ethics.campaigns') }
  const campaignId = (request: FastifyRequest<{ Params: { id: string } }>) => {
    if (!UUID.test(request.params.id)) throw new NotFoundError()
    return request.params.id
  }

  async function codesPage(
    request: FastifyRequest,
    reply: FastifyReply,
    form: { values?: Record<string, string>; errors?: FieldError[]; published?: number } = {},
  ) {
    const codes = await listCodes(db, authOf(request))
    return reply.page(
      <CodesPage
        ctx={pageContext(request, reply, { forms: true })}
        officer={badgeOf(request)}
        codes={codes}
        {...form}
      />,
      form.errors?.length ? 400 : 200,
    )
  }

  app.get<{ Querystring: { published?: string } }>(ETHICS_PATHS.codes, pre, (request, reply) => {
    const v = Number(request.query.published)
    return codesPage(request, reply, Number.isInteger(v) && v > 0 ? { published: v } : {})
  })

  app.post<{ Body: Body }>(ETHICS_PATHS.codes, pre, async (request, reply) => {
    const m = campaignMessages(request.locale)
    const parsed = parseCode(request.body)
    if (!parsed.ok)
      return codesPage(request, reply, {
        values: parsed.values,
        errors: toFieldErrors(parsed.problems, m),
      })
    try {
      const { version } = await publishCode(db, authOf(request), parsed.value, now())
      return reply.redirect(`${ETHICS_PATHS.codes}?published=${version}`, 303)
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err
      return codesPage(request, reply, {
        values: parsed.values,
        errors: [{ field: 'titleTh', message: m('error.conflict') }],
      })
    }
  })

  app.get(ETHICS_PATHS.campaigns, pre, async (request, reply) => {
    const campaigns = await campaignsOverview(db, authOf(request))
    return reply.page(
      <CampaignsPage
        ctx={pageContext(request, reply)}
        officer={badgeOf(request)}
        campaigns={campaigns}
      />,
    )
  })

  async function newPage(
    request: FastifyRequest,
    reply: FastifyReply,
    form: { values?: Record<string, string>; chosen?: string[]; errors?: FieldError[] } = {},
  ) {
    const { codes, units } = await launchChoices(db, authOf(request))
    return reply.page(
      <NewCampaignPage
        ctx={pageContext(request, reply, { forms: true })}
        officer={badgeOf(request)}
        codes={codes}
        units={units}
        {...form}
      />,
      form.errors?.length ? 400 : 200,
    )
  }

  app.get(ETHICS_PATHS.newCampaign, pre, (request, reply) => newPage(request, reply))

  app.post<{ Body: Body }>(ETHICS_PATHS.newCampaign, pre, async (request, reply) => {
    const m = campaignMessages(request.locale)
    const parsed = parseCampaign(request.body)
    const again = (errors: FieldError[]) =>
      newPage(request, reply, { values: parsed.values, chosen: parsed.units, errors })
    if (!parsed.ok) return again(toFieldErrors(parsed.problems, m))
    try {
      const { id } = await launchCampaign(db, authOf(request), parsed.value, now())
      return reply.redirect(ETHICS_PATHS.campaign(id), 303)
    } catch (err) {
      if (!(err instanceof CampaignInputError)) throw err
      const key =
        err.field === 'documentId'
          ? 'error.code'
          : err.field === 'units'
            ? 'error.units'
            : 'error.audience'
      return again([
        { field: err.field === 'documentId' ? 'documentId' : 'units', message: m(key) },
      ])
    }
  })

  app.get<{ Params: { id: string } }>(ETHICS_PATHS.campaign(':id'), pre, async (request, reply) => {
    const view = await campaignProgress(db, authOf(request), campaignId(request))
    if (!view) throw new NotFoundError()
    return reply.page(
      <ProgressPage
        ctx={pageContext(request, reply)}
        officer={badgeOf(request)}
        campaign={view.campaign}
        figures={view.figures}
      />,
    )
  })

  app.get<{ Params: { id: string; code: string } }>(
    ETHICS_PATHS.campaignUnit(':id', ':code'),
    pre,
    async (request, reply) => {
      const code = request.params.code.toUpperCase()
      if (!UNIT.test(code)) throw new NotFoundError()
      const view = await unitNonSigners(db, authOf(request), campaignId(request), code)
      if (!view) throw new NotFoundError()
      return reply.page(
        <NonSignersPage
          ctx={pageContext(request, reply)}
          officer={badgeOf(request)}
          campaign={view.campaign}
          unit={code}
          people={view.people}
        />,
      )
    },
  )

  for (const format of ['csv', 'xlsx'] as const) {
    app.get<{ Params: { id: string } }>(
      ETHICS_PATHS.campaignExport(':id', format),
      pre,
      async (request, reply) => {
        const data = await progressExport(db, authOf(request), campaignId(request), format)
        if (!data) throw new NotFoundError()
        const name = `ethics-progress-${data.campaign.id}.${format}`
        reply.header('content-disposition', `attachment; filename="${name}"`)
        reply.header('cache-control', 'no-store')
        if (format === 'csv')
          return reply.type('text/csv; charset=utf-8').send(progressCsv(data.figures, data.rows))
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .send(await progressXlsx(data.figures, data.rows))
      },
    )
  }
}
