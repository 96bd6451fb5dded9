import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import { recordAudit } from '../../../../platform/audit.js'
import type { DB } from '../../../../platform/db/schema.js'
import { randomToken } from '../../../../platform/ids.js'
import { recordJourneyEvent } from '../../../../platform/journey.js'
import { sendCode } from '../../../contact/index.js'
import { enqueueMail } from '../../../mail/index.js'
import {
  findByResumeTokenHash,
  resetForResume,
  type ApplicationRow,
} from '../../application.repository.js'
import { SESSION_IDLE_MS } from '../../../../platform/http/session.js'
import type { PersonDeps } from '../../deps.js'
import { PATHS } from '../../journey.js'
import { personMessages } from '../../messages.js'
import { idleDrafts, setResumeToken } from './resume.repository.js'

/** Only the hash of a resume link's token is stored. */
export function hashResumeToken(token: string): Buffer {
  return createHash('sha256').update(token).digest()
}

/** E-mails the link that brings the applicant back to this draft. */
export async function mailResumeLink(
  trx: Kysely<DB>,
  deps: PersonDeps,
  app: Pick<ApplicationRow, 'locale' | 'reference'>,
  to: string,
  token: string,
): Promise<void> {
  const m = personMessages(app.locale)
  await enqueueMail(trx, {
    to,
    subject: m('mail.resumeSubject'),
    text: m('mail.resumeBody', {
      reference: app.reference,
      link: `${deps.publicBaseUrl}${PATHS.resume(token)}`,
    }),
  })
}

/** Resuming from the e-mailed link: the link only identifies the draft. */
export async function findByResumeToken(db: Kysely<DB>, token: string) {
  return findByResumeTokenHash(db, hashResumeToken(token))
}

/**
 * After resuming from the e-mailed link: the e-mail is confirmed again and eKYC is done again.
 * The link is used once; the next one goes out when the applicant leaves again or asks for it.
 */
export async function prepareResume(
  deps: PersonDeps,
  app: ApplicationRow,
  requestId: string,
): Promise<'sent' | 'too-many'> {
  return deps.db.transaction().execute(async (trx) => {
    await resetForResume(trx, app.id, {
      step: app.step === 'details' ? 'details' : 'confirm-email',
    })
    await recordJourneyEvent(trx, { journeyId: app.id, kind: 'person', event: 'resumed' })
    await recordAudit(trx, {
      actorType: 'anonymous',
      action: 'application.resumed',
      subjectType: 'application',
      subjectId: app.id,
      requestId,
    })
    if (!app.email) return 'too-many'
    return sendCode(trx, deps, app, app.email)
  })
}

/** Writes a new link (the older one stops working) and e-mails it, in the caller's transaction. */
async function newResumeLink(
  trx: Kysely<DB>,
  deps: PersonDeps,
  app: Pick<ApplicationRow, 'id' | 'locale' | 'reference'> & { email: string },
  onlyIfNone: boolean,
): Promise<boolean> {
  const token = randomToken()
  if (!(await setResumeToken(trx, app.id, hashResumeToken(token), { onlyIfNone }))) return false
  await mailResumeLink(trx, deps, app, app.email, token)
  return true
}

/** The applicant asked for a link to continue later: it is e-mailed now, audited. */
export async function sendResumeLinkNow(
  deps: PersonDeps,
  app: ApplicationRow,
  requestId: string,
): Promise<boolean> {
  const email = app.email
  if (!email) return false
  return deps.db.transaction().execute(async (trx) => {
    if (!(await newResumeLink(trx, deps, { ...app, email }, false))) return false
    await recordAudit(trx, {
      actorType: app.person_id ? 'registrant' : 'anonymous',
      actorId: app.person_id,
      action: 'application.resume_link_asked',
      subjectType: 'application',
      subjectId: app.id,
      requestId,
    })
    return true
  })
}

/**
 * The applicants who have left (no live session, nothing saved for the session's idle time)
 * get the link to continue, once per absence. Run by the scheduler with the jobs' clock.
 */
export async function mailResumeLinksToIdle(deps: PersonDeps, now: Date): Promise<number> {
  let sent = 0
  for (const draft of await idleDrafts(deps.db, now, SESSION_IDLE_MS)) {
    const mailed = await deps.db.transaction().execute(async (trx) => {
      if (!(await newResumeLink(trx, deps, draft, true))) return false
      await recordAudit(trx, {
        actorType: 'system',
        action: 'application.resume_link_sent',
        subjectType: 'application',
        subjectId: draft.id,
      })
      return true
    })
    if (mailed) sent += 1
  }
  return sent
}
