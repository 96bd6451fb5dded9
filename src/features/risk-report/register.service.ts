import type { Kysely } from 'kysely'
import { recordAudit, type AuditEvent } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import type { RiskMetric } from '../../platform/db/schema/risk.js'
import { ConflictError, NotFoundError } from '../../platform/errors.js'
import { authorise, roleLabel, type OfficerAuth } from '../officers/index.js'
import { RegisterLocked } from './edit.service.js'
import { computeValues } from './metrics.js'
import { buildReport, type ReportSnapshot } from './report.js'
import { listRegisters, loadRegister, type RegisterTree } from './register.repository.js'
import { insertRegister, setMatrixCell, upsertIndicator } from './register-writes.repository.js'
import { insertReport, markPublished, reportsOf } from './reports.repository.js'
import { lockRegister } from './structure.repository.js'

// The integrity officers' work on the register (risk.register): every call checks the
// permission again and writes its audit event in the change's transaction.

const PERMISSION = 'risk.register'

function event(
  auth: OfficerAuth,
  action: string,
  id: string,
  data: Record<string, unknown>,
): AuditEvent {
  return {
    actorType: 'officer',
    actorId: auth.officerId,
    actorRole: roleLabel(auth.roles),
    action,
    subjectType: 'risk_register',
    subjectId: id,
    requestId: auth.requestId,
    data,
    details: { ip: auth.ip },
  }
}

export async function registers(db: Kysely<DB>, auth: OfficerAuth) {
  await authorise(db, auth, PERMISSION, 'risk.registers_view')
  return listRegisters(db)
}

/** A register with its reports. */
export async function registerDetail(db: Kysely<DB>, auth: OfficerAuth, id: string) {
  await authorise(db, auth, PERMISSION, 'risk.register_view', { type: 'risk_register', id })
  const tree = await loadRegister(db, id)
  if (!tree) throw new NotFoundError()
  return { tree, reports: await reportsOf(db, id) }
}

/** Starts next fiscal year's register (plan round) as a copy of this one; returns its id. */
export async function copyRegister(
  db: Kysely<DB>,
  auth: OfficerAuth,
  fromId: string,
): Promise<string> {
  await authorise(db, auth, PERMISSION, 'risk.register_copy', { type: 'risk_register', id: fromId })
  return db.transaction().execute(async (trx) => {
    const from = await loadRegister(trx, fromId)
    if (!from) throw new NotFoundError()
    const copy: RegisterTree = {
      ...from,
      fiscalYear: from.fiscalYear + 1,
      round: 'plan',
      itaYear: from.itaYear === null ? null : from.itaYear + 1,
    }
    const id = await insertRegister(trx, copy, { officerId: auth.officerId, copiedFrom: fromId })
    await recordAudit(
      trx,
      event(auth, 'risk.register_copied', id, { from: fromId, fiscalYear: copy.fiscalYear }),
    )
    return id
  })
}

/** Binds an indicator of the register to a metric with its (already checked) parameters. */
export async function bindIndicator(
  db: Kysely<DB>,
  auth: OfficerAuth,
  id: string,
  b: { key: string; metric: RiskMetric; params: Record<string, unknown> },
): Promise<void> {
  await authorise(db, auth, PERMISSION, 'risk.indicator_bind', { type: 'risk_register', id })
  await db.transaction().execute(async (trx) => {
    if (!(await loadRegister(trx, id))) throw new NotFoundError()
    await upsertIndicator(trx, id, b.key, b.metric, b.params)
    await recordAudit(trx, event(auth, 'risk.indicator_bound', id, b))
  })
}

/**
 * Sets one cell of a draft register's matrix to a level (the levels follow with no code change);
 * RegisterLocked once one of its reports is published.
 */
export async function changeMatrixCell(
  db: Kysely<DB>,
  auth: OfficerAuth,
  id: string,
  cell: { likelihood: number; impact: number; level: string },
): Promise<boolean> {
  await authorise(db, auth, PERMISSION, 'risk.matrix_change', { type: 'risk_register', id })
  return db.transaction().execute(async (trx) => {
    const state = await lockRegister(trx, id)
    if (state === 'missing') throw new NotFoundError()
    if (state === 'published') throw new RegisterLocked()
    const ok = await setMatrixCell(trx, id, cell)
    if (ok) await recordAudit(trx, event(auth, 'risk.matrix_changed', id, cell))
    return ok
  })
}

/** The report as it would be published now: figures computed from the records. */
export async function previewReport(
  db: Kysely<DB>,
  auth: OfficerAuth,
  id: string,
  now: Date,
): Promise<ReportSnapshot> {
  await authorise(db, auth, PERMISSION, 'risk.report_preview', { type: 'risk_register', id })
  const tree = await loadRegister(db, id)
  if (!tree) throw new NotFoundError()
  return buildReport(tree, await computeValues(db, tree.indicators), now)
}

/**
 * Approves the report as it is now: the figures are computed and frozen with the approving
 * officer's name, the time and the memo reference. A new approval is a new version.
 */
export async function approveReport(
  db: Kysely<DB>,
  auth: OfficerAuth,
  id: string,
  a: { approverName: string; memoReference: string },
  now: Date,
): Promise<{ id: string; version: number }> {
  await authorise(db, auth, PERMISSION, 'risk.report_approve', { type: 'risk_register', id })
  return db.transaction().execute(async (trx) => {
    const tree = await loadRegister(trx, id)
    if (!tree) throw new NotFoundError()
    const snapshot = buildReport(tree, await computeValues(trx, tree.indicators), now)
    const report = await insertReport(trx, {
      registerId: id,
      snapshot,
      officerId: auth.officerId,
      approverName: a.approverName,
      memoReference: a.memoReference,
      at: now,
    })
    await recordAudit(trx, {
      ...event(auth, 'risk.report_approved', id, {
        report: report.id,
        version: report.version,
        memo: a.memoReference,
      }),
    })
    return report
  })
}

/** Publishes an approved report at its public address; refused when it was published already. */
export async function publishReport(
  db: Kysely<DB>,
  auth: OfficerAuth,
  registerId: string,
  reportId: string,
  now: Date,
): Promise<void> {
  await authorise(db, auth, PERMISSION, 'risk.report_publish', {
    type: 'risk_register',
    id: registerId,
  })
  await db.transaction().execute(async (trx) => {
    // The register's lock: an edit in progress finishes before the register stops being a draft.
    if ((await lockRegister(trx, registerId)) === 'missing') throw new NotFoundError()
    const mine = (await reportsOf(trx, registerId)).some((r) => r.id === reportId)
    if (!mine) throw new NotFoundError()
    if (!(await markPublished(trx, reportId, { officerId: auth.officerId, at: now })))
      throw new ConflictError('published already')
    await recordAudit(trx, event(auth, 'risk.report_published', registerId, { report: reportId }))
  })
}
