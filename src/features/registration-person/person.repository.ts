import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'

/** Every read of an application goes through here; the id comes from the applicant's session. */
export async function findApplication(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('applications')
    .selectAll()
    .where('id', '=', id)
    .where('kind', '=', 'person')
    .executeTakeFirst()
}

export type ApplicationRow = NonNullable<Awaited<ReturnType<typeof findApplication>>>

/** The newest verification started for an application. */
export async function latestVerification(db: Kysely<DB>, applicationId: string) {
  return db
    .selectFrom('identity_verifications')
    .selectAll()
    .where('application_id', '=', applicationId)
    .orderBy('created_at', 'desc')
    .limit(1)
    .executeTakeFirst()
}

/** The decision of an application, if it has one. */
export async function findDecision(db: Kysely<DB>, applicationId: string) {
  return db
    .selectFrom('decisions')
    .selectAll()
    .where('application_id', '=', applicationId)
    .executeTakeFirst()
}

/** True when the person has an ACTIVE or SUSPENDED importer/exporter registration. */
export async function hasLiveRegistration(db: Kysely<DB>, personId: string): Promise<boolean> {
  const row = await db
    .selectFrom('registrations')
    .select('id')
    .where('person_id', '=', personId)
    .where('kind', '=', 'importer_exporter')
    .where('status', 'in', ['ACTIVE', 'SUSPENDED'])
    .executeTakeFirst()
  return row !== undefined
}

/** True when another application of the person is being decided. */
export async function hasOtherSubmittedApplication(
  db: Kysely<DB>,
  personId: string,
  applicationId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('applications')
    .select('id')
    .where('person_id', '=', personId)
    .where('status', '=', 'submitted')
    .where('id', '!=', applicationId)
    .executeTakeFirst()
  return row !== undefined
}

/** The current published version of each document the applicant accepts. */
export async function currentDocuments(db: Kysely<DB>) {
  return db
    .selectFrom('documents as d')
    .select(['d.id', 'd.kind', 'd.version'])
    .where('d.published_at', '<=', new Date())
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('documents as newer')
            .select('newer.id')
            .whereRef('newer.kind', '=', 'd.kind')
            .whereRef('newer.version', '>', 'd.version')
            .where('newer.published_at', '<=', new Date()),
        ),
      ),
    )
    .execute()
}
