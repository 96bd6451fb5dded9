import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { formText, type FormBody, type Parsed } from '../../platform/form.js'
import { pageContext } from '../../platform/http/page-context.js'
import { listJobs, type MovableClock, type Scheduler } from '../../platform/jobs/index.js'
import { clockMessages, type ClockMessage } from './messages.js'
import { ClockPage } from './views.js'

export const CLOCK_SIMULATOR_PATHS = { page: '/simulators/clock' }

const HOUR = 3600_000

/** Whole days 0–400 and hours 0–23, at least one of them above zero. */
export function parseAdvance(body: FormBody): Parsed<{ ms: number }, ClockMessage> {
  const values = { days: formText(body, 'days'), hours: formText(body, 'hours') }
  const problems: { field: string; key: ClockMessage }[] = []
  const whole = (text: string, max: number) =>
    text === '' ? 0 : /^\d{1,3}$/.test(text) && Number(text) <= max ? Number(text) : undefined
  const days = whole(values.days, 400)
  const hours = whole(values.hours, 23)
  if (days === undefined) problems.push({ field: 'days', key: 'error.days' })
  if (hours === undefined) problems.push({ field: 'hours', key: 'error.hours' })
  if (problems.length > 0 || days === undefined || hours === undefined)
    return { ok: false, problems, values }
  if (days === 0 && hours === 0)
    return { ok: false, problems: [{ field: 'days', key: 'error.nothing' }], values }
  return { ok: true, value: { ms: (days * 24 + hours) * HOUR } }
}

/**
 * SIMULATOR: the scheduled jobs' clock, moved forward by a tester ("30 days later") and the
 * jobs that fall due run at once. Registered only with the simulators, never in production.
 */
export async function clockSimulatorRoutes(
  app: FastifyInstance,
  opts: { clock: MovableClock; scheduler: Scheduler; db: Kysely<DB> },
): Promise<void> {
  async function show(
    request: FastifyRequest,
    reply: FastifyReply,
    extra: { ran?: string[]; invalid?: Parsed<{ ms: number }, ClockMessage> } = {},
  ) {
    const ctx = pageContext(request, reply, { forms: true })
    const m = clockMessages(ctx.locale)
    const invalid = extra.invalid && !extra.invalid.ok ? extra.invalid : undefined
    return reply.page(
      <ClockPage
        ctx={ctx}
        now={opts.clock.now()}
        offsetMs={opts.clock.offset()}
        jobs={await listJobs(opts.db)}
        ran={extra.ran}
        errors={invalid?.problems.map((p) => ({ field: p.field, message: m(p.key) })) ?? []}
        values={invalid?.values ?? {}}
      />,
      invalid ? 400 : 200,
    )
  }

  app.get<{ Querystring: { ran?: string } }>(CLOCK_SIMULATOR_PATHS.page, async (request, reply) => {
    const ran = request.query.ran
    return show(request, reply, {
      ran:
        typeof ran === 'string' ? ran.split(',').filter((n) => /^[a-z0-9.-]+$/.test(n)) : undefined,
    })
  })

  app.post<{ Body: FormBody }>(CLOCK_SIMULATOR_PATHS.page, async (request, reply) => {
    const parsed = parseAdvance(request.body ?? {})
    if (!parsed.ok) return show(request, reply, { invalid: parsed })
    opts.clock.advance(parsed.value.ms)
    request.log.warn({ advancedMs: parsed.value.ms }, 'SIMULATOR: the jobs clock moved forward')
    const ran = await opts.scheduler.tick()
    return reply.redirect(`${CLOCK_SIMULATOR_PATHS.page}?ran=${ran.join(',')}`, 303)
  })
}
