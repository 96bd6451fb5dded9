import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import { newId } from '../../platform/ids.js'
import { authorise, roleLabel, type OfficerAuth } from '../officers/index.js'
import {
  insertHistory,
  lockDirectory,
  membersOfUnit,
  recentChanges,
  staffState,
  storedUnits,
  unitParents,
  unitsWithCounts,
  upsertStaff,
  upsertUnits,
  type HistoryRow,
} from './directory.repository.js'
import { parseStaff, parseUnits, type RowProblem, type UnitRow } from './directory.rows.js'

export type ImportKind = 'units' | 'staff'

/** What an import did, or why it did nothing. */
export type ImportResult =
  | { ok: false; problems: RowProblem[]; rows: number }
  | {
      ok: true
      rows: number
      added: number
      changed: number
      unchanged: number
      moved: number
      left: number
    }

function audit(
  trx: Kysely<DB>,
  auth: OfficerAuth,
  kind: ImportKind,
  importId: string,
  data: Record<string, unknown>,
  outcome: 'ok' | 'refused',
) {
  return recordAudit(trx, {
    actorType: 'officer',
    actorId: auth.officerId,
    actorRole: roleLabel(auth.roles),
    action: `ethics.directory_import_${kind}`,
    subjectType: 'staff_import',
    subjectId: importId,
    outcome,
    requestId: auth.requestId,
    data,
    details: { ip: auth.ip },
  })
}

const sameUnit = (
  a: UnitRow,
  b: { name_th: string; name_en: string; parent_code: string | null; kind: string },
) =>
  a.nameTh === b.name_th &&
  a.nameEn === b.name_en &&
  a.parentCode === b.parent_code &&
  a.kind === b.kind

/**
 * Imports the units file (code, names, parent, kind) in one transaction: every row checked, a
 * file with any bad row imports nothing; an unchanged unit is not written again.
 */
export async function importUnits(
  db: Kysely<DB>,
  auth: OfficerAuth,
  text: string,
  now: Date,
): Promise<ImportResult> {
  await authorise(db, auth, 'ethics.directory', 'ethics.directory_import')
  const importId = newId()
  return db.transaction().execute(async (trx) => {
    await lockDirectory(trx)
    const { rows, problems } = parseUnits(text, await unitParents(trx))
    if (problems.length > 0) {
      await audit(trx, auth, 'units', importId, { rejected: problems.length }, 'refused')
      return { ok: false, problems, rows: rows.length + problems.length }
    }
    const stored = new Map((await storedUnits(trx)).map((u) => [u.code, u]))
    const added = rows.filter((u) => !stored.has(u.code))
    const changed = rows.filter((u) => {
      const s = stored.get(u.code)
      return s !== undefined && !sameUnit(u, s)
    })
    await upsertUnits(trx, [...added, ...changed], now)
    const counts = {
      rows: rows.length,
      added: added.length,
      changed: changed.length,
      unchanged: rows.length - added.length - changed.length,
      moved: changed.filter((u) => stored.get(u.code)?.parent_code !== u.parentCode).length,
      left: 0,
    }
    await audit(trx, auth, 'units', importId, counts, 'ok')
    return { ok: true, ...counts }
  })
}

/**
 * Imports the HR export of officers in one transaction. New officers join, a changed unit is a
 * move, the status 'left' makes a leaver (kept in the directory); each change is written to the
 * history. The same file twice changes nothing the second time.
 */
export async function importStaff(
  db: Kysely<DB>,
  auth: OfficerAuth,
  text: string,
  now: Date,
): Promise<ImportResult> {
  await authorise(db, auth, 'ethics.directory', 'ethics.directory_import')
  const importId = newId()
  return db.transaction().execute(async (trx) => {
    await lockDirectory(trx)
    const units = new Set((await unitParents(trx)).keys())
    const { rows, problems } = parseStaff(text, units)
    if (problems.length > 0) {
      await audit(trx, auth, 'staff', importId, { rejected: problems.length }, 'refused')
      return { ok: false, problems, rows: rows.length + problems.length }
    }
    const state = await staffState(trx)
    const write = rows.filter((r) => state.get(r.staffNumber)?.row_sha256 !== r.sha256)
    const history: HistoryRow[] = []
    let moved = 0
    let left = 0
    for (const r of write) {
      const before = state.get(r.staffNumber)
      const base = {
        id: newId(),
        staffNumber: r.staffNumber,
        unitFrom: before?.unit_code ?? null,
        unitTo: r.unitCode,
        statusFrom: before?.status ?? null,
        statusTo: r.status,
      }
      if (!before) {
        history.push({ ...base, change: 'joined' })
        continue
      }
      if (before.status !== 'left' && r.status === 'left') {
        left++
        history.push({ ...base, change: 'left' })
      } else if (before.status === 'left' && r.status !== 'left')
        history.push({ ...base, change: 'returned' })
      if (before.unit_code !== r.unitCode) {
        moved++
        history.push({ ...base, id: newId(), change: 'moved' })
      }
      if (before.unit_code === r.unitCode && (before.status === 'left') === (r.status === 'left'))
        history.push({ ...base, change: 'updated' })
    }
    await upsertStaff(trx, write, now)
    await insertHistory(trx, importId, history, now)
    const added = write.filter((r) => !state.has(r.staffNumber)).length
    const counts = {
      rows: rows.length,
      added,
      changed: write.length - added,
      unchanged: rows.length - write.length,
      moved,
      left,
    }
    await audit(trx, auth, 'staff', importId, counts, 'ok')
    return { ok: true, ...counts }
  })
}

export interface UnitNode {
  code: string
  nameTh: string
  nameEn: string
  kind: string
  current: number
  leavers: number
  children: UnitNode[]
}

/** The units as a tree (roots first, each level by code), with their officers counted. */
export function unitTree(
  rows: readonly {
    code: string
    name_th: string
    name_en: string
    parent_code: string | null
    kind: string
    current: string | number
    leavers: string | number
  }[],
): UnitNode[] {
  const nodes = new Map<string, UnitNode>()
  for (const r of rows)
    nodes.set(r.code, {
      code: r.code,
      nameTh: r.name_th,
      nameEn: r.name_en,
      kind: r.kind,
      current: Number(r.current),
      leavers: Number(r.leavers),
      children: [],
    })
  const roots: UnitNode[] = []
  for (const r of rows) {
    const node = nodes.get(r.code) as UnitNode
    const parent = r.parent_code === null ? undefined : nodes.get(r.parent_code)
    if (parent) parent.children.push(node)
    else roots.push(node)
  }
  return roots
}

/** The directory page's data: the units tree and the latest changes (ethics.directory). */
export async function directoryOverview(db: Kysely<DB>, auth: OfficerAuth) {
  await authorise(db, auth, 'ethics.directory', 'ethics.directory_view')
  const [units, changes] = await Promise.all([unitsWithCounts(db), recentChanges(db)])
  return { tree: unitTree(units), changes }
}

/** One unit and its officers (ethics.directory); undefined when there is no such unit. */
export async function unitDetail(db: Kysely<DB>, auth: OfficerAuth, code: string) {
  await authorise(db, auth, 'ethics.directory', 'ethics.directory_view')
  const unit = (await storedUnits(db)).find((u) => u.code === code)
  if (!unit) return undefined
  return { unit, members: await membersOfUnit(db, code) }
}
