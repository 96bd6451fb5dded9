import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { newId } from '../../platform/ids.js'

/**
 * Documents that officers acknowledge rather than registrants accept: the code of ethics and the
 * agency's data-protection policy. Each version takes effect on a date and carries the SHA-256
 * of its text, so a signature can say exactly what was read.
 */
export type VersionedKind = 'ethics_code' | 'policy'

export interface VersionText {
  titleTh: string
  titleEn: string
  bodyTh: string
  bodyEn: string
}

/** SHA-256 (hex) of a version's titles and texts in both languages, in a fixed order. */
export function documentContentHash(text: VersionText): string {
  const canonical = JSON.stringify([text.titleTh, text.titleEn, text.bodyTh, text.bodyEn])
  return createHash('sha256').update(canonical, 'utf8').digest('hex')
}

const COLUMNS = [
  'id',
  'kind',
  'version',
  'title_th',
  'title_en',
  'body_th',
  'body_en',
  'published_at',
  'effective_on',
  'content_sha256',
] as const

/** Writes the next version of a kind (inside the caller's transaction); returns it. */
export async function insertVersion(
  trx: Kysely<DB>,
  kind: VersionedKind,
  text: VersionText & { effectiveOn: string; publishedAt: Date },
): Promise<{ id: string; version: number; sha256: string }> {
  const last = await trx
    .selectFrom('documents')
    .select((eb) => eb.fn.max('version').as('v'))
    .where('kind', '=', kind)
    .executeTakeFirst()
  const version = Number(last?.v ?? 0) + 1
  const id = newId()
  const sha256 = documentContentHash(text)
  await trx
    .insertInto('documents')
    .values({
      id,
      kind,
      version,
      title_th: text.titleTh,
      title_en: text.titleEn,
      body_th: text.bodyTh,
      body_en: text.bodyEn,
      published_at: text.publishedAt,
      effective_on: text.effectiveOn,
      content_sha256: sha256,
    })
    .execute()
  return { id, version, sha256 }
}

/** Every version of a kind, newest first. */
export async function listVersions(db: Kysely<DB>, kind: VersionedKind) {
  return db
    .selectFrom('documents')
    .select(COLUMNS)
    .where('kind', '=', kind)
    .orderBy('version', 'desc')
    .execute()
}

/** One version of a code or a policy by its id (undefined for another kind). */
export async function findVersion(db: Kysely<DB>, id: string) {
  return db
    .selectFrom('documents')
    .select(COLUMNS)
    .where('id', '=', id)
    .where('kind', 'in', ['ethics_code', 'policy'])
    .executeTakeFirst()
}
