import { checkEmailCode, sendCode, type CodeResult } from '../../../contact/index.js'
import type { CompanyApplicationRow } from '../../company.repository.js'
import type { CompanyDeps } from '../../deps.js'
import { recordStep } from '../../record-step.js'

/** Sends a new code to the company e-mail (limited per application). */
export async function resendCompanyCode(
  deps: CompanyDeps,
  app: CompanyApplicationRow,
): Promise<'sent' | 'too-many'> {
  const email = app.email
  if (!email) return 'too-many'
  return deps.db.transaction().execute((trx) => sendCode(trx, deps, app, email))
}

/** Confirms the company e-mail's code; the applicant goes on to check their answers. */
export async function confirmCompanyEmail(
  deps: CompanyDeps,
  app: CompanyApplicationRow,
  code: string,
  requestId: string,
): Promise<CodeResult> {
  return deps.db.transaction().execute(async (trx) => {
    const result = await checkEmailCode(trx, deps, app, code, requestId, () => 'check')
    if (result.ok)
      await recordStep(trx, app.id, 'confirm-email', 'application.email_confirmed', requestId)
    return result
  })
}
