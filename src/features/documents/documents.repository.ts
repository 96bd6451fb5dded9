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
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst()
}
