import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import { recordJourneyEvent } from '../../platform/journey.js'

/**
 * Every saved step leaves a journey event (statistics) and an audit event, in the step's own
 * transaction. The actor is the verified person once there is one.
 */
export async function recordStep(
  trx: Kysely<DB>,
  applicationId: string,
  step: string,
  action: string,
  requestId: string,
  personId?: string | null,
): Promise<void> {
  await recordJourneyEvent(trx, { journeyId: applicationId, kind: 'person', event: 'step', step })
  await recordAudit(trx, {
    actorType: personId ? 'registrant' : 'anonymous',
    actorId: personId ?? null,
    action,
    subjectType: 'application',
    subjectId: applicationId,
    requestId,
  })
}
