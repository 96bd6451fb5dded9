import { recordAudit } from '../../../platform/audit.js'
import { formatDate } from '../../../platform/time.js'
import { enqueueMail } from '../../mail/index.js'
import { bilingualMail } from '../reactivation/bilingual.js'
import type { ChangeDeps, Owner } from '../reactivation/owner.service.js'
import { openCancellation, withdrawCancellation } from './cancellation.repository.js'
import { cancellationMessages } from './messages.js'

/**
 * A director acting for the company withdraws its cancellation still waiting for directors:
 * the registration stays as it was, the company's address is told, and a new cancellation may
 * start. False when none was waiting.
 */
export async function withdrawPendingCancellation(
  deps: ChangeDeps,
  owner: Owner,
  requestId: string,
): Promise<boolean> {
  const reg = owner.registration
  if (!owner.company) return false
  const now = deps.clock.now()
  return deps.db.transaction().execute(async (trx) => {
    const open = await openCancellation(trx, reg.id)
    if (
      !open ||
      !(await withdrawCancellation(trx, { id: open.id, personId: owner.personId, at: now }))
    )
      return false
    await recordAudit(trx, {
      actorType: 'registrant',
      actorId: owner.personId,
      action: 'registration.cancellation_withdrawn',
      subjectType: 'registration',
      subjectId: reg.id,
      requestId,
      data: { cancellationId: open.id },
    })
    const p = (locale: 'th' | 'en') => ({ date: formatDate(now, locale) })
    await enqueueMail(
      trx,
      bilingualMail(
        { th: cancellationMessages('th'), en: cancellationMessages('en') },
        reg.email,
        'mail.withdrawnSubject',
        'mail.withdrawnBody',
        { th: p('th'), en: p('en') },
      ),
    )
    return true
  })
}
