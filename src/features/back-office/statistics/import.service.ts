import type { Kysely } from 'kysely'
import type { DB } from '../../../platform/db/schema.js'
import { authorise, roleLabel, type OfficerAuth } from '../../officers/index.js'
import {
  importLegacyFile,
  legacyImports,
  type LegacyImportOutcome,
} from '../../statistics/index.js'

/** Imports the old channel's CSV for an officer with 'statistics.import' (checked again here). */
export async function importOldChannel(
  db: Kysely<DB>,
  auth: OfficerAuth,
  file: { name: string; data: Buffer },
  today: string,
): Promise<LegacyImportOutcome> {
  await authorise(db, auth, 'statistics.import', 'statistics.legacy_import')
  return importLegacyFile(
    db,
    {
      officerId: auth.officerId,
      role: roleLabel(auth.roles),
      requestId: auth.requestId,
      ip: auth.ip,
    },
    file,
    today,
  )
}

/** The latest imports, for an officer with 'statistics.import'. */
export async function importHistory(db: Kysely<DB>, auth: OfficerAuth) {
  await authorise(db, auth, 'statistics.import', 'statistics.legacy_imports')
  return legacyImports(db, 10)
}
