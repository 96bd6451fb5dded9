import type { ColumnType } from 'kysely'
import type { BusinessDate, GeneratedTimestamp, Json, Timestamp } from './columns.js'

// The corruption-risk register and its reports (migration 0060).

export type RiskRound = 'plan' | 'six_month' | 'year_end'
export type RiskMetric = 'registrations' | 'satisfaction' | 'ethics' | 'document' | 'tickets'
export type ControlStatus = 'planned' | 'in_progress' | 'done'
export type Treatment = 'reduce' | 'accept' | 'avoid' | 'transfer'

type Defaulted<T> = ColumnType<T, T | undefined, T>

export interface RiskRegistersTable {
  id: string
  fiscal_year: number
  round: RiskRound
  title_th: string
  title_en: string
  ita_year: number | null
  ita_item_code: string | null
  ita_title_th: string | null
  ita_title_en: string | null
  likelihood_max: Defaulted<number>
  impact_max: Defaulted<number>
  copied_from: string | null
  created_by: string
  created_at: GeneratedTimestamp
  updated_at: GeneratedTimestamp
}

export interface RiskLevelsTable {
  register_id: string
  code: string
  rank: number
  name_th: string
  name_en: string
  colour: string
  /** The colour the level's name is written in on its colour (migration 0061). */
  text_colour: Defaulted<string>
}

/** The name of one point of a register's likelihood or impact scale (migration 0061). */
export interface RiskScalePointsTable {
  register_id: string
  axis: 'likelihood' | 'impact'
  value: number
  name_th: string
  name_en: string
}

export interface RiskMatrixCellsTable {
  register_id: string
  likelihood: number
  impact: number
  level_code: string
}

export interface RiskServicesTable {
  id: string
  register_id: string
  position: number
  name_th: string
  name_en: string
}

export interface RiskStepsTable {
  id: string
  service_id: string
  position: number
  title_th: string
  title_en: string
  result_th: Defaulted<string>
  result_en: Defaulted<string>
}

export interface RiskEventsTable {
  id: string
  step_id: string
  position: number
  text_th: string
  text_en: string
  likelihood: number
  impact: number
  residual_likelihood: number | null
  residual_impact: number | null
  owner_unit: Defaulted<string>
  treatment: Defaulted<Treatment>
}

export interface EvidenceLink {
  label: string
  url: string
}

export interface RiskControlsTable {
  id: string
  step_id: string
  position: number
  text_th: string
  text_en: string
  owner_unit: Defaulted<string>
  status: Defaulted<ControlStatus>
  due_on: BusinessDate | null
  evidence: ColumnType<EvidenceLink[], string | undefined, string>
  result_th: Defaulted<string>
  result_en: Defaulted<string>
}

export interface RiskIndicatorsTable {
  register_id: string
  key: string
  metric: RiskMetric
  params: Json<Record<string, unknown>>
}

export interface RiskReportsTable {
  id: string
  register_id: string
  version: number
  snapshot: Json<Record<string, unknown>>
  approved_by: string
  approver_name: string
  approved_at: Timestamp
  memo_reference: string
  published_at: Timestamp | null
  published_by: string | null
}

// A type alias, not an interface: withTables() needs the implicit index signature.
/** The register's and the reports' tables, added with db.withTables<RiskTables>(). */
export type RiskTables = {
  risk_registers: RiskRegistersTable
  risk_levels: RiskLevelsTable
  risk_scale_points: RiskScalePointsTable
  risk_matrix_cells: RiskMatrixCellsTable
  risk_services: RiskServicesTable
  risk_steps: RiskStepsTable
  risk_events: RiskEventsTable
  risk_controls: RiskControlsTable
  risk_indicators: RiskIndicatorsTable
  risk_reports: RiskReportsTable
}
