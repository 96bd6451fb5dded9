import type { Kysely } from 'kysely'
import type { DB, RiskTables } from '../../platform/db/schema.js'
import type { Level, ScalePoint } from './matrix.js'

// Writes of a register's scales and matrix: the number of points of each scale and their names,
// the named, coloured levels, and the grid's cells.

const risk = (db: Kysely<DB>) => db.withTables<RiskTables>()

export type Axis = 'likelihood' | 'impact'

/** The highest likelihood and impact any risk event of the register uses (inherent or residual). */
export async function scaleUse(trx: Kysely<DB>, registerId: string) {
  const r = await risk(trx)
    .selectFrom('risk_events as e')
    .innerJoin('risk_steps as s', 's.id', 'e.step_id')
    .innerJoin('risk_services as v', 'v.id', 's.service_id')
    .select((eb) => [
      eb.fn.max('e.likelihood').as('l'),
      eb.fn.max('e.residual_likelihood').as('rl'),
      eb.fn.max('e.impact').as('i'),
      eb.fn.max('e.residual_impact').as('ri'),
    ])
    .where('v.register_id', '=', registerId)
    .executeTakeFirst()
  return {
    likelihood: Math.max(Number(r?.l ?? 0), Number(r?.rl ?? 0)),
    impact: Math.max(Number(r?.i ?? 0), Number(r?.ri ?? 0)),
  }
}

/**
 * Sets the scales' sizes and point names: cells off the new grid go, a new cell takes the level
 * of the nearest cell of the old grid (the officer sets it afterwards).
 */
export async function writeScales(
  trx: Kysely<DB>,
  registerId: string,
  old: { likelihoodMax: number; impactMax: number; cells: Record<string, string> },
  next: {
    likelihoodMax: number
    impactMax: number
    likelihood: ScalePoint[]
    impact: ScalePoint[]
  },
): Promise<void> {
  await risk(trx)
    .updateTable('risk_registers')
    .set({
      likelihood_max: next.likelihoodMax,
      impact_max: next.impactMax,
      updated_at: new Date(),
    })
    .where('id', '=', registerId)
    .execute()
  await risk(trx)
    .deleteFrom('risk_matrix_cells')
    .where('register_id', '=', registerId)
    .where((eb) =>
      eb.or([eb('likelihood', '>', next.likelihoodMax), eb('impact', '>', next.impactMax)]),
    )
    .execute()
  const added = []
  for (let l = 1; l <= next.likelihoodMax; l++)
    for (let i = 1; i <= next.impactMax; i++) {
      if (l <= old.likelihoodMax && i <= old.impactMax) continue
      const near = old.cells[`${Math.min(l, old.likelihoodMax)}x${Math.min(i, old.impactMax)}`]
      if (near) added.push({ register_id: registerId, likelihood: l, impact: i, level_code: near })
    }
  if (added.length) await risk(trx).insertInto('risk_matrix_cells').values(added).execute()
  await risk(trx).deleteFrom('risk_scale_points').where('register_id', '=', registerId).execute()
  const points = (['likelihood', 'impact'] as const).flatMap((axis) =>
    next[axis].map((p) => ({
      register_id: registerId,
      axis,
      value: p.value,
      name_th: p.nameTh,
      name_en: p.nameEn,
    })),
  )
  if (points.length) await risk(trx).insertInto('risk_scale_points').values(points).execute()
}

/** Writes a level's names and colours; false when the register has no such level. */
export async function updateLevel(
  trx: Kysely<DB>,
  registerId: string,
  code: string,
  l: Omit<Level, 'code' | 'rank'> & { textColour: string },
): Promise<boolean> {
  const res = await risk(trx)
    .updateTable('risk_levels')
    .set({ name_th: l.nameTh, name_en: l.nameEn, colour: l.colour, text_colour: l.textColour })
    .where('register_id', '=', registerId)
    .where('code', '=', code)
    .executeTakeFirst()
  return Number(res.numUpdatedRows) === 1
}

/** Adds a level above the highest; its code and rank are the next free ones. */
export async function insertLevel(
  trx: Kysely<DB>,
  registerId: string,
  existing: Level[],
  l: Omit<Level, 'code' | 'rank'> & { textColour: string },
): Promise<string> {
  const codes = new Set(existing.map((x) => x.code))
  const code =
    [...'abcdefghijklmnopqrstuvwxyz'].map((c) => `level_${c}`).find((c) => !codes.has(c)) ??
    'level_z'
  const rank = Math.max(0, ...existing.map((x) => x.rank)) + 1
  await risk(trx)
    .insertInto('risk_levels')
    .values({
      register_id: registerId,
      code,
      rank,
      name_th: l.nameTh,
      name_en: l.nameEn,
      colour: l.colour,
      text_colour: l.textColour,
    })
    .execute()
  return code
}

/** Removes a level no cell uses; false otherwise. */
export async function deleteLevel(trx: Kysely<DB>, registerId: string, code: string) {
  const res = await risk(trx)
    .deleteFrom('risk_levels')
    .where('register_id', '=', registerId)
    .where('code', '=', code)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('risk_matrix_cells')
            .select('level_code')
            .where('register_id', '=', registerId)
            .where('level_code', '=', code),
        ),
      ),
    )
    .executeTakeFirst()
  return Number(res.numDeletedRows) === 1
}

/** Sets the level of every given cell of the grid. */
export async function writeCells(
  trx: Kysely<DB>,
  registerId: string,
  cells: Record<string, string>,
): Promise<void> {
  for (const [key, level] of Object.entries(cells)) {
    const [likelihood, impact] = key.split('x').map(Number) as [number, number]
    await risk(trx)
      .updateTable('risk_matrix_cells')
      .set({ level_code: level })
      .where('register_id', '=', registerId)
      .where('likelihood', '=', likelihood)
      .where('impact', '=', impact)
      .execute()
  }
}
