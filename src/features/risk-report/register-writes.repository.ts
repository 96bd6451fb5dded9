import type { Kysely } from 'kysely'
import type { DB, RiskTables } from '../../platform/db/schema.js'
import type { RiskMetric, RiskRound } from '../../platform/db/schema/risk.js'
import { newId } from '../../platform/ids.js'
import { textColourFor } from './matrix.js'
import type { RegisterTree } from './register.repository.js'

// Every write of a register and of its reports (inside the caller's transaction).

const risk = (db: Kysely<DB>) => db.withTables<RiskTables>()

export type NewRegister = Omit<RegisterTree, 'id' | 'copiedFrom' | 'services'> & {
  services: {
    nameTh: string
    nameEn: string
    steps: (Omit<RegisterTree['services'][number]['steps'][number], 'id' | 'risks' | 'controls'> & {
      risks: Omit<RegisterTree['services'][number]['steps'][number]['risks'][number], 'id'>[]
      controls: Omit<RegisterTree['services'][number]['steps'][number]['controls'][number], 'id'>[]
    })[]
  }[]
}

/** Writes a whole register (a new one, or a copy of last year's); returns its id. */
export async function insertRegister(
  trx: Kysely<DB>,
  r: NewRegister,
  by: { officerId: string; copiedFrom?: string },
): Promise<string> {
  const id = newId()
  await risk(trx)
    .insertInto('risk_registers')
    .values({
      id,
      fiscal_year: r.fiscalYear,
      round: r.round,
      title_th: r.titleTh,
      title_en: r.titleEn,
      ita_year: r.itaYear,
      ita_item_code: r.itaItemCode,
      ita_title_th: r.itaTitleTh,
      ita_title_en: r.itaTitleEn,
      likelihood_max: r.matrix.likelihoodMax,
      impact_max: r.matrix.impactMax,
      copied_from: by.copiedFrom ?? null,
      created_by: by.officerId,
    })
    .execute()
  await risk(trx)
    .insertInto('risk_levels')
    .values(
      r.matrix.levels.map((l) => ({
        register_id: id,
        code: l.code,
        rank: l.rank,
        name_th: l.nameTh,
        name_en: l.nameEn,
        colour: l.colour,
        text_colour: l.textColour ?? textColourFor(l.colour),
      })),
    )
    .execute()
  const points = r.matrix.points
  const named = points
    ? (['likelihood', 'impact'] as const).flatMap((axis) =>
        points[axis].map((p) => ({
          register_id: id,
          axis,
          value: p.value,
          name_th: p.nameTh,
          name_en: p.nameEn,
        })),
      )
    : []
  if (named.length) await risk(trx).insertInto('risk_scale_points').values(named).execute()
  await risk(trx)
    .insertInto('risk_matrix_cells')
    .values(
      Object.entries(r.matrix.cells).map(([k, level]) => {
        const [l, i] = k.split('x').map(Number) as [number, number]
        return { register_id: id, likelihood: l, impact: i, level_code: level }
      }),
    )
    .execute()
  for (const [sp, s] of r.services.entries()) {
    const serviceId = newId()
    await risk(trx)
      .insertInto('risk_services')
      .values({
        id: serviceId,
        register_id: id,
        position: sp + 1,
        name_th: s.nameTh,
        name_en: s.nameEn,
      })
      .execute()
    for (const [tp, t] of s.steps.entries()) {
      const stepId = newId()
      await risk(trx)
        .insertInto('risk_steps')
        .values({
          id: stepId,
          service_id: serviceId,
          position: tp + 1,
          title_th: t.titleTh,
          title_en: t.titleEn,
          result_th: t.resultTh,
          result_en: t.resultEn,
        })
        .execute()
      if (t.risks.length)
        await risk(trx)
          .insertInto('risk_events')
          .values(
            t.risks.map((e, i) => ({
              id: newId(),
              step_id: stepId,
              position: i + 1,
              text_th: e.textTh,
              text_en: e.textEn,
              likelihood: e.likelihood,
              impact: e.impact,
              residual_likelihood: e.residualLikelihood,
              residual_impact: e.residualImpact,
              owner_unit: e.ownerUnit,
              treatment: e.treatment as 'reduce',
            })),
          )
          .execute()
      if (t.controls.length)
        await risk(trx)
          .insertInto('risk_controls')
          .values(
            t.controls.map((c, i) => ({
              id: newId(),
              step_id: stepId,
              position: i + 1,
              text_th: c.textTh,
              text_en: c.textEn,
              owner_unit: c.ownerUnit,
              status: c.status as 'planned',
              due_on: c.dueOn,
              evidence: JSON.stringify(c.evidence),
              result_th: c.resultTh,
              result_en: c.resultEn,
            })),
          )
          .execute()
    }
  }
  for (const i of r.indicators)
    await upsertIndicator(trx, id, i.key, i.metric as RiskMetric, i.params)
  return id
}

/** Binds (or rebinds) an indicator of a register to a metric with its parameters. */
export async function upsertIndicator(
  trx: Kysely<DB>,
  registerId: string,
  key: string,
  metric: RiskMetric,
  params: Record<string, unknown>,
): Promise<void> {
  await risk(trx)
    .insertInto('risk_indicators')
    .values({ register_id: registerId, key, metric, params: JSON.stringify(params) })
    .onConflict((oc) =>
      oc.columns(['register_id', 'key']).doUpdateSet({ metric, params: JSON.stringify(params) }),
    )
    .execute()
}

/** Sets one cell of a register's matrix to a level; false when the level or cell is unknown. */
export async function setMatrixCell(
  trx: Kysely<DB>,
  registerId: string,
  cell: { likelihood: number; impact: number; level: string },
): Promise<boolean> {
  const res = await risk(trx)
    .updateTable('risk_matrix_cells')
    .set({ level_code: cell.level })
    .where('register_id', '=', registerId)
    .where('likelihood', '=', cell.likelihood)
    .where('impact', '=', cell.impact)
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('risk_levels')
          .select('code')
          .where('register_id', '=', registerId)
          .where('code', '=', cell.level),
      ),
    )
    .executeTakeFirst()
  return Number(res.numUpdatedRows) === 1
}

/** The fiscal year, round and titles of a register (a copy gets its own before it is used). */
export async function updateRegisterHead(
  trx: Kysely<DB>,
  id: string,
  head: {
    fiscalYear: number
    round: RiskRound
    itaYear: number | null
    itaItemCode: string | null
  },
): Promise<void> {
  await risk(trx)
    .updateTable('risk_registers')
    .set({
      fiscal_year: head.fiscalYear,
      round: head.round,
      ita_year: head.itaYear,
      ita_item_code: head.itaItemCode,
      updated_at: new Date(),
    })
    .where('id', '=', id)
    .execute()
}
