import type { Insertable, Kysely } from 'kysely'
import type {
  DB,
  IdentityVerificationsTable,
  VerificationFailure,
} from '../../platform/db/schema.js'

// The identity_verifications table: every query of the verification services. Status changes
// are conditional on the status they leave, so a replayed or raced change updates nothing.

/** A verification by the handle in its links and pages. */
export function selectByHandle(db: Kysely<DB>, handle: string) {
  return db
    .selectFrom('identity_verifications')
    .selectAll()
    .where('handle', '=', handle)
    .executeTakeFirst()
}

/** A verification by the OIDC state the provider sends back. */
export function selectByState(db: Kysely<DB>, state: string) {
  return db
    .selectFrom('identity_verifications')
    .selectAll()
    .where('state', '=', state)
    .executeTakeFirst()
}

/** The handle of a verification, by its id. */
export async function handleOf(db: Kysely<DB>, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('identity_verifications')
    .select('handle')
    .where('id', '=', id)
    .executeTakeFirst()
  return row?.handle
}

/** A new pending verification. */
export async function insertVerification(
  db: Kysely<DB>,
  values: Insertable<IdentityVerificationsTable>,
): Promise<void> {
  await db.insertInto('identity_verifications').values(values).execute()
}

/** Pending or authenticated → failed; false when it had already finished. */
export async function markFailed(
  db: Kysely<DB>,
  id: string,
  failure: VerificationFailure,
  at: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('identity_verifications')
    .set({ status: 'failed', failure, completed_at: at })
    .where('id', '=', id)
    .where('status', 'in', ['pending', 'authenticated'])
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** The bank's answer, sealed, for another browser to bind: pending → authenticated. */
export async function markAuthenticated(
  db: Kysely<DB>,
  id: string,
  values: {
    subject: string
    acr: string | null
    ial: string
    claims_enc: Buffer
    claims_key_id: string
  },
): Promise<boolean> {
  const result = await db
    .updateTable('identity_verifications')
    .set({ status: 'authenticated', ...values })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Pending or authenticated → verified, with the person it proved. */
export async function markVerified(
  db: Kysely<DB>,
  id: string,
  values: {
    subject: string
    acr: string | null
    ial: string
    claims_enc: Buffer
    claims_key_id: string
    claims_digest: string
    person_id: string
    at: Date
  },
): Promise<boolean> {
  const { at, ...columns } = values
  const result = await db
    .updateTable('identity_verifications')
    .set({ status: 'verified', ...columns, completed_at: at, bound_at: at })
    .where('id', '=', id)
    .where('status', 'in', ['pending', 'authenticated'])
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}
