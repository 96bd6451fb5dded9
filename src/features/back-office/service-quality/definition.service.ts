import type { Kysely } from 'kysely'
import type { DB } from '../../../platform/db/schema.js'
import { authorise, roleLabel, type OfficerAuth } from '../../officers/index.js'
import {
  currentSurvey,
  publishSurveyVersion,
  surveyVersions,
  type SurveyTexts,
} from '../../survey/index.js'

/** The current version and the list of versions, for an officer with survey.define. */
export async function definitionOverview(db: Kysely<DB>, auth: OfficerAuth) {
  await authorise(db, auth, 'survey.define', 'survey.definition')
  return { current: await currentSurvey(db), versions: await surveyVersions(db) }
}

/** Publishes an officer's edit as the next version. */
export async function publishDefinition(
  db: Kysely<DB>,
  auth: OfficerAuth,
  edit: SurveyTexts & { basedOn: number; note: string },
): Promise<number> {
  await authorise(db, auth, 'survey.define', 'survey.publish')
  return publishSurveyVersion(db, edit, {
    officerId: auth.officerId,
    actorRole: roleLabel(auth.roles),
    requestId: auth.requestId,
    ip: auth.ip,
  })
}
