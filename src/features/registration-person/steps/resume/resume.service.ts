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
import type { PersonDeps } from '../../deps.js'
import { PATHS } from '../../journey.js'
import { personMessages } from '../../messages.js'

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
 * The link is used once: a fresh one is e-mailed with the code.
 */
export async function prepareResume(
  deps: PersonDeps,
  app: ApplicationRow,
  requestId: string,
): Promise<'sent' | 'too-many'> {
  const token = randomToken()
  return deps.db.transaction().execute(async (trx) => {
    await resetForResume(trx, app.id, {
      resumeTokenHash: hashResumeToken(token),
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
    await mailResumeLink(trx, deps, app, app.email, token)
    return sendCode(trx, deps, app, app.email)
  })
}
