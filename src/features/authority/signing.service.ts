import { recordAudit } from '../../platform/audit.js'
import { randomToken } from '../../platform/ids.js'
import { formatDate, formatDateTime, type Locale } from '../../platform/time.js'
import { enqueueMail } from '../mail/index.js'
import {
  directorKey,
  lookupWithSnapshot,
  matchDirector,
  parseSigningClause,
  satisfies,
  type JuristicPerson,
} from '../registry-dbd/index.js'
import {
  findSignedApplication,
  listSigners,
  type CompanyDeps,
} from '../registration-company/index.js'
import { ACCEPT_TTL_MS, hashAcceptToken } from './tokens.js'
import { personIdentity } from './acting.service.js'
import { decideGrantApplication } from './grant-applications.repository.js'
import { granteeLabel } from './grant-views.service.js'
import { decideGrant, grantOfApplication } from './grants.repository.js'
import { authorityMessages } from './messages.js'
import { AUTHORITY_PATHS } from './paths.js'
import { describeScopes } from './scopes.js'

/**
 * Once every chosen director has verified: DBD is asked again, the signers must still be
 * directors and together satisfy the signing clause. Then the grantee is asked to accept;
 * otherwise the grant is refused. Safe to call any number of times.
 */
export async function progressGrant(
  deps: CompanyDeps,
  applicationId: string,
  requestId: string | null,
): Promise<void> {
  const app = await findSignedApplication(deps.db, applicationId)
  if (!app || app.kind !== 'authority' || app.status !== 'submitted' || !app.juristic_id) return
  const signers = await listSigners(deps.db, app.id)
  if (signers.some((s) => s.status !== 'verified')) return
  const lookup = await lookupWithSnapshot(deps, app.juristic_id)
  if (lookup.status === 'unavailable') return
  const company: JuristicPerson | undefined = lookup.status === 'found' ? lookup.company : undefined
  const keys: string[] = []
  for (const s of signers) {
    if (!company || !s.person_id) continue
    const match = matchDirector(company.directors, await personIdentity(deps, s.person_id))
    const d = match ? company.directors[match.index] : undefined
    if (d) keys.push(directorKey(d))
  }
  const rule = company ? parseSigningClause(company.signingClause, company.directors) : undefined
  const signed =
    company !== undefined &&
    rule !== undefined &&
    keys.length === signers.length &&
    satisfies(rule, keys)
  const token = randomToken()
  const now = new Date()
  await deps.db.transaction().execute(async (trx) => {
    const moved = await decideGrantApplication(trx, app.id, {
      approved: signed,
      at: now,
      dbdSnapshotId: lookup.snapshotId,
    })
    if (!moved) return
    const grant = await decideGrant(
      trx,
      app.id,
      signed
        ? {
            signed: true,
            signedAt: now,
            tokenHash: hashAcceptToken(token),
            expiresAt: new Date(now.getTime() + ACCEPT_TTL_MS),
          }
        : { signed: false },
    )
    if (!grant) return
    if (signed) {
      const m = authorityMessages(app.locale)
      await enqueueMail(trx, {
        to: grant.grantee_email,
        subject: m('mail.acceptSubject', { company: company?.nameTh ?? app.juristic_id ?? '' }),
        text: m('mail.acceptBody', {
          company: company?.nameTh ?? '',
          juristicId: app.juristic_id ?? '',
          from: formatDate(grant.valid_from, app.locale),
          until: formatDate(grant.valid_until, app.locale),
          time: formatDateTime(grant.accept_expires_at ?? now, app.locale),
          link: `${deps.publicBaseUrl}${AUTHORITY_PATHS.accept(token)}`,
        }),
      })
    }
    await recordAudit(trx, {
      actorType: 'system',
      action: signed ? 'authority.signed' : 'authority.refused',
      subjectType: 'authority_grant',
      subjectId: grant.id,
      requestId,
      data: { dbdSnapshotId: lookup.snapshotId, signers: signers.length },
    })
  })
}

/** What an invited director confirms when the application is a grant: to whom, what, when. */
export async function describeGrant(deps: CompanyDeps, applicationId: string, locale: Locale) {
  const g = await grantOfApplication(deps.db, applicationId)
  if (!g) return undefined
  const m = authorityMessages(locale)
  const grantee = `${granteeLabel(deps, g, null)}, ${g.grantee_email}`
  return {
    title: m('cosign.title'),
    intro: m('cosign.intro'),
    lines: [
      `${m('grant.grantee')}: ${grantee}`,
      `${m('grant.scopes')}: ${describeScopes(locale, g.scopes)}`,
      `${m('grant.period')}: ${m('grant.periodValue', {
        from: formatDate(g.valid_from, locale),
        until: formatDate(g.valid_until, locale),
      })}`,
      m('cosign.consent'),
    ],
  }
}
