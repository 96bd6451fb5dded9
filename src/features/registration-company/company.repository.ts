import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'

/** Every read of a company application goes through here; the id comes from the session. */
export async function findCompanyApplication(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('applications')
    .selectAll()
    .where('id', '=', id)
    .where('kind', '=', 'company')
    .executeTakeFirst()
}

export type CompanyApplicationRow = NonNullable<Awaited<ReturnType<typeof findCompanyApplication>>>

/** An application that directors sign: a company registration, or a grant of authority. */
export async function findSignedApplication(
  db: Kysely<DB>,
  id: string,
): Promise<CompanyApplicationRow | undefined> {
  return db
    .selectFrom('applications')
    .selectAll()
    .where('id', '=', id)
    .where('kind', 'in', ['company', 'authority'])
    .executeTakeFirst()
}

/** The directors who sign an application, the one who started it first. */
export async function listSigners(db: Kysely<DB>, applicationId: string) {
  return db
    .selectFrom('application_signers')
    .selectAll()
    .where('application_id', '=', applicationId)
    .where('status', '!=', 'withdrawn')
    .orderBy('initiator', 'desc')
    .orderBy('created_at')
    .execute()
}

export type SignerRow = Awaited<ReturnType<typeof listSigners>>[number]

export function hashInviteToken(token: string): Buffer {
  return createHash('sha256').update(`director-invite:${token}`).digest()
}

export async function findSigner(db: Kysely<DB>, id: string) {
  return db.selectFrom('application_signers').selectAll().where('id', '=', id).executeTakeFirst()
}

/** An invited director's link identifies only their invitation. */
export async function findSignerByToken(db: Kysely<DB>, token: string) {
  if (!/^[A-Za-z0-9_-]{16,64}$/.test(token)) return undefined
  return db
    .selectFrom('application_signers')
    .selectAll()
    .where('invite_token_hash', '=', hashInviteToken(token))
    .executeTakeFirst()
}

/** Another application that holds the company (its signers chosen, not yet decided). */
export async function openApplicationFor(db: Kysely<DB>, juristicId: string, exceptId: string) {
  return db
    .selectFrom('applications')
    .select(['id', 'reference', 'created_at'])
    .where('kind', '=', 'company')
    .where('juristic_id', '=', juristicId)
    .where('status', 'in', ['draft', 'submitted'])
    .where('signers_chosen_at', 'is not', null)
    .where('id', '!=', exceptId)
    .executeTakeFirst()
}

/** Whether the company holds an ACTIVE or SUSPENDED registration. */
export async function companyRegistered(db: Kysely<DB>, juristicId: string): Promise<boolean> {
  const row = await db
    .selectFrom('registrations as r')
    .innerJoin('juristic_persons as j', 'j.id', 'r.juristic_person_id')
    .select('r.id')
    .where('j.juristic_id', '=', juristicId)
    .where('r.status', 'in', ['ACTIVE', 'SUSPENDED'])
    .executeTakeFirst()
  return row !== undefined
}

/** The assurance level each verified signer reached, by signer id. */
export async function signerAssurance(db: Kysely<DB>, verificationIds: string[]) {
  if (verificationIds.length === 0) return new Map<string, number | null>()
  const rows = await db
    .selectFrom('identity_verifications')
    .select(['id', 'ial'])
    .where('id', 'in', verificationIds)
    .execute()
  return new Map(rows.map((r) => [r.id, r.ial === null ? null : Number(r.ial)]))
}
