import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { NotFoundError } from '../../platform/errors.js'
import { contactVersions, type ContactVersion } from './config.repository.js'

/** The contact page's current version. */
export async function contactPage(db: Kysely<DB>): Promise<ContactVersion> {
  const [latest] = await contactVersions(db, 1)
  if (!latest) throw new NotFoundError('no contact page')
  return latest
}
