import { readSnapshot } from '../registry-dbd/index.js'
import type { CompanyDeps } from '../registration-company/index.js'
import { companyGrantRows, heldGrantRows } from './grants.repository.js'
import { companyRegistrations, companyRegistrationStatus } from './parties.repository.js'

/** A grant as its company's page and its grantee's page list it. */
export interface GrantView {
  id: string
  reference: string
  status: 'awaiting_directors' | 'awaiting_grantee' | 'active' | 'revoked' | 'refused'
  grantee: string
  scopes: string[]
  validFrom: string
  validUntil: string
  companyName?: string
  juristicId?: string
  mine: boolean
}

/** A grantee shown by masked ID until they accept, then by the name the bank gave. */
export function granteeLabel(
  deps: Pick<CompanyDeps, 'crypto'>,
  g: { grantee_id_enc: Buffer; grantee_id_key_id: string },
  name: string | null,
): string {
  const id = deps.crypto.decrypt({ keyId: g.grantee_id_key_id, blob: g.grantee_id_enc })
  const masked = `x-xxxx-xxxxx-${id.slice(10, 12)}-${id.slice(12)}`
  return name ? `${name} (${masked})` : masked
}

/** The grants of a company, newest first (its page; directors and grantees acting for it). */
export async function companyGrants(
  deps: CompanyDeps,
  juristicPersonId: string,
  personId: string,
): Promise<GrantView[]> {
  const rows = await companyGrantRows(deps.db, juristicPersonId)
  const seen = new Set<string>()
  return rows.flatMap((r) => {
    if (seen.has(r.id)) return []
    seen.add(r.id)
    const name = r.first_name_th
      ? `${r.title_th ?? ''}${r.first_name_th} ${r.last_name_th ?? ''}`
      : null
    return [
      {
        id: r.id,
        reference: r.reference,
        status: r.status,
        grantee: granteeLabel(deps, r, name),
        scopes: r.scopes,
        validFrom: r.valid_from,
        validUntil: r.valid_until,
        mine: r.grantee_person_id === personId,
      },
    ]
  })
}

/** The grants a person holds or has been offered, on their own page. */
export async function grantsHeld(deps: CompanyDeps, personId: string): Promise<GrantView[]> {
  const rows = await heldGrantRows(deps.db, personId)
  const views: GrantView[] = []
  for (const r of rows) {
    const snap = r.dbd_snapshot_id
      ? await readSnapshot(deps.db, deps.crypto, r.dbd_snapshot_id)
      : undefined
    views.push({
      id: r.id,
      reference: r.reference,
      status: r.status,
      grantee: granteeLabel(deps, r, null),
      scopes: r.scopes,
      validFrom: r.valid_from,
      validUntil: r.valid_until,
      companyName: snap?.company.nameTh ?? r.juristic_id,
      juristicId: r.juristic_id,
      mine: true,
    })
  }
  return views
}

/** The status of the company's newest registration, shown on its page. */
export async function registrationStatus(deps: Pick<CompanyDeps, 'db'>, juristicPersonId: string) {
  return companyRegistrationStatus(deps.db, juristicPersonId)
}

/** The company's registrations for its page, with what a director may do with each. */
export async function registrationsOf(deps: Pick<CompanyDeps, 'db'>, juristicPersonId: string) {
  return companyRegistrations(deps.db, juristicPersonId)
}
