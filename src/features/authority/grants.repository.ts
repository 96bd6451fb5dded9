import type { Kysely, Selectable } from 'kysely'
import type { DB } from '../../platform/db/schema.js'

/**
 * The authority_grants table. Every read names its owner — the company, the grantee, the
 * application being signed, the acceptance link or verification — so a grant that belongs
 * to someone else is simply not found.
 */
export type GrantRow = Selectable<DB['authority_grants']>

/** Grants in force on a business date for a grantee of a company, with their scopes. */
export async function grantsInForce(
  db: Kysely<DB>,
  juristicPersonId: string,
  granteePersonId: string,
  today: string,
) {
  return db
    .selectFrom('authority_grants')
    .select(['id', 'scopes'])
    .where('juristic_person_id', '=', juristicPersonId)
    .where('grantee_person_id', '=', granteePersonId)
    .where('status', '=', 'active')
    .where('valid_from', '<=', today)
    .where('valid_until', '>=', today)
    .execute()
}

/** A company's grants, newest first, with the grantee's profile names once they accepted. */
export async function companyGrantRows(db: Kysely<DB>, juristicPersonId: string) {
  return db
    .selectFrom('authority_grants as g')
    .innerJoin('applications as a', 'a.id', 'g.application_id')
    .leftJoin('person_profiles as pp', (join) =>
      join.onRef('pp.person_id', '=', 'g.grantee_person_id'),
    )
    .select([
      'g.id',
      'a.reference',
      'g.status',
      'g.grantee_id_enc',
      'g.grantee_id_key_id',
      'g.grantee_person_id',
      'g.scopes',
      'g.valid_from',
      'g.valid_until',
      'pp.title_th',
      'pp.first_name_th',
      'pp.last_name_th',
    ])
    .where('g.juristic_person_id', '=', juristicPersonId)
    .orderBy('g.created_at', 'desc')
    .execute()
}

/** The grants a person holds or has held, newest first, with the company they are for. */
export async function heldGrantRows(db: Kysely<DB>, granteePersonId: string) {
  return db
    .selectFrom('authority_grants as g')
    .innerJoin('applications as a', 'a.id', 'g.application_id')
    .innerJoin('juristic_persons as j', 'j.id', 'g.juristic_person_id')
    .select([
      'g.id',
      'a.reference',
      'a.dbd_snapshot_id',
      'g.status',
      'g.grantee_id_enc',
      'g.grantee_id_key_id',
      'g.scopes',
      'g.valid_from',
      'g.valid_until',
      'j.juristic_id',
    ])
    .where('g.grantee_person_id', '=', granteePersonId)
    .orderBy('g.created_at', 'desc')
    .execute()
}

/** A grant of a company (for someone acting for it). */
export async function findCompanyGrant(
  db: Kysely<DB>,
  juristicPersonId: string,
  grantId: string,
): Promise<GrantRow | undefined> {
  return db
    .selectFrom('authority_grants')
    .selectAll()
    .where('id', '=', grantId)
    .where('juristic_person_id', '=', juristicPersonId)
    .executeTakeFirst()
}

/** A grant its grantee holds, or one of the company a director acts for: who may revoke it. */
export async function findRevocableGrant(
  db: Kysely<DB>,
  grantId: string,
  by: { personId: string; directorOf: string | undefined },
): Promise<GrantRow | undefined> {
  return db
    .selectFrom('authority_grants')
    .selectAll()
    .where('id', '=', grantId)
    .where((eb) =>
      by.directorOf === undefined
        ? eb('grantee_person_id', '=', by.personId)
        : eb.or([
            eb('grantee_person_id', '=', by.personId),
            eb('juristic_person_id', '=', by.directorOf),
          ]),
    )
    .executeTakeFirst()
}

/** The grant an application of kind 'authority' asks the directors to sign. */
export async function grantOfApplication(db: Kysely<DB>, applicationId: string) {
  return db
    .selectFrom('authority_grants')
    .select([
      'scopes',
      'valid_from',
      'valid_until',
      'grantee_id_enc',
      'grantee_id_key_id',
      'grantee_email',
    ])
    .where('application_id', '=', applicationId)
    .executeTakeFirst()
}

/** The grant an acceptance link (by its token's hash) opens. */
export async function findGrantByTokenHash(
  db: Kysely<DB>,
  tokenHash: Buffer,
): Promise<GrantRow | undefined> {
  return db
    .selectFrom('authority_grants')
    .selectAll()
    .where('accept_token_hash', '=', tokenHash)
    .executeTakeFirst()
}

/**
 * The grant a browser is accepting: its id came from an acceptance link this browser opened
 * (kept in the session), never from the request.
 */
export async function findAcceptingGrant(
  db: Kysely<DB>,
  grantId: string,
): Promise<GrantRow | undefined> {
  return db.selectFrom('authority_grants').selectAll().where('id', '=', grantId).executeTakeFirst()
}

/** The grant a grantee's verification was started for. */
export async function findGrantByAcceptVerification(
  db: Kysely<DB>,
  verificationId: string,
): Promise<GrantRow | undefined> {
  return db
    .selectFrom('authority_grants')
    .selectAll()
    .where('accept_verification_id', '=', verificationId)
    .executeTakeFirst()
}

/** A new grant, waiting for its directors. */
export async function insertGrant(
  trx: Kysely<DB>,
  row: {
    id: string
    juristicPersonId: string
    applicationId: string
    granteeIdHmac: Buffer
    granteeIdEnc: Buffer
    granteeIdKeyId: string
    granteeEmail: string
    scopes: readonly string[]
    validFrom: string
    validUntil: string
    createdByPersonId: string
  },
): Promise<void> {
  await trx
    .insertInto('authority_grants')
    .values({
      id: row.id,
      juristic_person_id: row.juristicPersonId,
      application_id: row.applicationId,
      grantee_id_hmac: row.granteeIdHmac,
      grantee_id_enc: row.granteeIdEnc,
      grantee_id_key_id: row.granteeIdKeyId,
      grantee_email: row.granteeEmail,
      scopes: JSON.stringify(row.scopes),
      valid_from: row.validFrom,
      valid_until: row.validUntil,
      created_by_person_id: row.createdByPersonId,
    })
    .execute()
}

/**
 * The directors' decision on the grant of an application, only while it waits for them:
 * signed (now waiting for the grantee, with the link's hash and expiry) or refused.
 */
export async function decideGrant(
  trx: Kysely<DB>,
  applicationId: string,
  decision:
    { signed: true; signedAt: Date; tokenHash: Buffer; expiresAt: Date } | { signed: false },
) {
  return trx
    .updateTable('authority_grants')
    .set(
      decision.signed
        ? {
            status: 'awaiting_grantee',
            signed_at: decision.signedAt,
            accept_token_hash: decision.tokenHash,
            accept_expires_at: decision.expiresAt,
          }
        : { status: 'refused' },
    )
    .where('application_id', '=', applicationId)
    .where('status', '=', 'awaiting_directors')
    .returning(['id', 'grantee_email', 'valid_from', 'valid_until', 'accept_expires_at'])
    .executeTakeFirst()
}

/** The grantee's verification started for a grant. */
export async function setAcceptVerification(
  trx: Kysely<DB>,
  grantId: string,
  verificationId: string,
): Promise<void> {
  await trx
    .updateTable('authority_grants')
    .set({ accept_verification_id: verificationId })
    .where('id', '=', grantId)
    .execute()
}

/** The grantee accepted: the grant is in force and its link is spent. */
export async function activateGrant(
  trx: Kysely<DB>,
  grantId: string,
  granteePersonId: string,
  at: Date,
): Promise<void> {
  await trx
    .updateTable('authority_grants')
    .set({
      status: 'active',
      grantee_person_id: granteePersonId,
      accepted_at: at,
      accept_token_hash: null,
    })
    .where('id', '=', grantId)
    .where('status', '=', 'awaiting_grantee')
    .execute()
}

/** A grant revoked by a person (a director of its company or its grantee). */
export async function markRevoked(
  trx: Kysely<DB>,
  grantId: string,
  byPersonId: string,
  at: Date,
): Promise<void> {
  await trx
    .updateTable('authority_grants')
    .set({
      status: 'revoked',
      revoked_at: at,
      revoked_by_person_id: byPersonId,
      accept_token_hash: null,
    })
    .where('id', '=', grantId)
    .execute()
}
