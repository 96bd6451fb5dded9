import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  preHandlerAsyncHookHandler,
} from 'fastify'
import { ForbiddenError } from '../../../platform/errors.js'
import { pageContext } from '../../../platform/http/page-context.js'
import { toFieldErrors } from '../../../platform/views/components.js'
import {
  auditRefusal,
  authOf,
  type BackOfficeDeps,
  badgeOf,
  can,
  type Permission,
} from '../../officers/index.js'
import { counterMessages } from './counter.messages.js'
import { parseConfirm, parseCounterEntry, parseReject } from './counter.schema.js'
import { confirmCounterEntry, rejectCounterEntry } from './counter-decision.service.js'
import { checkable, viewCounterEntry } from './counter-entry.service.js'
import {
  AlreadyDecidedError,
  AlreadyRegisteredError,
  enterCounterRegistration,
  FourEyesError,
  listCounter,
} from './counter.service.js'
import { CounterEntryPage, type CounterNotice } from './counter-entry.views.js'
import { CounterFormPage } from './counter-form.views.js'
import { CounterListPage } from './counter.views.js'
import { OFFICER_PATHS } from '../paths.js'
import type { Body } from '../form.js'

type EntryRequest = FastifyRequest<{ Params: { id: string }; Querystring: { done?: string } }>

const DONE: readonly CounterNotice[] = ['saved', 'confirmed', 'rejected']

/** The checker's refusals as a notice on the entry's page, with their status code. */
function noticeFor(err: unknown): { notice: CounterNotice; status: number } | undefined {
  if (err instanceof FourEyesError) return { notice: 'fourEyes', status: 403 }
  if (err instanceof AlreadyDecidedError) return { notice: 'decided', status: 409 }
  if (err instanceof AlreadyRegisteredError) return { notice: 'registered', status: 409 }
  return undefined
}

/**
 * The counter registration: one officer enters from the documents (maker), a second, different
 * officer confirms or rejects (checker). Nothing here touches an automatic decision.
 */
export async function counterRoutes(
  app: FastifyInstance,
  opts: { deps: BackOfficeDeps; guard: (p?: Permission) => preHandlerAsyncHookHandler },
) {
  const { deps, guard } = opts

  // Either side of the four-eyes rule may look; the service checks again.
  const signedIn = guard()
  const lookGuard: preHandlerAsyncHookHandler = async function (request, reply) {
    await signedIn.call(this, request, reply)
    const officer = request.officer
    if (reply.sent || !officer) return
    if (can(officer.roles, 'counter.enter') || can(officer.roles, 'counter.confirm')) return
    await auditRefusal(deps.db, authOf(request), {
      permission: 'counter.enter',
      action: `${request.method} ${request.routeOptions.url ?? ''}`,
    })
    throw new ForbiddenError('counter.enter or counter.confirm needed')
  }

  async function entryPage(
    request: EntryRequest | FastifyRequest<{ Params: { id: string }; Body: Body }>,
    reply: FastifyReply,
    extra: {
      notice?: CounterNotice
      values?: Record<string, string>
      errors?: ReturnType<typeof toFieldErrors>
      status?: number
    } = {},
  ) {
    const view = await viewCounterEntry(deps, authOf(request), request.params.id)
    return reply.page(
      <CounterEntryPage
        ctx={pageContext(request, reply, { forms: true })}
        officer={badgeOf(request)}
        view={view}
        {...(extra.notice ? { notice: extra.notice } : {})}
        {...(extra.values ? { values: extra.values } : {})}
        {...(extra.errors ? { errors: extra.errors } : {})}
      />,
      extra.status,
    )
  }

  app.get(OFFICER_PATHS.counter, { preHandler: lookGuard }, async (request, reply) => {
    const list = await listCounter(deps, authOf(request))
    return reply.page(
      <CounterListPage
        ctx={pageContext(request, reply, { forms: true })}
        officer={badgeOf(request)}
        list={list}
      />,
    )
  })

  app.get(
    OFFICER_PATHS.newCounter,
    { preHandler: guard('counter.enter') },
    async (request, reply) =>
      reply.page(
        <CounterFormPage
          ctx={pageContext(request, reply, { forms: true })}
          officer={badgeOf(request)}
        />,
      ),
  )

  app.post<{ Body: Body }>(
    OFFICER_PATHS.newCounter,
    { preHandler: guard('counter.enter') },
    async (request, reply) => {
      const ctx = pageContext(request, reply, { forms: true })
      const m = counterMessages(ctx.locale)
      const parsed = parseCounterEntry(request.body)
      const show = (errors: ReturnType<typeof toFieldErrors>) =>
        reply.page(
          <CounterFormPage
            ctx={ctx}
            officer={badgeOf(request)}
            values={parsed.values}
            errors={errors}
          />,
          400,
        )
      if (!parsed.ok) return show(toFieldErrors(parsed.problems, m))
      const result = await enterCounterRegistration(deps, authOf(request), parsed.value)
      if (!result.ok) return show([{ field: 'nationalId', message: m(result.problem) }])
      return reply.redirect(`${OFFICER_PATHS.counterEntry(result.id)}?done=saved`, 303)
    },
  )

  app.get<{ Params: { id: string }; Querystring: { done?: string } }>(
    OFFICER_PATHS.counterEntry(':id'),
    { preHandler: lookGuard },
    async (request, reply) => {
      const done = DONE.find((d) => d === request.query.done)
      return entryPage(request, reply, done ? { notice: done } : {})
    },
  )

  /**
   * Runs one step of a confirm or reject; a refusal the officer should read (four eyes, already
   * decided, already registered) answers with the entry page and its notice: then true.
   */
  async function refusedPage(
    request: FastifyRequest<{ Params: { id: string }; Body: Body }>,
    reply: FastifyReply,
    step: () => Promise<unknown>,
  ): Promise<boolean> {
    try {
      await step()
      return false
    } catch (err) {
      const refused = noticeFor(err)
      if (!refused) throw err
      await entryPage(request, reply, refused)
      return true
    }
  }

  // A reload of a confirm or reject goes back to the entry.
  for (const path of [OFFICER_PATHS.confirmCounter(':id'), OFFICER_PATHS.rejectCounter(':id')])
    app.get<{ Params: { id: string } }>(path, async (request, reply) =>
      reply.redirect(OFFICER_PATHS.counterEntry(encodeURIComponent(request.params.id)), 303),
    )

  app.post<{ Params: { id: string }; Body: Body }>(
    OFFICER_PATHS.confirmCounter(':id'),
    { preHandler: guard('counter.confirm') },
    async (request, reply) => {
      const m = counterMessages(pageContext(request, reply, { forms: true }).locale)
      const notCheckable = await refusedPage(request, reply, () =>
        checkable(deps, authOf(request), request.params.id, 'counter.confirm'),
      )
      if (notCheckable) return reply
      const parsed = parseConfirm(request.body)
      if (!parsed.ok)
        return entryPage(request, reply, {
          values: parsed.values,
          errors: toFieldErrors(parsed.problems, m),
          status: 400,
        })
      const refused = await refusedPage(request, reply, () =>
        confirmCounterEntry(deps, authOf(request), request.params.id),
      )
      if (refused) return reply
      return reply.redirect(
        `${OFFICER_PATHS.counterEntry(encodeURIComponent(request.params.id))}?done=confirmed`,
        303,
      )
    },
  )

  app.post<{ Params: { id: string }; Body: Body }>(
    OFFICER_PATHS.rejectCounter(':id'),
    { preHandler: guard('counter.confirm') },
    async (request, reply) => {
      const m = counterMessages(pageContext(request, reply, { forms: true }).locale)
      const notCheckable = await refusedPage(request, reply, () =>
        checkable(deps, authOf(request), request.params.id, 'counter.reject'),
      )
      if (notCheckable) return reply
      const parsed = parseReject(request.body)
      if (!parsed.ok)
        return entryPage(request, reply, {
          values: parsed.values,
          errors: toFieldErrors(parsed.problems, m),
          status: 400,
        })
      const refused = await refusedPage(request, reply, () =>
        rejectCounterEntry(deps, authOf(request), request.params.id, parsed.value),
      )
      if (refused) return reply
      return reply.redirect(
        `${OFFICER_PATHS.counterEntry(encodeURIComponent(request.params.id))}?done=rejected`,
        303,
      )
    },
  )
}
