import { recordAudit } from '../../platform/audit.js'
import { newId, shortReference } from '../../platform/ids.js'
import type { Locale } from '../../platform/time.js'
import { directorName, lookupWithSnapshot, matchDirector } from '../registry-dbd/index.js'
import { findSignedApplication, type CompanyDeps } from '../registration-company/index.js'
import { isGrantId } from './tokens.js'
import { personIdentity, type Acting } from './acting.service.js'
import { insertGrantApplication, submitGrantApplication } from './grant-applications.repository.js'
import type { GrantForm } from './grant.schema.js'
import { findCompanyGrant, insertGrant } from './grants.repository.js'
import { latestVerification } from './parties.repository.js'
import { progressGrant } from './signing.service.js'

/**
 * A director starts a grant. It is an application of kind 'authority' whose first signer is
 * the director (verified through the bank when they signed in, and matched against DBD now);
 * other directors are invited as for a registration when the signing clause needs them.
 */
export async function startGrant(
  deps: CompanyDeps,
  acting: Acting,
  personId: string,
  form: GrantForm,
  locale: Locale,
  requestId: string,
): Promise<
  | { status: 'started'; grantId: string; applicationId: string }
  | { status: 'unavailable' | 'not_director' }
> {
  const lookup = await lookupWithSnapshot(deps, acting.juristicId)
  if (lookup.status === 'unavailable') return { status: 'unavailable' }
  if (lookup.status !== 'found') return { status: 'not_director' }
  const me = await personIdentity(deps, personId)
  const match = matchDirector(lookup.company.directors, me)
  const director = match ? lookup.company.directors[match.index] : undefined
  const verification = await latestVerification(deps.db, personId)
  if (!match || !director || !verification) return { status: 'not_director' }
  const applicationId = newId()
  const grantId = newId()
  const granteeEnc = deps.crypto.encrypt(form.granteeId)
  await deps.db.transaction().execute(async (trx) => {
    await insertGrantApplication(
      trx,
      {
        id: applicationId,
        reference: shortReference(),
        locale,
        juristicId: acting.juristicId,
        dbdSnapshotId: lookup.snapshotId,
        email: form.granteeEmail,
      },
      {
        id: newId(),
        directorIndex: match.index,
        directorName: directorName(director),
        directorIdHmac: director.id === '' ? null : deps.crypto.hmac(director.id).blob,
        verificationId: verification.id,
        personId,
        matchBasis: match.basis,
        verifiedAt: new Date(),
      },
    )
    await insertGrant(trx, {
      id: grantId,
      juristicPersonId: acting.juristicPersonId,
      applicationId,
      granteeIdHmac: deps.crypto.hmac(form.granteeId).blob,
      granteeIdEnc: granteeEnc.blob,
      granteeIdKeyId: granteeEnc.keyId,
      granteeEmail: form.granteeEmail,
      scopes: form.scopes,
      validFrom: form.validFrom,
      validUntil: form.validUntil,
      createdByPersonId: personId,
    })
    await recordAudit(trx, {
      actorType: 'registrant',
      actorId: personId,
      action: 'authority.grant_started',
      subjectType: 'authority_grant',
      subjectId: grantId,
      requestId,
      data: { scopes: form.scopes, validFrom: form.validFrom, validUntil: form.validUntil },
    })
  })
  return { status: 'started', grantId, applicationId }
}

/** The chosen directors have been invited: the grant now waits for them. */
export async function signersChosen(deps: CompanyDeps, applicationId: string): Promise<void> {
  await submitGrantApplication(deps.db, applicationId, new Date())
  await progressGrant(deps, applicationId, null)
}

/**
 * A grant of the company the person acts for, with its application; any other grant (or a
 * malformed id) is not found.
 */
export async function grantToSign(deps: CompanyDeps, juristicPersonId: string, grantId: string) {
  if (!isGrantId(grantId)) return undefined
  const grant = await findCompanyGrant(deps.db, juristicPersonId, grantId)
  const app = grant ? await findSignedApplication(deps.db, grant.application_id) : undefined
  return grant && app ? { grant, app } : undefined
}
