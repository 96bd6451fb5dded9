import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'

export type DocumentKind = 'terms' | 'privacy'

/** The newest published version of a document. */
export async function findCurrentDocument(db: Kysely<DB>, kind: DocumentKind, now = new Date()) {
  return db
    .selectFrom('documents')
    .select(['id', 'kind', 'version', 'title_th', 'title_en', 'body_th', 'body_en', 'published_at'])
    .where('kind', '=', kind)
    .where('published_at', '<=', now)
    .$narrowType<{ kind: DocumentKind }>()
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst()
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
