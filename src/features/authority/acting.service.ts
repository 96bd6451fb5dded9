import { recordAudit } from '../../platform/audit.js'
import { businessDate } from '../../platform/time.js'
import { latestProfile, nationalIdOf } from '../identity/index.js'
import { lookupWithSnapshot, matchDirector } from '../registry-dbd/index.js'
import { companyRegistered, type CompanyDeps } from '../registration-company/index.js'
import { grantsInForce } from './grants.repository.js'
import { findJuristicPerson } from './parties.repository.js'
import { GRANTABLE_SCOPES, isGrantable, type Scope } from './scopes.js'

/** The person who is acting for a company in this session, as checked at sign-in. */
export interface Acting {
  juristicPersonId: string
  juristicId: string
  companyName: string
  role: 'director' | 'grantee'
  scopes: Scope[]
  checkedAt: string
}

/** Who the signed-in person is to the bank: their national ID and Thai name. */
export async function personIdentity(deps: CompanyDeps, personId: string) {
  const profile = await latestProfile(deps.db, personId)
  const nationalId = await nationalIdOf(deps.db, deps.crypto, personId)
  return {
    nationalId,
    firstNameTh: profile?.first_name_th ?? '',
    middleNameTh: profile?.middle_name_th ?? null,
    lastNameTh: profile?.last_name_th ?? '',
  }
}

export type ActForResult =
  { status: 'ok'; acting: Acting } | { status: 'not_registered' | 'refused' | 'unavailable' }

/**
 * Signing in for a company: its current DBD directors (asked again now, never from memory)
 * and the holders of authority in force, within their scopes. Anyone else is refused, audited.
 */
export async function actFor(
  deps: CompanyDeps,
  personId: string,
  juristicId: string,
  requestId: string,
): Promise<ActForResult> {
  const jp = await findJuristicPerson(deps.db, juristicId)
  if (!jp || !(await companyRegistered(deps.db, juristicId))) return { status: 'not_registered' }
  const lookup = await lookupWithSnapshot(deps, juristicId)
  if (lookup.status === 'unavailable') return { status: 'unavailable' }
  const company = lookup.status === 'found' ? lookup.company : undefined
  const me = await personIdentity(deps, personId)
  const match = company ? matchDirector(company.directors, me) : undefined
  let acting: Acting | undefined
  if (company && match)
    acting = {
      juristicPersonId: jp.id,
      juristicId,
      companyName: company.nameTh,
      role: 'director',
      scopes: [...GRANTABLE_SCOPES],
      checkedAt: new Date().toISOString(),
    }
  else {
    const grants = await grantsInForce(deps.db, jp.id, personId, businessDate(new Date()))
    const scopes = [...new Set(grants.flatMap((g) => g.scopes).filter(isGrantable))]
    if (grants.length > 0 && scopes.length > 0)
      acting = {
        juristicPersonId: jp.id,
        juristicId,
        companyName: company?.nameTh ?? juristicId,
        role: 'grantee',
        scopes,
        checkedAt: new Date().toISOString(),
      }
  }
  await recordAudit(deps.db, {
    actorType: 'registrant',
    actorId: personId,
    action: acting ? 'company.acting' : 'company.acting_refused',
    subjectType: 'juristic_person',
    subjectId: jp.id,
    outcome: acting ? 'ok' : 'refused',
    requestId,
    data: acting
      ? { role: acting.role, scopes: acting.scopes, dbdSnapshotId: lookup.snapshotId }
      : { dbdSnapshotId: lookup.snapshotId },
  })
  return acting ? { status: 'ok', acting } : { status: 'refused' }
}
