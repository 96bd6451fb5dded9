import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { newId } from '../../platform/ids.js'
import type { DocumentKind } from '../documents/index.js'

/** Acknowledgements of the notices (document_acceptances) and new versions of a notice. */

/** Which of these documents the person has accepted. */
export async function acceptedBy(
  db: Kysely<DB>,
  personId: string,
  documentIds: readonly string[],
): Promise<Set<string>> {
  const rows = await db
    .selectFrom('document_acceptances')
    .select('document_id')
    .where('person_id', '=', personId)
    .where('document_id', 'in', documentIds)
    .execute()
  return new Set(rows.map((a) => a.document_id))
}

/** The person's acceptance of one document, outside any application. */
export async function insertAcceptance(
  trx: Kysely<DB>,
  personId: string,
  documentId: string,
): Promise<void> {
  await trx
    .insertInto('document_acceptances')
    .values({ id: newId(), application_id: null, person_id: personId, document_id: documentId })
    .execute()
}

/** How many people have accepted a document. */
export async function acceptanceCount(db: Kysely<DB>, documentId: string): Promise<number> {
  const row = await db
    .selectFrom('document_acceptances')
    .select(sql<string>`count(DISTINCT person_id)`.as('n'))
    .where('document_id', '=', documentId)
    .executeTakeFirst()
  return Number(row?.n ?? 0)
}

/** The newest version number of a kind of document, 0 when there is none. */
export async function lastVersion(trx: Kysely<DB>, kind: DocumentKind): Promise<number> {
  const last = await trx
    .selectFrom('documents')
    .select(sql<number>`max(version)`.as('v'))
    .where('kind', '=', kind)
    .executeTakeFirst()
  return Number(last?.v ?? 0)
}

/** A new version of a document, published at `at`. */
export async function insertDocument(
  trx: Kysely<DB>,
  doc: {
    id: string
    kind: DocumentKind
    version: number
    titleTh: string
    titleEn: string
    bodyTh: string
    bodyEn: string
    publishedAt: Date
  },
): Promise<void> {
  await trx
    .insertInto('documents')
    .values({
      id: doc.id,
      kind: doc.kind,
      version: doc.version,
      title_th: doc.titleTh,
      title_en: doc.titleEn,
      body_th: doc.bodyTh,
      body_en: doc.bodyEn,
      published_at: doc.publishedAt,
    })
    .execute()
}
