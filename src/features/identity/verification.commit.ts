import { recordAudit } from '../../platform/audit.js'
import type { VerificationFailure } from '../../platform/db/schema.js'
import { claimsDigest, mapClaims } from './claims.js'
import { linkIdentityAccount, saveBankProfile, upsertPerson } from './persons.repository.js'
import type { ProviderIdentity } from './relying-party.js'
import { recordFailure, type VerificationRow } from './verification.records.js'
import { markVerified } from './verification.repository.js'
import {
  CallbackRefusedError,
  type CallbackResult,
  type Purpose,
  type PurposeHooks,
  type VerificationDeps,
} from './verification.types.js'

class PurposeRefusal extends Error {
  constructor(readonly failure: VerificationFailure) {
    super(failure)
  }
}

/** Applies a verified identity: the person, their account and profile, then the purpose. */
export async function commitVerified(
  deps: VerificationDeps,
  row: VerificationRow,
  identity: ProviderIdentity,
  ial: number,
  hooks: Record<Purpose, PurposeHooks>,
  requestId: string,
): Promise<CallbackResult> {
  const person = mapClaims(identity.claims, deps.idp.claimMap)
  const nationalId = person.nationalId
  const fail = async (failure: VerificationFailure, detail?: string): Promise<CallbackResult> => {
    if (
      !(await recordFailure(deps.db, row, failure, requestId, hooks[row.purpose].onFailed, detail))
    )
      throw new CallbackRefusedError('replayed')
    return { handle: row.handle, purpose: row.purpose, status: 'failed', failure }
  }
  if (nationalId === undefined || person.firstNameTh === '')
    return fail('invalid_response', 'missing national ID or name')
  try {
    await deps.db.transaction().execute(async (trx) => {
      const personId = await upsertPerson(trx, deps.crypto, nationalId)
      await linkIdentityAccount(trx, personId, identity.issuer, identity.subject)
      const profileId = await saveBankProfile(trx, personId, row.id, person)
      const failure = await hooks[row.purpose].onVerified(trx, {
        verificationId: row.id,
        applicationId: row.application_id,
        personId,
        profileId,
        nationalId,
        person,
      })
      // Roll back: nothing about a person who was refused is kept beyond the failure itself.
      if (failure) throw new PurposeRefusal(failure)
      const sealed = deps.crypto.encrypt(JSON.stringify(identity.claims))
      const verified = await markVerified(trx, row.id, {
        subject: identity.subject,
        acr: identity.acr ?? null,
        ial: String(ial),
        claims_enc: sealed.blob,
        claims_key_id: sealed.keyId,
        claims_digest: claimsDigest(identity.claims),
        person_id: personId,
        at: new Date(),
      })
      if (!verified) throw new CallbackRefusedError('replayed')
      await recordAudit(trx, {
        actorType: 'registrant',
        actorId: personId,
        action: 'identity.verified',
        subjectType: 'person',
        subjectId: personId,
        requestId,
        data: { purpose: row.purpose, verificationId: row.id, acr: identity.acr ?? null },
      })
    })
  } catch (err) {
    if (err instanceof PurposeRefusal) return fail(err.failure)
    throw err
  }
  return { handle: row.handle, purpose: row.purpose, status: 'verified', failure: undefined }
}
