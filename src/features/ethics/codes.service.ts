import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import { ConflictError, isUniqueViolation } from '../../platform/errors.js'
import { insertVersion, listVersions, type VersionText } from '../documents/index.js'
import { authorise, roleLabel, type OfficerAuth } from '../officers/index.js'

/** The published versions of the code of ethics, newest first (ethics.campaigns). */
export async function listCodes(db: Kysely<DB>, auth: OfficerAuth) {
  await authorise(db, auth, 'ethics.campaigns', 'ethics.codes_view')
  return listVersions(db, 'ethics_code')
}

/**
 * Publishes the next version of the code of ethics (a published-documents version of kind
 * ethics_code): its texts, the date it takes effect and the SHA-256 that signatures store.
 */
export async function publishCode(
  db: Kysely<DB>,
  auth: OfficerAuth,
  text: VersionText & { effectiveOn: string },
  now: Date,
): Promise<{ id: string; version: number; sha256: string }> {
  await authorise(db, auth, 'ethics.campaigns', 'ethics.code_publish')
  try {
    return await db.transaction().execute(async (trx) => {
      const published = await insertVersion(trx, 'ethics_code', { ...text, publishedAt: now })
      await recordAudit(trx, {
        actorType: 'officer',
        actorId: auth.officerId,
        actorRole: roleLabel(auth.roles),
        action: 'ethics.code_published',
        subjectType: 'document',
        subjectId: published.id,
        requestId: auth.requestId,
        data: {
          version: published.version,
          sha256: published.sha256,
          effectiveOn: text.effectiveOn,
        },
        details: { ip: auth.ip },
      })
      return published
    })
  } catch (err) {
    // Two officers publishing at the same moment: the second is told to look again.
    if (isUniqueViolation(err)) throw new ConflictError('another version was published at once')
    throw err
  }
}
