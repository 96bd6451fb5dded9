import { sql, type Kysely } from 'kysely'
import type { DB, RiskTables } from '../../platform/db/schema.js'
import type { Treatment } from '../../platform/db/schema/risk.js'
import { newId } from '../../platform/ids.js'
import type { ControlEdit } from './edit.repository.js'

// Writes of a register's structure: its services, their steps, the steps' risk events and
// control measures. Each is scoped by its register: an id from another register changes nothing
// (false, or undefined for an insert).

const risk = (db: Kysely<DB>) => db.withTables<RiskTables>()

export interface Names {
  nameTh: string
  nameEn: string
}

export interface StepEdit {
  titleTh: string
  titleEn: string
  resultTh: string
  resultEn: string
}

export interface RiskEdit {
  textTh: string
  textEn: string
  likelihood: number
  impact: number
  residualLikelihood: number | null
  residualImpact: number | null
  ownerUnit: string
  treatment: Treatment
}

/**
 * Locks a register's row for a change (publication takes the same lock): 'missing', 'published'
 * when one of its reports is published (it is no longer a draft), else 'draft'.
 */
export async function lockRegister(
  trx: Kysely<DB>,
  registerId: string,
): Promise<'missing' | 'published' | 'draft'> {
  const r = await sql<{
    id: string
  }>`SELECT id FROM risk_registers WHERE id = ${registerId} FOR UPDATE`.execute(trx)
  if (r.rows.length === 0) return 'missing'
  const published = await risk(trx)
    .selectFrom('risk_reports')
    .select('id')
    .where('register_id', '=', registerId)
    .where('published_at', 'is not', null)
    .executeTakeFirst()
  return published ? 'published' : 'draft'
}

const servicesOf = (db: Kysely<DB>, registerId: string) =>
  risk(db).selectFrom('risk_services').select('id').where('register_id', '=', registerId)

const stepsOf = (db: Kysely<DB>, registerId: string) =>
  risk(db)
    .selectFrom('risk_steps as s')
    .innerJoin('risk_services as v', 'v.id', 's.service_id')
    .select('s.id')
    .where('v.register_id', '=', registerId)

type Positioned = 'risk_services' | 'risk_steps' | 'risk_events' | 'risk_controls'
const PARENT = {
  risk_services: 'register_id',
  risk_steps: 'service_id',
  risk_events: 'step_id',
  risk_controls: 'step_id',
} as const

/** The next position under a parent (after the last; removals leave gaps, order is kept). */
async function nextPosition(trx: Kysely<DB>, table: Positioned, parentId: string) {
  const r = await sql<{
    p: number
  }>`SELECT coalesce(max(position), 0) + 1 AS p FROM ${sql.table(table)} WHERE ${sql.ref(PARENT[table])} = ${parentId}`.execute(
    trx,
  )
  return Number(r.rows[0]?.p ?? 1)
}

const one = (res: { numUpdatedRows?: bigint; numDeletedRows?: bigint }) =>
  Number(res.numUpdatedRows ?? res.numDeletedRows ?? 0) === 1

export async function insertService(trx: Kysely<DB>, registerId: string, n: Names) {
  const id = newId()
  const position = await nextPosition(trx, 'risk_services', registerId)
  await risk(trx)
    .insertInto('risk_services')
    .values({ id, register_id: registerId, position, name_th: n.nameTh, name_en: n.nameEn })
    .execute()
  return id
}

export async function renameService(trx: Kysely<DB>, registerId: string, id: string, n: Names) {
  const res = await risk(trx)
    .updateTable('risk_services')
    .set({ name_th: n.nameTh, name_en: n.nameEn })
    .where('id', '=', id)
    .where('register_id', '=', registerId)
    .executeTakeFirst()
  return one(res)
}

/** Removes a service with its steps, their risks and measures (the rows cascade). */
export async function deleteService(trx: Kysely<DB>, registerId: string, id: string) {
  const res = await risk(trx)
    .deleteFrom('risk_services')
    .where('id', '=', id)
    .where('register_id', '=', registerId)
    .executeTakeFirst()
  return one(res)
}

export async function insertStep(
  trx: Kysely<DB>,
  registerId: string,
  serviceId: string,
  s: StepEdit,
): Promise<string | undefined> {
  const mine = await servicesOf(trx, registerId).where('id', '=', serviceId).executeTakeFirst()
  if (!mine) return undefined
  const id = newId()
  const position = await nextPosition(trx, 'risk_steps', serviceId)
  await risk(trx)
    .insertInto('risk_steps')
    .values({
      id,
      service_id: serviceId,
      position,
      title_th: s.titleTh,
      title_en: s.titleEn,
      result_th: s.resultTh,
      result_en: s.resultEn,
    })
    .execute()
  return id
}

export async function updateStep(trx: Kysely<DB>, registerId: string, id: string, s: StepEdit) {
  const res = await risk(trx)
    .updateTable('risk_steps')
    .set({ title_th: s.titleTh, title_en: s.titleEn, result_th: s.resultTh, result_en: s.resultEn })
    .where('id', '=', id)
    .where('id', 'in', stepsOf(trx, registerId))
    .executeTakeFirst()
  return one(res)
}

export async function deleteStep(trx: Kysely<DB>, registerId: string, id: string) {
  const res = await risk(trx)
    .deleteFrom('risk_steps')
    .where('id', '=', id)
    .where('id', 'in', stepsOf(trx, registerId))
    .executeTakeFirst()
  return one(res)
}

const riskRow = (r: RiskEdit) => ({
  text_th: r.textTh,
  text_en: r.textEn,
  likelihood: r.likelihood,
  impact: r.impact,
  residual_likelihood: r.residualLikelihood,
  residual_impact: r.residualImpact,
  owner_unit: r.ownerUnit,
  treatment: r.treatment,
})

export async function insertRisk(
  trx: Kysely<DB>,
  registerId: string,
  stepId: string,
  r: RiskEdit,
): Promise<string | undefined> {
  if (!(await stepsOf(trx, registerId).where('s.id', '=', stepId).executeTakeFirst()))
    return undefined
  const id = newId()
  const position = await nextPosition(trx, 'risk_events', stepId)
  await risk(trx)
    .insertInto('risk_events')
    .values({ id, step_id: stepId, position, ...riskRow(r) })
    .execute()
  return id
}

export async function updateRisk(trx: Kysely<DB>, registerId: string, id: string, r: RiskEdit) {
  const res = await risk(trx)
    .updateTable('risk_events')
    .set(riskRow(r))
    .where('id', '=', id)
    .where('step_id', 'in', stepsOf(trx, registerId))
    .executeTakeFirst()
  return one(res)
}

export async function deleteRisk(trx: Kysely<DB>, registerId: string, id: string) {
  const res = await risk(trx)
    .deleteFrom('risk_events')
    .where('id', '=', id)
    .where('step_id', 'in', stepsOf(trx, registerId))
    .executeTakeFirst()
  return one(res)
}

export async function insertControl(
  trx: Kysely<DB>,
  registerId: string,
  stepId: string,
  c: ControlEdit,
): Promise<string | undefined> {
  if (!(await stepsOf(trx, registerId).where('s.id', '=', stepId).executeTakeFirst()))
    return undefined
  const id = newId()
  const position = await nextPosition(trx, 'risk_controls', stepId)
  await risk(trx)
    .insertInto('risk_controls')
    .values({
      id,
      step_id: stepId,
      position,
      text_th: c.textTh,
      text_en: c.textEn,
      owner_unit: c.ownerUnit,
      status: c.status,
      due_on: c.dueOn,
      evidence: JSON.stringify(c.evidence),
      result_th: c.resultTh,
      result_en: c.resultEn,
    })
    .execute()
  return id
}

export async function deleteControl(trx: Kysely<DB>, registerId: string, id: string) {
  const res = await risk(trx)
    .deleteFrom('risk_controls')
    .where('id', '=', id)
    .where('step_id', 'in', stepsOf(trx, registerId))
    .executeTakeFirst()
  return one(res)
}
