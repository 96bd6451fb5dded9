import type { Kysely } from 'kysely'
import type { DB } from '../../../platform/db/schema.js'
import { latestProfile } from '../../identity/index.js'
import { cancellationsOf, confirmationsOf, openCancellation } from './cancellation.repository.js'
import type { PendingCancellation } from './cancellation.views.js'

/** A person's Thai name as the bank last gave it. */
async function nameOf(db: Kysely<DB>, personId: string): Promise<string> {
  const p = await latestProfile(db, personId)
  return p ? `${p.title_th ?? ''}${p.first_name_th} ${p.last_name_th}` : ''
}

/** The registration's cancellation waiting for directors, as the person asking sees it. */
export async function pendingCancellation(
  db: Kysely<DB>,
  registrationId: string,
  personId: string,
): Promise<PendingCancellation | undefined> {
  const open = await openCancellation(db, registrationId)
  if (!open) return undefined
  const confirmed = await confirmationsOf(db, open.id)
  const names: string[] = []
  for (const c of confirmed) names.push(await nameOf(db, c.person_id))
  return {
    startedAt: open.created_at,
    names,
    mine: confirmed.some((c) => c.person_id === personId),
  }
}

/** The registration's cancellation once decided: when and its receipt. */
export async function decidedCancellation(db: Kysely<DB>, registrationId: string) {
  const rows = await cancellationsOf(db, [registrationId])
  const c = rows.find((r) => r.status === 'cancelled')
  return c?.decided_at && c.receipt_id
    ? { decidedAt: c.decided_at, receiptId: c.receipt_id }
    : undefined
}
