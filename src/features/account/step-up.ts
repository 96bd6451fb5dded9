import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { recordAudit } from '../../platform/audit.js'
import type { PurposeHandler, VerificationDeps } from '../identity/index.js'
import { startVerification } from '../identity/index.js'
import { recordJourneyEvent } from '../../platform/journey.js'

declare module 'fastify' {
  interface Session {
    /** Where a step-up verification returns: a path under /account/. */
    stepUpReturn?: string
    /** The signed-in registrant's newest step-up: which verification, when (ms since epoch). */
    stepUp?: { verificationId: string; personId: string; at: number }
  }
}

/** The page that shows the bank's QR code for a step-up, and starts one. */
export const STEP_UP_PATH = '/account/verify'

/** How long a step-up counts as fresh: a change made later verifies again. */
export const STEP_UP_MAX_AGE_MS = 10 * 60_000

/** Only a path inside the signed-in area may be returned to: never another site. */
export function safeReturnPath(path: string | undefined): string {
  return path && /^\/account\/[A-Za-z0-9/_-]*$/.test(path) ? path : '/account'
}

/**
 * The step-up purpose: a signed-in registrant proves it is them again through the bank before a
 * change (an update from the bank, a reactivation, a cancellation). A verification of anyone
 * but the signed-in person is refused and audited, and changes nothing.
 */
export function stepUpPurpose(db: Kysely<DB>): PurposeHandler {
  return {
    // The verification itself stores the bank's new claims as a new effective-dated profile.
    onVerified: async () => undefined,
    async afterVerified(request, _reply, verification) {
      const personId = request.session.get('personId')
      const back = safeReturnPath(request.session.get('stepUpReturn'))
      if (!personId || verification.person_id !== personId) {
        await recordAudit(db, {
          actorType: 'registrant',
          actorId: personId ?? 'anonymous',
          action: 'account.step_up_refused',
          subjectType: 'verification',
          subjectId: verification.id,
          requestId: request.id,
        })
        request.session.set('stepUp', undefined)
        return '/account?stepUp=other-person'
      }
      request.session.set('stepUp', {
        verificationId: verification.id,
        personId,
        at: Date.now(),
      })
      return back
    },
    pageUrl: STEP_UP_PATH,
  }
}

/**
 * The signed-in person's step-up verification when it is fresh, else undefined. Freshness is a
 * security window, so it runs on real time, not on the jobs' movable clock.
 */
export function freshStepUp(
  request: FastifyRequest,
  maxAgeMs = STEP_UP_MAX_AGE_MS,
): { verificationId: string; personId: string } | undefined {
  const s = request.session.get('stepUp')
  const personId = request.session.get('personId')
  if (!s || !personId || s.personId !== personId) return undefined
  if (Date.now() - s.at > maxAgeMs) return undefined
  return { verificationId: s.verificationId, personId: s.personId }
}

/** Sends a signed-in person to verify through the bank, then back to `returnTo`. */
export function requireStepUp(
  request: FastifyRequest,
  reply: FastifyReply,
  returnTo: string,
): FastifyReply {
  request.session.set('stepUpReturn', safeReturnPath(returnTo))
  return reply.redirect(STEP_UP_PATH, 303)
}

/** Starts a step-up verification with its journey event, in one transaction. */
export async function startStepUp(deps: Pick<VerificationDeps, 'db' | 'idp'>) {
  return deps.db.transaction().execute(async (trx) => {
    const started = await startVerification(trx, deps, { purpose: 'step-up', applicationId: null })
    await recordJourneyEvent(trx, { journeyId: started.id, kind: 'sign-in', event: 'started' })
    return started
  })
}
