import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  preHandlerAsyncHookHandler,
} from 'fastify'
import { ConflictError, NotFoundError } from '../../../platform/errors.js'
import { pageContext } from '../../../platform/http/page-context.js'
import { toFieldErrors, type FieldError } from '../../../platform/views/components.js'
import { authOf, badgeOf, type BackOfficeDeps, type Permission } from '../../officers/index.js'
import {
  approveReport,
  bindIndicator,
  campaignChoices,
  changeMatrixCell,
  copyRegister,
  METRICS,
  previewReport,
  publishReport,
  RegisterLocked,
  registerDetail,
  registers,
} from '../../risk-report/index.js'
import type { Body } from '../form.js'
import { editMessages } from './edit.messages.js'
import { editRoutes } from './edit.routes.js'
import { riskMessages } from './messages.js'
import { RISK_PATHS } from './paths.js'
import { parseApproval, parseBinding, parseCell } from './risk.schema.js'
import { PreviewPage, RegisterPage, RegistersPage, type RegisterForms } from './risk.views.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
type IdReq = FastifyRequest<{
  Params: { id: string; reportId?: string }
  Querystring: { done?: string }
  Body: Body
}>

/**
 * The corruption-risk register (risk.register): registers, copying last year's, the matrix and
 * the indicators, the preview, approval and publication. The services check again and audit.
 */
export async function riskRoutes(
  app: FastifyInstance,
  opts: { deps: BackOfficeDeps; guard: (p?: Permission) => preHandlerAsyncHookHandler },
) {
  const { db } = opts.deps
  const now = () => opts.deps.clock?.now() ?? new Date()
  const pre = { preHandler: opts.guard('risk.register') }
  await editRoutes(app, opts)
  const idOf = (request: IdReq) => {
    if (!UUID.test(request.params.id)) throw new NotFoundError()
    return request.params.id
  }

  app.get(RISK_PATHS.registers, pre, async (request, reply) =>
    reply.page(
      <RegistersPage
        ctx={pageContext(request, reply, { forms: true })}
        officer={badgeOf(request)}
        registers={await registers(db, authOf(request))}
      />,
    ),
  )

  app.post(RISK_PATHS.copy(':id'), pre, async (request: IdReq, reply) => {
    const id = await copyRegister(db, authOf(request), idOf(request))
    return reply.redirect(RISK_PATHS.register(id), 303)
  })

  async function registerPage(
    request: IdReq,
    reply: FastifyReply,
    form: RegisterForms = {},
    status = form.errors?.length ? 400 : 200,
  ) {
    const { tree, reports } = await registerDetail(db, authOf(request), idOf(request))
    return reply.page(
      <RegisterPage
        ctx={pageContext(request, reply, { forms: true })}
        officer={badgeOf(request)}
        tree={tree}
        reports={reports}
        campaigns={await campaignChoices(db)}
        metrics={METRICS}
        {...form}
      />,
      status,
    )
  }

  const notices = [
    'register.bound',
    'register.cellChanged',
    'register.publishedNotice',
    'register.saved',
  ] as const
  app.get(RISK_PATHS.register(':id'), pre, (request: IdReq, reply) => {
    const m = riskMessages(request.locale)
    const done = notices.find((n) => n === request.query.done)
    const approved = /^v(\d{1,4})$/.exec(request.query.done ?? '')
    return registerPage(request, reply, {
      ...(done ? { notice: m(done) } : {}),
      ...(approved
        ? { notice: m('register.approvedNotice', { version: approved[1] as string }) }
        : {}),
    })
  })

  const again = (
    request: IdReq,
    reply: FastifyReply,
    values: Record<string, string>,
    errors: FieldError[],
    status?: number,
  ) => registerPage(request, reply, { values, errors }, status)

  app.post(RISK_PATHS.matrix(':id'), pre, async (request: IdReq, reply) => {
    const m = riskMessages(request.locale)
    const parsed = parseCell(request.body)
    if (!parsed.ok) return again(request, reply, parsed.values, toFieldErrors(parsed.problems, m))
    let changed: boolean
    try {
      changed = await changeMatrixCell(db, authOf(request), idOf(request), parsed.value)
    } catch (err) {
      if (!(err instanceof RegisterLocked)) throw err
      const locked = editMessages(request.locale)('error.locked')
      return again(request, reply, parsed.values, [{ field: 'likelihood', message: locked }], 409)
    }
    if (!changed)
      return again(request, reply, parsed.values, [
        { field: 'likelihood', message: m('error.cell') },
      ])
    return reply.redirect(`${RISK_PATHS.register(idOf(request))}?done=register.cellChanged`, 303)
  })

  app.post(RISK_PATHS.indicators(':id'), pre, async (request: IdReq, reply) => {
    const m = riskMessages(request.locale)
    const parsed = parseBinding(request.body)
    if (!parsed.ok) return again(request, reply, parsed.values, toFieldErrors(parsed.problems, m))
    await bindIndicator(db, authOf(request), idOf(request), parsed.value)
    return reply.redirect(`${RISK_PATHS.register(idOf(request))}?done=register.bound`, 303)
  })

  app.get(RISK_PATHS.preview(':id'), pre, async (request: IdReq, reply) =>
    reply.page(
      <PreviewPage
        ctx={pageContext(request, reply)}
        officer={badgeOf(request)}
        snapshot={await previewReport(db, authOf(request), idOf(request), now())}
      />,
    ),
  )

  app.post(RISK_PATHS.signOff(':id'), pre, async (request: IdReq, reply) => {
    const m = riskMessages(request.locale)
    const parsed = parseApproval(request.body)
    if (!parsed.ok) return again(request, reply, parsed.values, toFieldErrors(parsed.problems, m))
    const r = await approveReport(db, authOf(request), idOf(request), parsed.value, now())
    return reply.redirect(`${RISK_PATHS.register(idOf(request))}?done=v${r.version}`, 303)
  })

  app.post(RISK_PATHS.publish(':id', ':reportId'), pre, async (request: IdReq, reply) => {
    const reportId = request.params.reportId ?? ''
    if (!UUID.test(reportId)) throw new NotFoundError()
    try {
      await publishReport(db, authOf(request), idOf(request), reportId, now())
    } catch (err) {
      if (!(err instanceof ConflictError)) throw err
      const m = riskMessages(request.locale)
      return again(request, reply, {}, [{ field: 'approverName', message: m('error.published') }])
    }
    return reply.redirect(
      `${RISK_PATHS.register(idOf(request))}?done=register.publishedNotice`,
      303,
    )
  })
}
