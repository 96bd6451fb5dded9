import { readSnapshot } from '../registry-dbd/index.js'
import type { CompanyApplicationRow } from './company.repository.js'
import type { CompanyDeps } from './deps.js'

/** The company's Thai name from the application's DBD snapshot, else its juristic ID. */
export async function companyNameOf(deps: CompanyDeps, a: CompanyApplicationRow): Promise<string> {
  const snap = a.dbd_snapshot_id
    ? await readSnapshot(deps.db, deps.crypto, a.dbd_snapshot_id)
    : undefined
  return snap?.company.nameTh ?? a.juristic_id ?? ''
}
