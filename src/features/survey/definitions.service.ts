import { isDeepStrictEqual } from 'node:util'
import type { Kysely } from 'kysely'
import { recordAudit } from '../../platform/audit.js'
import type { DB } from '../../platform/db/schema.js'
import { ConflictError } from '../../platform/errors.js'
import type { SurveyTexts, SurveyVersion } from './definition.js'
import { insertVersion, latestVersion, listVersions } from './definitions.repository.js'

/** The version new invitations answer. */
export async function currentSurvey(db: Kysely<DB>): Promise<SurveyVersion> {
  return latestVersion(db)
}

/** Every published version: number, when, by whom (officer id), note. */
export async function surveyVersions(db: Kysely<DB>) {
  return listVersions(db)
}

/** An edit that changes nothing is not a new version. */
export class UnchangedSurveyError extends Error {
  override name = 'UnchangedSurveyError'
}

/**
 * Publishes an edit as the next version (a published version is never changed), audited, in
 * one transaction. The caller has checked 'survey.define'. Refuses an edit of a version that is
 * no longer the latest (ConflictError) and an edit that changes nothing.
 */
export async function publishSurveyVersion(
  db: Kysely<DB>,
  edit: SurveyTexts & { basedOn: number; note: string },
  by: { officerId: string; actorRole: string; requestId: string; ip: string },
): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const latest = await latestVersion(trx)
    if (latest.version !== edit.basedOn) throw new ConflictError('the survey has a newer version')
    const texts = (v: SurveyTexts) => ({
      questions: v.questions,
      stepQuestion: v.stepQuestion,
      allowNoOpinion: v.allowNoOpinion,
      allowComment: v.allowComment,
    })
    if (isDeepStrictEqual(texts(latest), texts(edit))) throw new UnchangedSurveyError()
    const version = latest.version + 1
    if (
      !(await insertVersion(trx, {
        ...texts(edit),
        version,
        officerId: by.officerId,
        note: edit.note,
      }))
    )
      throw new ConflictError('another version was published at the same time')
    await recordAudit(trx, {
      actorType: 'officer',
      actorId: by.officerId,
      actorRole: by.actorRole,
      action: 'survey.version_published',
      subjectType: 'survey_version',
      subjectId: String(version),
      requestId: by.requestId,
      data: { version, basedOn: edit.basedOn, questions: edit.questions.map((q) => q.id) },
      details: { reason: edit.note, ip: by.ip },
    })
    return version
  })
}
