import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { SurveyChannel, SurveyJourneyKind } from '../../platform/db/schema/survey.js'
import { kindsOf, type SurveyKindFilter } from './kinds.js'
import { monthsBetween } from './periods.js'
import type { Period } from './results.service.js'
import { commentsIn } from './results.repository.js'

/** A comment as officers read it: masked when stored, with what the response keeps. */
export interface SurveyComment {
  month: string
  kind: SurveyJourneyKind
  channel: SurveyChannel
  struggledStep: string | null
  version: number
  text: string
}

/** The comments of a period's months (of the chosen journeys), by month (newest first), in no time order within one. */
export async function surveyComments(
  db: Kysely<DB>,
  period: Period,
  page: { limit: number; offset: number },
  kind: SurveyKindFilter = 'registration',
): Promise<SurveyComment[]> {
  const rows = await commentsIn(
    db,
    monthsBetween(period.from, period.to),
    kindsOf(kind),
    page.limit,
    page.offset,
  )
  return rows.map((r) => ({
    month: r.month,
    kind: r.journey_kind,
    channel: r.channel,
    struggledStep: r.struggled_step,
    version: r.survey_version,
    text: r.comment ?? '',
  }))
}
