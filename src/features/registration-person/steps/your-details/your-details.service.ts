import type { StoredMailing } from '../../../../platform/db/schema.js'
import { randomToken } from '../../../../platform/ids.js'
import { updateMailing, type ApplicationRow } from '../../application.repository.js'
import type { PersonDeps } from '../../deps.js'
import { furthest } from '../../journey.js'
import { recordStep } from '../../record-step.js'
import type { MailingChoice } from './your-details.schema.js'

/** Saves the mailing address. */
export async function saveMailing(
  deps: PersonDeps,
  app: ApplicationRow,
  choice: MailingChoice,
  requestId: string,
): Promise<void> {
  const stored: StoredMailing = choice.same
    ? { kind: 'id-card' }
    : { kind: 'other', ...choice.address }
  await deps.db.transaction().execute(async (trx) => {
    await updateMailing(trx, app.id, {
      stored,
      step: furthest(app.step, 'check'),
      submitKey: app.submit_key ?? randomToken(16),
    })
    await recordStep(
      trx,
      app.id,
      'your-details',
      'application.mailing_saved',
      requestId,
      app.person_id,
    )
  })
}
