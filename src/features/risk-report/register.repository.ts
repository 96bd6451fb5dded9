import type { Kysely } from 'kysely'
import type { DB, RiskTables } from '../../platform/db/schema.js'
import type { EvidenceLink, RiskRound } from '../../platform/db/schema/risk.js'
import type { Matrix } from './matrix.js'

// Every read of a register: the register, its matrix, services, steps, risks, measures and
// indicators, in their order.

const risk = (db: Kysely<DB>) => db.withTables<RiskTables>()

export interface RegisterRow {
  id: string
  fiscalYear: number
  round: RiskRound
  titleTh: string
  titleEn: string
  itaYear: number | null
  itaItemCode: string | null
  itaTitleTh: string | null
  itaTitleEn: string | null
  copiedFrom: string | null
}

export interface RiskRow {
  id: string
  textTh: string
  textEn: string
  likelihood: number
  impact: number
  residualLikelihood: number | null
  residualImpact: number | null
  ownerUnit: string
  treatment: string
}

export interface ControlRow {
  id: string
  textTh: string
  textEn: string
  ownerUnit: string
  status: string
  dueOn: string | null
  evidence: EvidenceLink[]
  resultTh: string
  resultEn: string
}

export interface StepRow {
  id: string
  position: number
  titleTh: string
  titleEn: string
  resultTh: string
  resultEn: string
  risks: RiskRow[]
  controls: ControlRow[]
}

export interface ServiceRow {
  id: string
  nameTh: string
  nameEn: string
  steps: StepRow[]
}

export interface IndicatorRow {
  key: string
  metric: string
  params: Record<string, unknown>
}

export interface RegisterTree extends RegisterRow {
  matrix: Matrix
  services: ServiceRow[]
  indicators: IndicatorRow[]
}

/** Every register, newest fiscal year first. */
export async function listRegisters(db: Kysely<DB>) {
  return risk(db)
    .selectFrom('risk_registers')
    .select(['id', 'fiscal_year', 'round', 'title_th', 'title_en', 'ita_item_code'])
    .orderBy('fiscal_year', 'desc')
    .orderBy('created_at', 'desc')
    .execute()
}

/** A register with everything under it; undefined when there is none. */
export async function loadRegister(db: Kysely<DB>, id: string): Promise<RegisterTree | undefined> {
  const r = await risk(db)
    .selectFrom('risk_registers')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst()
  if (!r) return undefined
  const [levels, cells, services, steps, events, controls, indicators, points] = await Promise.all([
    risk(db)
      .selectFrom('risk_levels')
      .selectAll()
      .where('register_id', '=', id)
      .orderBy('rank')
      .execute(),
    risk(db).selectFrom('risk_matrix_cells').selectAll().where('register_id', '=', id).execute(),
    risk(db)
      .selectFrom('risk_services')
      .selectAll()
      .where('register_id', '=', id)
      .orderBy('position')
      .execute(),
    risk(db)
      .selectFrom('risk_steps as s')
      .innerJoin('risk_services as v', 'v.id', 's.service_id')
      .selectAll('s')
      .where('v.register_id', '=', id)
      .orderBy('s.position')
      .execute(),
    risk(db)
      .selectFrom('risk_events as e')
      .innerJoin('risk_steps as s', 's.id', 'e.step_id')
      .innerJoin('risk_services as v', 'v.id', 's.service_id')
      .selectAll('e')
      .where('v.register_id', '=', id)
      .orderBy('e.position')
      .execute(),
    risk(db)
      .selectFrom('risk_controls as c')
      .innerJoin('risk_steps as s', 's.id', 'c.step_id')
      .innerJoin('risk_services as v', 'v.id', 's.service_id')
      .selectAll('c')
      .where('v.register_id', '=', id)
      .orderBy('c.position')
      .execute(),
    risk(db)
      .selectFrom('risk_indicators')
      .selectAll()
      .where('register_id', '=', id)
      .orderBy('key')
      .execute(),
    risk(db)
      .selectFrom('risk_scale_points')
      .selectAll()
      .where('register_id', '=', id)
      .orderBy('value')
      .execute(),
  ])
  const named = (axis: 'likelihood' | 'impact', max: number) =>
    points
      .filter((p) => p.axis === axis && p.value <= max)
      .map((p) => ({ value: p.value, nameTh: p.name_th, nameEn: p.name_en }))
  const stepRows = (serviceId: string): StepRow[] =>
    steps
      .filter((s) => s.service_id === serviceId)
      .map((s) => ({
        id: s.id,
        position: s.position,
        titleTh: s.title_th,
        titleEn: s.title_en,
        resultTh: s.result_th,
        resultEn: s.result_en,
        risks: events
          .filter((e) => e.step_id === s.id)
          .map((e) => ({
            id: e.id,
            textTh: e.text_th,
            textEn: e.text_en,
            likelihood: e.likelihood,
            impact: e.impact,
            residualLikelihood: e.residual_likelihood,
            residualImpact: e.residual_impact,
            ownerUnit: e.owner_unit,
            treatment: e.treatment,
          })),
        controls: controls
          .filter((c) => c.step_id === s.id)
          .map((c) => ({
            id: c.id,
            textTh: c.text_th,
            textEn: c.text_en,
            ownerUnit: c.owner_unit,
            status: c.status,
            dueOn: c.due_on,
            evidence: c.evidence,
            resultTh: c.result_th,
            resultEn: c.result_en,
          })),
      }))
  return {
    id: r.id,
    fiscalYear: r.fiscal_year,
    round: r.round,
    titleTh: r.title_th,
    titleEn: r.title_en,
    itaYear: r.ita_year,
    itaItemCode: r.ita_item_code,
    itaTitleTh: r.ita_title_th,
    itaTitleEn: r.ita_title_en,
    copiedFrom: r.copied_from,
    matrix: {
      likelihoodMax: r.likelihood_max,
      impactMax: r.impact_max,
      levels: levels.map((l) => ({
        code: l.code,
        rank: l.rank,
        nameTh: l.name_th,
        nameEn: l.name_en,
        colour: l.colour,
        textColour: l.text_colour,
      })),
      points: {
        likelihood: named('likelihood', r.likelihood_max),
        impact: named('impact', r.impact_max),
      },
      cells: Object.fromEntries(cells.map((c) => [`${c.likelihood}x${c.impact}`, c.level_code])),
    },
    services: services.map((v) => ({
      id: v.id,
      nameTh: v.name_th,
      nameEn: v.name_en,
      steps: stepRows(v.id),
    })),
    indicators: indicators.map((i) => ({ key: i.key, metric: i.metric, params: i.params })),
  }
}
