import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import { recordJourneyEvent } from '../../platform/journey.js'

/** Every saved step leaves a journey event and an audit event in the step's transaction. */
export async function recordStep(
  trx: Kysely<DB>,
  applicationId: string,
  step: string,
  action: string,
  requestId: string | null,
  data?: Record<string, unknown>,
): Promise<void> {
  await recordJourneyEvent(trx, { journeyId: applicationId, kind: 'company', event: 'step', step })
  await recordAudit(trx, {
    actorType: 'anonymous',
    action,
    subjectType: 'application',
    subjectId: applicationId,
    requestId,
    data,
  })
}
