import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  preHandlerAsyncHookHandler,
} from 'fastify'
import { pageContext } from '../../../platform/http/page-context.js'
import { businessDate } from '../../../platform/time.js'
import { toFieldErrors } from '../../../platform/views/components.js'
import {
  addHoliday,
  ChangedMeanwhileError,
  holidayYear,
  removeHoliday,
  saveTargets,
  targetsWithHistory,
  TICKET_CATEGORIES,
  type HelpDeskDeps,
  type TicketCategory,
} from '../../help-desk/index.js'
import { authOf, badgeOf, type Permission } from '../../officers/index.js'
import { calendarMessages } from './calendar.messages.js'
import {
  parseHolidayForm,
  parseRemoval,
  parseTargets,
  yearOf,
  type Body,
} from './calendar.schema.js'
import { HolidaysPage, type HolidaysProps } from './holidays.views.js'
import { DESK_PATHS } from './paths.js'
import { TargetsPage, type TargetsProps } from './targets.views.js'

type Q = Record<string, string | undefined>
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

/** The holiday calendar and the SLA targets ('helpdesk.configure'). */
export async function calendarRoutes(
  app: FastifyInstance,
  opts: { deps: HelpDeskDeps; guard: (p?: Permission) => preHandlerAsyncHookHandler },
) {
  const { deps } = opts
  const pre = { preHandler: opts.guard('helpdesk.configure') }
  const m = (request: FastifyRequest) => calendarMessages(request.locale)
  const today = () => businessDate(deps.clock.now())

  const holidaysPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    year: number,
    extra: Partial<HolidaysProps> = {},
    status = 200,
  ) => {
    const { holidays, years } = await holidayYear(deps, authOf(request), year)
    return reply.page(
      <HolidaysPage
        ctx={pageContext(request, reply, { forms: true })}
        officer={badgeOf(request)}
        year={year}
        today={today()}
        holidays={holidays}
        years={years}
        {...extra}
      />,
      status,
    )
  }
  const done = (kind: 'added' | 'removed', day: string) =>
    `${DESK_PATHS.holidayYear(Number(day.slice(0, 4)))}&${kind}=${day}`

  app.get<{ Querystring: Q }>(DESK_PATHS.holidays, pre, async (request, reply) => {
    const q = request.query
    const year = yearOf(q.year) ?? Number(today().slice(0, 4))
    const kind = ISO_DAY.test(q.added ?? '')
      ? 'added'
      : ISO_DAY.test(q.removed ?? '')
        ? 'removed'
        : undefined
    const day = kind ? (q[kind] as string) : undefined
    return holidaysPage(request, reply, year, kind && day ? { done: { kind, day } } : {})
  })

  app.post<{ Body: Body }>(DESK_PATHS.holidays, pre, async (request, reply) => {
    const parsed = parseHolidayForm(request.body)
    const yearTyped = (v: string | undefined) =>
      yearOf(/(\d{4})\s*$/.exec(v ?? '')?.[1] ?? /^(\d{4})-/.exec(v ?? '')?.[1])
    if (!parsed.ok) {
      const year = yearTyped(parsed.values.day) ?? Number(today().slice(0, 4))
      const errors = toFieldErrors(parsed.problems, m(request))
      return holidaysPage(request, reply, year, { values: parsed.values, errors }, 400)
    }
    const h = parsed.value
    if (!(await addHoliday(deps, authOf(request), h))) {
      const errors = [{ field: 'day', message: m(request)('error.exists') }]
      const year = Number(h.day.slice(0, 4))
      return holidaysPage(request, reply, year, { values: parsed.values, errors }, 400)
    }
    return reply.redirect(done('added', h.day), 303)
  })

  app.post<{ Body: Body }>(DESK_PATHS.holidayRemove, pre, async (request, reply) => {
    const day = parseRemoval(request.body)
    const result = day ? await removeHoliday(deps, authOf(request), day) : 'missing'
    if (day && result === 'removed') return reply.redirect(done('removed', day), 303)
    const year = (day && yearOf(day.slice(0, 4))) || Number(today().slice(0, 4))
    const key = result === 'past' ? 'error.past' : 'error.missing'
    const errors = [{ field: 'holidays', message: m(request)(key) }]
    return holidaysPage(request, reply, year, { errors }, result === 'past' ? 400 : 409)
  })

  const targetsPage = async (
    request: FastifyRequest,
    reply: FastifyReply,
    extra: Partial<TargetsProps> = {},
    status = 200,
  ) => {
    const { targets, history } = await targetsWithHistory(deps, authOf(request))
    return reply.page(
      <TargetsPage
        ctx={pageContext(request, reply, { forms: true })}
        officer={badgeOf(request)}
        targets={targets}
        history={history}
        {...extra}
      />,
      status,
    )
  }

  app.get<{ Querystring: Q }>(DESK_PATHS.targets, pre, async (request, reply) => {
    const s = request.query.saved
    const saved =
      s === undefined ? undefined : TICKET_CATEGORIES.filter((c) => s.split(',').includes(c))
    return targetsPage(request, reply, saved ? { saved } : {})
  })

  app.post<{ Body: Body }>(DESK_PATHS.targets, pre, async (request, reply) => {
    const parsed = parseTargets(request.body)
    if (!parsed.ok) {
      const errors = toFieldErrors(parsed.problems, m(request))
      return targetsPage(request, reply, { values: parsed.values, errors }, 400)
    }
    let changed: TicketCategory[]
    try {
      changed = await saveTargets(deps, authOf(request), parsed.value.edits, parsed.value.reason)
    } catch (err) {
      if (!(err instanceof ChangedMeanwhileError)) throw err
      return targetsPage(request, reply, { values: parsed.values, changed: true }, 409)
    }
    return reply.redirect(`${DESK_PATHS.targets}?saved=${changed.join(',')}`, 303)
  })
}
