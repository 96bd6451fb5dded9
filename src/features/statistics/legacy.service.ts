import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import { newId } from '../../platform/ids.js'
import { MAX_ROWS, readLegacyCsv, type Rejection } from './legacy-csv.js'
import {
  correctLegacyImport,
  insertLegacyImport,
  insertLegacyRows,
  knownLegacyRows,
  recentLegacyImports,
} from './legacy.repository.js'

/** Who imports (an officer the caller has authorised for 'statistics.import'). */
export interface Importer {
  officerId: string
  role: string
  requestId: string
  ip: string | null
}

export type LegacyImportOutcome =
  | { ok: true; importId: string; read: number; added: number; known: number }
  | { ok: false; read: number; rejections: Rejection[] }

const utf8 = new TextDecoder('utf-8', { fatal: true })

function refused(read: number, rejections: Rejection[]): LegacyImportOutcome {
  return { ok: false, read, rejections: rejections.sort((a, b) => a.line - b.line) }
}

/**
 * Imports the old channel's CSV in one transaction: every line valid, or nothing imported and
 * every bad line reported. A key already imported with the same date and type adds nothing, so
 * the same file imported twice adds nothing the second time; with another date or type it is a
 * bad line. The import and its refusals are audited.
 */
export async function importLegacyFile(
  db: Kysely<DB>,
  who: Importer,
  file: { name: string; data: Buffer },
  today: string,
): Promise<LegacyImportOutcome> {
  const sha256 = createHash('sha256').update(file.data).digest('hex')
  const audit = (
    trx: Kysely<DB>,
    outcome: 'ok' | 'refused',
    data: Record<string, unknown>,
    id?: string,
  ) =>
    recordAudit(trx, {
      actorType: 'officer',
      actorId: who.officerId,
      actorRole: who.role,
      action: 'statistics.legacy_import',
      subjectType: 'legacy_import',
      subjectId: id ?? null,
      outcome,
      requestId: who.requestId,
      data: { sha256, ...data },
      details: { ip: who.ip },
    })
  let text: string
  try {
    text = utf8.decode(file.data)
  } catch {
    await audit(db, 'refused', { rejected: 1, reason: 'encoding' })
    return refused(0, [{ line: 1, reason: 'encoding' }])
  }
  const parsed = readLegacyCsv(text, today)
  const read = parsed.rows.length + new Set(parsed.rejections.map((r) => r.line)).size
  if (parsed.rejections.length === 0 && parsed.rows.length === 0)
    parsed.rejections.push({ line: 1, reason: 'empty' })
  if (read > MAX_ROWS)
    parsed.rejections.push({ line: 1, reason: 'tooMany', params: { max: MAX_ROWS } })
  return db.transaction().execute(async (trx) => {
    const known = await knownLegacyRows(
      trx,
      parsed.rows.map((r) => r.key),
    )
    const fresh = []
    for (const row of parsed.rows) {
      const was = known.get(row.key)
      if (!was) fresh.push(row)
      else if (was.date !== row.date || was.kind !== row.kind)
        parsed.rejections.push({
          line: row.line,
          reason: 'key.conflict',
          params: { date: was.date },
        })
    }
    if (parsed.rejections.length > 0) {
      await audit(trx, 'refused', { rows_read: read, rejected: parsed.rejections.length })
      return refused(read, parsed.rejections)
    }
    const id = newId()
    const expected = { added: fresh.length, known: parsed.rows.length - fresh.length }
    await insertLegacyImport(trx, {
      id,
      officerId: who.officerId,
      fileName: file.name.slice(0, 200),
      sha256,
      read,
      ...expected,
    })
    const added = await insertLegacyRows(trx, id, fresh)
    const knownNow = parsed.rows.length - added
    if (added !== expected.added) await correctLegacyImport(trx, id, added, knownNow)
    await audit(trx, 'ok', { rows_read: read, rows_added: added, rows_known: knownNow }, id)
    return { ok: true, importId: id, read, added, known: knownNow }
  })
}

/** The latest imports of the old channel's rows, newest first. */
export async function legacyImports(db: Kysely<DB>, limit = 10) {
  const rows = await recentLegacyImports(db, limit)
  return rows.map((r) => ({
    id: r.id,
    fileName: r.file_name,
    sha256: r.file_sha256,
    read: r.rows_read,
    added: r.rows_added,
    known: r.rows_known,
    at: r.imported_at,
  }))
}
