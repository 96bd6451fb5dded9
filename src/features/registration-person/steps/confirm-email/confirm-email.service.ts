import { checkEmailCode, sendCode, type CodeResult } from '../../../contact/index.js'
import type { ApplicationRow } from '../../application.repository.js'
import type { PersonDeps } from '../../deps.js'
import type { Step } from '../../journey.js'
import { recordStep } from '../../record-step.js'

/** Sends a new e-mail code (limited per application). */
export async function resendCode(
  deps: PersonDeps,
  app: ApplicationRow,
): Promise<'sent' | 'too-many'> {
  if (!app.email) return 'too-many'
  const email = app.email
  return deps.db.transaction().execute((trx) => sendCode(trx, deps, app, email))
}

/** Where an applicant goes once the e-mail is confirmed: back to where they were, if still valid. */
function stepAfterConfirmation(
  app: Pick<ApplicationRow, 'verification_id' | 'mailing_address'>,
): Step {
  if (!app.verification_id) return 'verify'
  return app.mailing_address ? 'check' : 'your-details'
}

/** Confirms the person application's e-mail code, then goes back to where the applicant was. */
export async function confirmEmail(
  deps: PersonDeps,
  app: ApplicationRow,
  code: string,
  requestId: string,
): Promise<CodeResult> {
  return deps.db.transaction().execute(async (trx): Promise<CodeResult> => {
    const result = await checkEmailCode(trx, deps, app, code, requestId, stepAfterConfirmation)
    if (result.ok)
      await recordStep(trx, app.id, 'confirm-email', 'application.email_confirmed', requestId)
    return result
  })
}
