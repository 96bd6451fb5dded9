import type { ColumnType } from 'kysely'
import type { GeneratedTimestamp, Timestamp } from './columns.js'

// The survey's tables (db/migrations/0032_survey.sql, 0033_survey_tallies.sql,
// 0034_survey_more_journeys.sql).

/** A jsonb column read as parsed JSON (checked by the feature's schema) and written as JSON text. */
type JsonValue = ColumnType<unknown, string, string>
/** A bigint count: pg returns it as text. */
type Count = ColumnType<string, number | string, number | string>

/** 'person' and 'company' are the registration journeys; the others count apart (0034). */
export type SurveyJourneyKind = 'person' | 'company' | 'helpdesk' | 'reactivation'
export type SurveyChannel = 'online' | 'counter'

export interface SurveyVersionsTable {
  version: number
  questions: JsonValue
  step_question: JsonValue
  allow_no_opinion: boolean
  allow_comment: boolean
  published_at: GeneratedTimestamp
  published_by: string | null
  note: string | null
}

export interface SurveyInvitationsTable {
  id: string
  journey_id: string
  token_hash: Buffer
  journey_kind: SurveyJourneyKind
  channel: SurveyChannel
  struggled_step: string | null
  month: string
  created_at: GeneratedTimestamp
  expires_at: Timestamp
  used_at: Timestamp | null
}

export interface SurveyResponsesTable {
  id: string
  month: string
  journey_kind: SurveyJourneyKind
  channel: SurveyChannel
  struggled_step: string | null
  survey_version: number
  comment: string | null
}

export interface SurveyAnswersTable {
  response_id: string
  question: string
  level: number | null
}

export interface SurveyInvitationTalliesTable {
  month: string
  journey_kind: SurveyJourneyKind
  channel: SurveyChannel
  invited: Count
}

export interface SurveyResponseTalliesTable {
  month: string
  journey_kind: SurveyJourneyKind
  channel: SurveyChannel
  struggled_step: string
  survey_version: number
  responses: Count
  comments: Count
}

export interface SurveyAnswerTalliesTable {
  month: string
  journey_kind: SurveyJourneyKind
  channel: SurveyChannel
  struggled_step: string
  survey_version: number
  question: string
  level: number
  answers: Count
}

// A type alias, not an interface: withTables() needs the implicit index signature.
/** The survey's tables, added to the DB type with db.withTables<SurveyTables>(). */
export type SurveyTables = {
  survey_versions: SurveyVersionsTable
  survey_invitations: SurveyInvitationsTable
  survey_responses: SurveyResponsesTable
  survey_answers: SurveyAnswersTable
  survey_invitation_tallies: SurveyInvitationTalliesTable
  survey_response_tallies: SurveyResponseTalliesTable
  survey_answer_tallies: SurveyAnswerTalliesTable
}
