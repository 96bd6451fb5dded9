import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  preHandlerAsyncHookHandler,
} from 'fastify'
import { pageContext } from '../../../platform/http/page-context.js'
import { toFieldErrors } from '../../../platform/views/components.js'
import {
  cannedList,
  ChangedMeanwhileError,
  contactHistory,
  saveCanned,
  saveContact,
  type HelpDeskDeps,
} from '../../help-desk/index.js'
import { authOf, badgeOf, type Permission } from '../../officers/index.js'
import { DESK_PATHS } from './paths.js'
import { parseCanned, parseContact, type Body } from './settings.schema.js'
import { settingsMessages } from './settings.messages.js'
import { SettingsPage, type SettingsProps } from './settings.views.js'

/** The help desk's configuration pages ('helpdesk.configure'). */
export async function settingsRoutes(
  app: FastifyInstance,
  opts: { deps: HelpDeskDeps; guard: (p?: Permission) => preHandlerAsyncHookHandler },
) {
  const { deps } = opts
  const pre = { preHandler: opts.guard('helpdesk.configure') }
  const page = async (
    request: FastifyRequest,
    reply: FastifyReply,
    extra: Partial<SettingsProps> = {},
    status = 200,
  ) => {
    const auth = authOf(request)
    const [contact, canned] = await Promise.all([
      contactHistory(deps, auth),
      cannedList(deps, auth),
    ])
    return reply.page(
      <SettingsPage
        ctx={pageContext(request, reply, { forms: true })}
        officer={badgeOf(request)}
        contact={contact}
        canned={canned}
        {...extra}
      />,
      status,
    )
  }
  const m = (request: FastifyRequest) => settingsMessages(request.locale)

  app.get(DESK_PATHS.config, pre, async (request, reply) => page(request, reply))

  app.post<{ Body: Body }>(DESK_PATHS.contact, pre, async (request, reply) => {
    const parsed = parseContact(request.body)
    if (!parsed.ok)
      return page(
        request,
        reply,
        {
          form: 'contact',
          values: parsed.values,
          errors: toFieldErrors(parsed.problems, m(request)),
        },
        400,
      )
    try {
      await saveContact(deps, authOf(request), parsed.value.after, parsed.value.content)
    } catch (err) {
      if (!(err instanceof ChangedMeanwhileError)) throw err
      return page(request, reply, { form: 'contact', values: parsed.values, changed: true }, 409)
    }
    return reply.redirect(DESK_PATHS.config, 303)
  })

  app.post<{ Body: Body }>(DESK_PATHS.canned, pre, async (request, reply) => {
    const parsed = parseCanned(request.body)
    if (!parsed.ok)
      return page(
        request,
        reply,
        {
          form: 'canned',
          values: parsed.values,
          errors: toFieldErrors(parsed.problems, m(request)),
        },
        400,
      )
    await saveCanned(deps, authOf(request), parsed.value)
    return reply.redirect(DESK_PATHS.config, 303)
  })
}
