import { recordAudit } from '../../platform/audit.js'
import { formatDateTime } from '../../platform/time.js'
import { enqueueMail } from '../mail/index.js'
import { findSignedApplication, type CompanyDeps } from '../registration-company/index.js'
import { isGrantId } from './tokens.js'
import type { Acting } from './acting.service.js'
import { withdrawGrantApplication } from './grant-applications.repository.js'
import { findRevocableGrant, markRevoked } from './grants.repository.js'
import { authorityMessages } from './messages.js'

/**
 * Revokes a grant: any director acting for the company, or the grantee themselves. The read is
 * scoped to those two, so anyone else finds nothing ("not found"); the attempt is audited.
 */
export async function revokeGrant(
  deps: CompanyDeps,
  grantId: string,
  by: { personId: string; acting?: Acting },
  requestId: string,
): Promise<'revoked' | 'not_found'> {
  if (!isGrantId(grantId)) return 'not_found'
  const g = await findRevocableGrant(deps.db, grantId, {
    personId: by.personId,
    directorOf: by.acting?.role === 'director' ? by.acting.juristicPersonId : undefined,
  })
  if (!g || g.status === 'revoked' || g.status === 'refused') {
    await recordAudit(deps.db, {
      actorType: 'registrant',
      actorId: by.personId,
      action: 'authority.revoke_refused',
      subjectType: 'authority_grant',
      subjectId: grantId,
      outcome: 'refused',
      requestId,
    })
    return 'not_found'
  }
  const now = new Date()
  await deps.db.transaction().execute(async (trx) => {
    await markRevoked(trx, g.id, by.personId, now)
    // Directors still to sign a revoked grant have nothing left to sign.
    await withdrawGrantApplication(trx, g.application_id, now)
    const app = await findSignedApplication(trx, g.application_id)
    const m = authorityMessages(app?.locale ?? 'th')
    const company = by.acting?.companyName ?? app?.juristic_id ?? ''
    await enqueueMail(trx, {
      to: g.grantee_email,
      subject: m('mail.revokedSubject', { company }),
      text: m('mail.revokedBody', {
        company,
        reference: app?.reference ?? '',
        time: formatDateTime(now, app?.locale ?? 'th'),
      }),
    })
    await recordAudit(trx, {
      actorType: 'registrant',
      actorId: by.personId,
      action: 'authority.revoked',
      subjectType: 'authority_grant',
      subjectId: g.id,
      requestId,
      data: { by: by.acting?.role === 'director' ? 'director' : 'grantee' },
    })
  })
  return 'revoked'
}
