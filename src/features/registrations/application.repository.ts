import type { Kysely } from 'kysely'
import type { ApplicationStep, DB } from '../../platform/db/schema.js'
import { newId, shortReference } from '../../platform/ids.js'
import type { Locale } from '../../platform/time.js'

/** A new draft application with its short reference; returns its id. */
export async function insertDraftApplication(
  trx: Kysely<DB>,
  draft: { kind: 'person' | 'company'; step: ApplicationStep; locale: Locale },
): Promise<string> {
  const id = newId()
  await trx
    .insertInto('applications')
    .values({ id, reference: shortReference(), ...draft })
    .execute()
  return id
}

/** The applicant accepted these documents when starting the application. */
export async function insertAcceptances(
  trx: Kysely<DB>,
  applicationId: string,
  documentIds: string[],
): Promise<void> {
  for (const documentId of documentIds) {
    await trx
      .insertInto('document_acceptances')
      .values({ id: newId(), application_id: applicationId, document_id: documentId })
      .execute()
  }
}
