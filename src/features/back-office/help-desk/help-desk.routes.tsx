import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  preHandlerAsyncHookHandler,
} from 'fastify'
import { ConflictError, NotFoundError } from '../../../platform/errors.js'
import { pageContext } from '../../../platform/http/page-context.js'
import { toFieldErrors } from '../../../platform/views/components.js'
import {
  actOnTicket,
  ChangedMeanwhileError,
  helpDeskDepsOf,
  inbox,
  officerView,
  readAttachment,
  revealReporter,
  TICKET_CATEGORIES,
  type InboxQuery,
  type Queue,
} from '../../help-desk/index.js'
import { authOf, badgeOf, type BackOfficeDeps, type Permission } from '../../officers/index.js'
import { isActionKind, parseAction, parseReveal, type Body } from './desk.schema.js'
import { InboxPage } from './inbox.views.js'
import { deskMessages } from './messages.js'
import { DESK_PATHS } from './paths.js'
import { calendarRoutes } from './calendar.routes.js'
import { settingsRoutes } from './settings.routes.js'
import { statisticsRoutes } from './statistics.routes.js'
import { OfficerTicketPage, type TicketPageProps } from './ticket.views.js'

type Q = Record<string, string | undefined>

function inboxQuery(q: Q): InboxQuery {
  const pick = <T extends string>(v: string | undefined, list: readonly T[]) =>
    (list as readonly string[]).includes(v ?? '') ? (v as T) : undefined
  const status = pick(q.status, ['new', 'open', 'pending', 'resolved', 'closed'] as const)
  const category = pick(q.category, TICKET_CATEGORIES)
  const sla = pick(q.sla, ['ok', 'warning', 'breached', 'met'] as const)
  const assignee = pick(q.assignee, ['me', 'none'] as const)
  return {
    ...(status ? { status } : {}),
    ...(category ? { category } : {}),
    ...(sla ? { sla } : {}),
    ...(assignee ? { assignee } : {}),
  }
}

/** The help-desk section's pages under /officer, each behind the guard with its permission. */
export async function helpDeskRoutes(
  app: FastifyInstance,
  opts: { deps: BackOfficeDeps; guard: (p?: Permission) => preHandlerAsyncHookHandler },
): Promise<void> {
  const deps = helpDeskDepsOf(opts.deps)
  for (const queue of ['desk', 'sealed'] as const)
    queueRoutes(app, queue, opts.guard(queue === 'sealed' ? 'helpdesk.sealed' : 'helpdesk.tickets'))
  await settingsRoutes(app, { deps, guard: opts.guard })
  await calendarRoutes(app, { deps, guard: opts.guard })
  await statisticsRoutes(app, { deps, guard: opts.guard })

  function queueRoutes(app: FastifyInstance, queue: Queue, guard: preHandlerAsyncHookHandler) {
    const pre = { preHandler: guard }
    const page = async (
      request: FastifyRequest<{ Params: { id: string } }>,
      reply: FastifyReply,
      extra: Partial<TicketPageProps> = {},
      status = 200,
    ) => {
      const view = await officerView(deps, authOf(request), queue, request.params.id)
      return reply.page(
        <OfficerTicketPage
          ctx={pageContext(request, reply, { forms: true })}
          officer={badgeOf(request)}
          queue={queue}
          view={view}
          {...extra}
        />,
        status,
      )
    }

    app.get<{ Querystring: Q }>(DESK_PATHS.inbox(queue), pre, async (request, reply) => {
      const query = inboxQuery(request.query)
      const entries = await inbox(deps, authOf(request), queue, query)
      return reply.page(
        <InboxPage
          ctx={pageContext(request, reply)}
          officer={badgeOf(request)}
          queue={queue}
          query={query}
          entries={entries}
        />,
      )
    })

    app.get<{ Params: { id: string }; Querystring: Q }>(
      DESK_PATHS.ticket(queue, ':id'),
      pre,
      async (request, reply) => {
        const view = await officerView(deps, authOf(request), queue, request.params.id)
        const canned = view.canned.find((c) => c.id === request.query.canned)
        const body = canned
          ? view.ticket.locale === 'en'
            ? canned.bodyEn
            : canned.bodyTh
          : undefined
        return reply.page(
          <OfficerTicketPage
            ctx={pageContext(request, reply, { forms: true })}
            officer={badgeOf(request)}
            queue={queue}
            view={view}
            {...(canned && body ? { values: { canned: canned.id, body } } : {})}
          />,
        )
      },
    )

    app.post<{ Params: { id: string; action: string }; Body: Body }>(
      DESK_PATHS.action(queue, ':id', ':action'),
      pre,
      async (request, reply) => {
        const kind = request.params.action
        if (!isActionKind(kind)) throw new NotFoundError()
        const parsed = parseAction(kind, request.body)
        if (!parsed.ok) {
          const m = deskMessages(request.locale)
          return page(
            request,
            reply,
            { values: parsed.values, errors: toFieldErrors(parsed.problems, m) },
            400,
          )
        }
        try {
          await actOnTicket(deps, authOf(request), queue, request.params.id, parsed.value)
        } catch (err) {
          if (err instanceof ConflictError && !(err instanceof ChangedMeanwhileError)) {
            // A reference that names no ticket to merge into, or a move the status cannot make.
            const m = deskMessages(request.locale)
            const field = kind === 'merge' ? 'into' : 'to'
            const message = m(kind === 'merge' ? 'error.reference' : 'error.status')
            return page(
              request,
              reply,
              { values: parsed.values, errors: [{ field, message }] },
              400,
            )
          }
          if (!(err instanceof ChangedMeanwhileError)) throw err
          const values = Object.fromEntries(
            Object.entries(parsed.values ?? {}).map(([k, v]) => [
              k === 'body' && kind === 'note' ? 'note' : k,
              v,
            ]),
          )
          return page(request, reply, { values, changedMeanwhile: true }, 409)
        }
        return reply.redirect(DESK_PATHS.ticket(queue, request.params.id), 303)
      },
    )

    app.get<{ Params: { id: string; file: string } }>(
      DESK_PATHS.file(queue, ':id', ':file'),
      pre,
      async (request, reply) => {
        const view = await officerView(deps, authOf(request), queue, request.params.id)
        const a = view.attachments.find((x) => x.id === request.params.file)
        if (!a) throw new NotFoundError()
        return reply
          .type(a.content_type)
          .header('cache-control', 'no-store')
          .header(
            'content-disposition',
            `attachment; filename="${encodeURIComponent(a.file_name)}"`,
          )
          .send(await readAttachment(deps.dataDir, a.id))
      },
    )

    if (queue === 'sealed')
      app.post<{ Params: { id: string }; Body: Body }>(
        DESK_PATHS.reveal(':id'),
        pre,
        async (request, reply) => {
          const parsed = parseReveal(request.body)
          if (!parsed.ok)
            return page(
              request,
              reply,
              {
                values: parsed.values,
                errors: toFieldErrors(parsed.problems, deskMessages(request.locale)),
              },
              400,
            )
          const revealed = await revealReporter(
            deps,
            authOf(request),
            request.params.id,
            parsed.value.reason,
          )
          return page(request, reply, { revealed })
        },
      )
  }
}
