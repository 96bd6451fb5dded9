import { recordAudit } from '../../../platform/audit.js'
import { enqueueMail } from '../../mail/index.js'
import { findCompanyApplication } from '../company.repository.js'
import type { CompanyDeps } from '../deps.js'
import { PATHS } from '../journey.js'
import { INVITE_TTL_MS, REMINDER_AFTER_MS, resendInvite } from '../signing/invitations.service.js'
import { decideCompanyApplication } from './decide.js'
import { submitMessages } from './messages.js'
import {
  expireAbandoned,
  expireInvitation,
  lapsedInvitations,
  remindersDue,
  submittedApplications,
  withdrawOpenInvitations,
} from './sweep.repository.js'

export interface SweepResult {
  expired: number
  reminded: number
  decided: number
  abandoned: number
}

/** A company application nobody moved for this long is closed, and frees the company. */
export const ABANDONED_AFTER_MS = 30 * 24 * 3600_000

/** Links past 72 h expire, and the applicant is told. */
async function expireLinks(deps: CompanyDeps, now: Date): Promise<number> {
  let expired = 0
  for (const s of await lapsedInvitations(deps.db, now)) {
    const app = await findCompanyApplication(deps.db, s.application_id)
    // The expiry, its audit event and the applicant's e-mail commit together or not at all.
    const done = await deps.db.transaction().execute(async (trx) => {
      if (!(await expireInvitation(trx, s.id))) return false
      if (app?.email) {
        const m = submitMessages(app.locale)
        await enqueueMail(trx, {
          to: app.email,
          subject: m('mail.expiredSubject', { reference: app.reference }),
          text: m('mail.expiredBody', {
            director: s.director_name ?? '',
            reference: app.reference,
            link: `${deps.publicBaseUrl}${PATHS.status}`,
          }),
        })
      }
      await recordAudit(trx, {
        actorType: 'system',
        action: 'company.invite_expired',
        subjectType: 'application',
        subjectId: s.application_id,
        data: { signerId: s.id },
      })
      return true
    })
    if (done) expired++
  }
  return expired
}

/** Applications untouched for 30 days expire. */
async function expireAbandonedApplications(deps: CompanyDeps, now: Date): Promise<number> {
  const abandoned = await expireAbandoned(
    deps.db,
    now,
    new Date(now.getTime() - ABANDONED_AFTER_MS),
  )
  for (const a of abandoned)
    await deps.db.transaction().execute(async (trx) => {
      await withdrawOpenInvitations(trx, a.id)
      await recordAudit(trx, {
        actorType: 'system',
        action: 'application.expired',
        subjectType: 'application',
        subjectId: a.id,
      })
    })
  return abandoned.length
}

/**
 * The company applications' clock, run by the server every minute: links past 72 h expire
 * (and the applicant is told), a reminder goes at 24 h, waiting applications whose directors
 * have all verified are decided (in case no browser was there when it happened), and
 * applications untouched for 30 days expire. `now` is the clock (a test's, or the real one).
 */
export async function sweepCompanyApplications(
  deps: CompanyDeps,
  now: Date = new Date(),
): Promise<SweepResult> {
  const result: SweepResult = { expired: 0, reminded: 0, decided: 0, abandoned: 0 }
  result.expired = await expireLinks(deps, now)
  result.abandoned = await expireAbandonedApplications(deps, now)
  // A reminder once, 24 h after the link was sent: a fresh link (the old one stops working).
  const due = await remindersDue(
    deps.db,
    new Date(now.getTime() + INVITE_TTL_MS - REMINDER_AFTER_MS),
  )
  for (const s of due)
    if ((await resendInvite(deps, s.id, null, { reminder: true, now })) === 'sent')
      result.reminded++
  for (const a of await submittedApplications(deps.db)) {
    const r = await decideCompanyApplication(deps, a.id, null)
    if (r.status === 'decided') result.decided++
  }
  return result
}
