import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify'
import type { Kysely } from 'kysely'
import { recordAudit } from './audit.js'
import type { ApplicationStatus, ApplicationStep, DB } from './db/schema.js'
import { newId } from './ids.js'
import { businessDate } from './time.js'

export interface JourneyEvent {
  journeyId: string
  kind: 'person' | 'company' | 'sign-in'
  event: 'started' | 'step' | 'verification' | 'submitted' | 'decision' | 'resumed'
  /** The step name, or the outcome for verification and decision events. */
  step?: string
  channel?: 'online' | 'counter'
  at?: Date
}

/** Records a journey event with its Asia/Bangkok business date; statistics are built on these. */
export async function recordJourneyEvent(trx: Kysely<DB>, e: JourneyEvent): Promise<void> {
  const at = e.at ?? new Date()
  await trx
    .insertInto('journey_events')
    .values({
      id: newId(),
      journey_id: e.journeyId,
      journey_kind: e.kind,
      event: e.event,
      step: e.step ?? null,
      channel: e.channel ?? 'online',
      occurred_at: at,
      business_date: businessDate(at),
    })
    .execute()
}

// The step each request's journey guard admitted, so that an invalid form can say where.
const admittedSteps = new WeakMap<
  FastifyRequest,
  { db: Kysely<DB>; journeyId: string; step: string }
>()

/**
 * A journey step's form came back with errors: a 'step_error' journey event, of the kind and
 * channel the journey started with (the survey asks about the step where people struggled).
 * Nothing for a request that no journey guard admitted.
 */
export async function recordStepError(request: FastifyRequest): Promise<void> {
  const admitted = admittedSteps.get(request)
  if (!admitted) return
  const at = new Date()
  await admitted.db
    .insertInto('journey_events')
    .columns([
      'id',
      'journey_id',
      'journey_kind',
      'event',
      'step',
      'channel',
      'occurred_at',
      'business_date',
    ])
    .expression((eb) =>
      eb
        .selectFrom('journey_events')
        .select([
          eb.cast<string>(eb.val(newId()), 'uuid').as('id'),
          'journey_id',
          'journey_kind',
          eb.cast<string>(eb.val('step_error'), 'text').as('event'),
          eb.cast<string>(eb.val(admitted.step), 'text').as('step'),
          'channel',
          eb.cast<Date>(eb.val(at), 'timestamptz').as('occurred_at'),
          eb.cast<string>(eb.val(businessDate(at)), 'date').as('business_date'),
        ])
        .where('journey_id', '=', admitted.journeyId)
        .where('event', '=', 'started')
        .limit(1),
    )
    .execute()
}

/**
 * A step asked for beyond where the application has got (a bookmark, a forged URL): the refusal
 * is audited and the browser goes to the step it may open. Every journey's guard ends this way.
 */
export async function refuseSkippedStep(
  db: Kysely<DB>,
  request: FastifyRequest,
  reply: FastifyReply,
  skip: { applicationId: string; wanted: string; allowed: string; allowedPath: string },
): Promise<void> {
  await recordAudit(db, {
    actorType: 'anonymous',
    action: 'journey.skip_refused',
    subjectType: 'application',
    subjectId: skip.applicationId,
    outcome: 'refused',
    requestId: request.id,
    data: { wanted: skip.wanted, allowed: skip.allowed },
  })
  await reply.redirect(skip.allowedPath, 303)
}

/**
 * A final submit that the decision refused to take (a stale or forged form, an application not
 * at its check step): the refusal is audited and the browser goes where the applicant stands.
 * `toDraft`: that is a step of the unsent draft, whose page then says, once, why the applicant
 * is there (an application already sent goes to its status page, which needs no such word).
 */
export async function refuseSubmit(
  db: Kysely<DB>,
  request: FastifyRequest,
  reply: FastifyReply,
  refusal: { applicationId: string; reason: string; path: string; toDraft: boolean },
): Promise<void> {
  await recordAudit(db, {
    actorType: 'anonymous',
    action: 'application.submit_refused',
    subjectType: 'application',
    subjectId: refusal.applicationId,
    outcome: 'refused',
    requestId: request.id,
    data: { reason: refusal.reason },
  })
  if (refusal.toDraft) request.session.set('notice', 'submit-refused')
  await reply.redirect(refusal.path, 303)
}

/** The step of a journey that `step` names, if it is one of `steps`. */
export function stepOf<S extends ApplicationStep>(
  steps: readonly S[],
  step: ApplicationStep,
): S | undefined {
  return steps.find((s) => s === step)
}

/** True when an application standing at `allowed` may open `wanted` (any step up to its own). */
export function canOpenStep<S extends ApplicationStep>(
  steps: readonly S[],
  allowed: ApplicationStep,
  wanted: S,
): boolean {
  const at = stepOf(steps, allowed)
  return at !== undefined && steps.indexOf(wanted) <= steps.indexOf(at)
}

/** The later of two steps (`b` when `a` is not a step of this journey). */
export function laterStep<S extends ApplicationStep>(
  steps: readonly S[],
  a: ApplicationStep,
  b: S,
): S {
  const at = stepOf(steps, a)
  return at !== undefined && steps.indexOf(at) >= steps.indexOf(b) ? at : b
}

/** What the guard needs of an application. */
export interface JourneyApplication {
  id: string
  status: ApplicationStatus
  step: ApplicationStep
}

/** What makes a journey: its steps in order, where they live, and how it finds its application. */
export interface JourneyDefinition<S extends ApplicationStep, A extends JourneyApplication> {
  steps: readonly S[]
  /** The application this browser is filling in (its id is in the session), if any. */
  load(request: FastifyRequest): Promise<A | undefined>
  /** Answers a browser without one (none in its session, or one superseded by a newer draft). */
  missing(request: FastifyRequest, reply: FastifyReply): Promise<unknown>
  /** Where an application that is no longer a draft is shown. */
  sentPath: string
  stepPath(step: S): string
  /** A step the applicant must go through first, whatever their step allows (optional). */
  detour?(request: FastifyRequest, application: A, wanted: S): S | undefined
}

export interface Journey<S extends ApplicationStep, A extends JourneyApplication> {
  /**
   * The preHandler of a step's routes: the session's draft application must exist and may open
   * `step`; otherwise the browser is answered here and the handler does not run.
   */
  guard(step: S): preHandlerAsyncHookHandler
  /** The application that the route's guard let through. */
  application(request: FastifyRequest): A
  /** The guard as a function, for a route that first tries something else (the final submit). */
  check(request: FastifyRequest, reply: FastifyReply, step: S): Promise<A | undefined>
}

/** The one journey guard: the person and company journeys each define theirs with it. */
export function defineJourney<S extends ApplicationStep, A extends JourneyApplication>(
  db: Kysely<DB>,
  def: JourneyDefinition<S, A>,
): Journey<S, A> {
  const admitted = new WeakMap<FastifyRequest, A>()

  async function check(
    request: FastifyRequest,
    reply: FastifyReply,
    step: S,
  ): Promise<A | undefined> {
    const application = await def.load(request)
    if (!application || application.status === 'superseded') {
      await def.missing(request, reply)
      return undefined
    }
    if (application.status !== 'draft') {
      await reply.redirect(def.sentPath, 303)
      return undefined
    }
    const detour = def.detour?.(request, application, step)
    if (detour !== undefined) {
      await reply.redirect(def.stepPath(detour), 303)
      return undefined
    }
    if (!canOpenStep(def.steps, application.step, step)) {
      const allowed = stepOf(def.steps, application.step)
      await refuseSkippedStep(db, request, reply, {
        applicationId: application.id,
        wanted: step,
        allowed: application.step,
        allowedPath: allowed ? def.stepPath(allowed) : def.sentPath,
      })
      return undefined
    }
    return application
  }

  return {
    check,
    guard(step) {
      return async function journeyGuard(request, reply) {
        const application = await check(request, reply, step)
        if (!application) return reply
        admitted.set(request, application)
        admittedSteps.set(request, { db, journeyId: application.id, step })
      }
    },
    application(request) {
      const application = admitted.get(request)
      if (!application) throw new Error('no journey guard before this handler')
      return application
    },
  }
}
