import type { Kysely } from 'kysely'
import { recordAudit } from '../../../platform/audit.js'
import type { DB } from '../../../platform/db/schema.js'
import { authorise, roleLabel, type OfficerAuth } from '../../officers/index.js'
import {
  surveyComments,
  surveyResults,
  type Period,
  type SurveyComment,
  type SurveyKindFilter,
  type SurveyResults,
} from '../../survey/index.js'

/** The survey's results for a period, for an officer with survey.results. */
export async function resultsFor(
  db: Kysely<DB>,
  auth: OfficerAuth,
  period: Period,
  kind: SurveyKindFilter = 'registration',
): Promise<SurveyResults> {
  await authorise(db, auth, 'survey.results', 'survey.results')
  return surveyResults(db, period, kind)
}

async function audited(
  db: Kysely<DB>,
  auth: OfficerAuth,
  action: string,
  data: Record<string, unknown>,
) {
  await recordAudit(db, {
    actorType: 'officer',
    actorId: auth.officerId,
    actorRole: roleLabel(auth.roles),
    action,
    subjectType: 'survey',
    requestId: auth.requestId,
    data,
    details: { ip: auth.ip },
  })
}

/** The period's comments (masked when stored); reading them is audited. */
export async function commentsFor(
  db: Kysely<DB>,
  auth: OfficerAuth,
  period: Period,
  page: { limit: number; offset: number },
  kind: SurveyKindFilter = 'registration',
): Promise<SurveyComment[]> {
  await authorise(db, auth, 'survey.results', 'survey.comments')
  const comments = await surveyComments(db, period, page, kind)
  await audited(db, auth, 'survey.comments_viewed', { ...period, kind, offset: page.offset })
  return comments
}

/** The results for an export (CSV or XLSX), audited. */
export async function resultsForExport(
  db: Kysely<DB>,
  auth: OfficerAuth,
  period: Period,
  format: 'csv' | 'xlsx',
  kind: SurveyKindFilter = 'registration',
): Promise<SurveyResults> {
  await authorise(db, auth, 'survey.results', 'survey.export')
  const results = await surveyResults(db, period, kind)
  await audited(db, auth, 'survey.results_exported', { ...period, kind, format })
  return results
}
