import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  preHandlerAsyncHookHandler,
} from 'fastify'
import { NotFoundError } from '../../../platform/errors.js'
import { pageContext } from '../../../platform/http/page-context.js'
import { formatDateInput } from '../../../platform/time.js'
import { toFieldErrors, type FieldError } from '../../../platform/views/components.js'
import { authOf, badgeOf, type BackOfficeDeps, type Permission } from '../../officers/index.js'
import {
  editControl,
  editStepResults,
  registerDetail,
  UnknownIndicator,
} from '../../risk-report/index.js'
import type { Body } from '../form.js'
import { editMessages } from './edit.messages.js'
import { parseControl, parseStep } from './edit.schema.js'
import { ControlPage, EDIT_PATHS, StepPage } from './edit.views.js'
import { RISK_PATHS } from './paths.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
type Req = FastifyRequest<{ Params: { id: string; item: string }; Body: Body }>

/** Editing a register's control measures and step results (risk.register; audited). */
export async function editRoutes(
  app: FastifyInstance,
  opts: { deps: BackOfficeDeps; guard: (p?: Permission) => preHandlerAsyncHookHandler },
) {
  const { db } = opts.deps
  const pre = { preHandler: opts.guard('risk.register') }
  const ids = (request: Req) => {
    const { id, item } = request.params
    if (!UUID.test(id) || !UUID.test(item)) throw new NotFoundError()
    return { id, item }
  }
  const steps = async (request: Req) => {
    const { id } = ids(request)
    const { tree } = await registerDetail(db, authOf(request), id)
    return tree.services.flatMap((s) => s.steps)
  }
  const unknown = (request: Req, err: UnknownIndicator): FieldError[] => [
    {
      field: err.field,
      message: editMessages(request.locale)('error.unknown', { keys: err.keys.join(', ') }),
    },
  ]

  const controlPage = (
    request: Req,
    reply: FastifyReply,
    values: Record<string, string>,
    errors: FieldError[] = [],
  ) => {
    const { id, item } = ids(request)
    return reply.page(
      <ControlPage
        ctx={pageContext(request, reply, { forms: true })}
        officer={badgeOf(request)}
        action={EDIT_PATHS.control(id, item)}
        registerId={id}
        values={values}
        errors={errors}
      />,
      errors.length ? 400 : 200,
    )
  }

  app.get(EDIT_PATHS.control(':id', ':item'), pre, async (request: Req, reply) => {
    const c = (await steps(request))
      .flatMap((s) => s.controls)
      .find((x) => x.id === ids(request).item)
    if (!c) throw new NotFoundError()
    const e = c.evidence[0]
    return controlPage(request, reply, {
      textTh: c.textTh,
      textEn: c.textEn,
      ownerUnit: c.ownerUnit,
      status: c.status,
      dueOn: c.dueOn ? formatDateInput(c.dueOn, request.locale) : '',
      evidenceLabel: e?.label ?? '',
      evidenceUrl: e?.url ?? '',
      resultTh: c.resultTh,
      resultEn: c.resultEn,
    })
  })

  app.post(EDIT_PATHS.control(':id', ':item'), pre, async (request: Req, reply) => {
    const parsed = parseControl(request.body)
    if (!parsed.ok)
      return controlPage(
        request,
        reply,
        parsed.values,
        toFieldErrors(parsed.problems, editMessages(request.locale)),
      )
    const { id, item } = ids(request)
    try {
      await editControl(db, authOf(request), id, item, parsed.value)
    } catch (err) {
      if (!(err instanceof UnknownIndicator)) throw err
      return controlPage(request, reply, parsed.values, unknown(request, err))
    }
    return reply.redirect(`${RISK_PATHS.register(id)}?done=register.saved`, 303)
  })

  const stepPage = (
    request: Req,
    reply: FastifyReply,
    values: Record<string, string>,
    errors: FieldError[] = [],
  ) => {
    const { id, item } = ids(request)
    return reply.page(
      <StepPage
        ctx={pageContext(request, reply, { forms: true })}
        officer={badgeOf(request)}
        action={EDIT_PATHS.step(id, item)}
        registerId={id}
        values={values}
        errors={errors}
      />,
      errors.length ? 400 : 200,
    )
  }

  app.get(EDIT_PATHS.step(':id', ':item'), pre, async (request: Req, reply) => {
    const s = (await steps(request)).find((x) => x.id === ids(request).item)
    if (!s) throw new NotFoundError()
    return stepPage(request, reply, { resultTh: s.resultTh, resultEn: s.resultEn })
  })

  app.post(EDIT_PATHS.step(':id', ':item'), pre, async (request: Req, reply) => {
    const parsed = parseStep(request.body)
    if (!parsed.ok)
      return stepPage(
        request,
        reply,
        parsed.values,
        toFieldErrors(parsed.problems, editMessages(request.locale)),
      )
    const { id, item } = ids(request)
    try {
      await editStepResults(db, authOf(request), id, item, parsed.value)
    } catch (err) {
      if (!(err instanceof UnknownIndicator)) throw err
      return stepPage(request, reply, parsed.values, unknown(request, err))
    }
    return reply.redirect(`${RISK_PATHS.register(id)}?done=register.saved`, 303)
  })
}
