import { randomToken } from '../../../../platform/ids.js'
import { sendCode } from '../../../contact/index.js'
import { saveContactDetails, type CompanyApplicationRow } from '../../company.repository.js'
import type { CompanyDeps } from '../../deps.js'
import { furthest, type Step } from '../../journey.js'
import { recordStep } from '../../record-step.js'
import type { Contact } from './contact.schema.js'

/** Saves the contact; a changed e-mail must be confirmed again. */
export async function saveContact(
  deps: CompanyDeps,
  app: CompanyApplicationRow,
  contact: Contact,
  requestId: string,
): Promise<Step> {
  const emailChanged = app.email !== contact.email
  const next: Step =
    emailChanged || !app.email_confirmed_at ? 'confirm-email' : furthest(app.step, 'check')
  await deps.db.transaction().execute(async (trx) => {
    await saveContactDetails(trx, app.id, {
      ...contact,
      step: next,
      submitKey: app.submit_key ?? randomToken(16),
      emailChanged,
    })
    if (next === 'confirm-email' && (emailChanged || !app.email_code_hash))
      await sendCode(trx, deps, app, contact.email)
    await recordStep(trx, app.id, 'contact', 'company.contact_saved', requestId)
  })
  return next
}
