import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import { recordAudit } from './audit.js'
import type { DB } from './db/schema.js'
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
