import { recordAudit } from '../../../platform/audit.js'
import { NotReadyError } from '../../../platform/errors.js'
import { recordJourneyEvent } from '../../../platform/journey.js'
import type { CompanyApplicationRow } from '../company.repository.js'
import type { CompanyDeps } from '../deps.js'
import { decideCompanyApplication, type DecideResult } from './decide.js'
import { existingDecision, markSubmitted } from './submit.repository.js'

/**
 * The applicant applies. With every chosen director verified the decision is made now;
 * otherwise the application waits ("submitted") and is decided the moment the last one
 * verifies. A retried or double-clicked submit changes nothing.
 */
export async function submitCompany(
  deps: CompanyDeps,
  app: CompanyApplicationRow,
  submitKey: string,
  requestId: string,
): Promise<DecideResult> {
  const decided = await existingDecision(deps.db, app.id)
  if (decided) return { status: 'decided', decisionId: decided.id, outcome: decided.outcome }
  if (app.status === 'submitted') return decideCompanyApplication(deps, app.id, requestId)
  if (
    app.status !== 'draft' ||
    app.step !== 'check' ||
    app.submit_key === null ||
    app.submit_key !== submitKey ||
    !app.email_confirmed_at ||
    !app.signers_chosen_at
  )
    throw new NotReadyError('not at the check step')
  const now = new Date()
  await deps.db.transaction().execute(async (trx) => {
    if (!(await markSubmitted(trx, app.id, now))) return
    await recordJourneyEvent(trx, {
      journeyId: app.id,
      kind: 'company',
      event: 'submitted',
      at: now,
    })
    await recordAudit(trx, {
      actorType: 'anonymous',
      action: 'application.submitted',
      subjectType: 'application',
      subjectId: app.id,
      requestId,
      data: { kind: 'company' },
    })
  })
  return decideCompanyApplication(deps, app.id, requestId)
}
