import { sendCode } from '../../../contact/index.js'
import { updateDetails, type ApplicationRow } from '../../application.repository.js'
import type { PersonDeps } from '../../deps.js'
import { furthest, type Step } from '../../journey.js'
import { recordStep } from '../../record-step.js'
import type { Details } from './details.schema.js'

/**
 * Saves the details page; a changed e-mail must be confirmed again, a changed ID verified again.
 * No "continue later" e-mail here: it goes out when the applicant leaves, or asks for it.
 */
export async function saveDetails(
  deps: PersonDeps,
  app: ApplicationRow,
  details: Details,
  requestId: string,
): Promise<{ next: Step; codeSent: boolean }> {
  const hmac = deps.crypto.hmac(details.nationalId).blob
  const idChanged = app.national_id_hmac === null || !app.national_id_hmac.equals(hmac)
  const emailChanged = app.email !== details.email
  const enc = deps.crypto.encrypt(details.nationalId)
  let next: Step = furthest(app.step, 'confirm-email')
  if (emailChanged || !app.email_confirmed_at) next = 'confirm-email'
  else if (idChanged && app.person_id) next = 'verify'
  let codeSent = false
  await deps.db.transaction().execute(async (trx) => {
    await updateDetails(trx, app.id, {
      nationalIdHmac: hmac,
      nationalIdEnc: enc,
      email: details.email,
      mobile: details.mobile,
      step: next,
      emailChanged,
      idChanged,
    })
    if (next === 'confirm-email' && (emailChanged || !app.email_code_hash)) {
      codeSent = (await sendCode(trx, deps, app, details.email)) === 'sent'
    }
    await recordStep(trx, app.id, 'details', 'application.details_saved', requestId)
  })
  return { next, codeSent }
}
