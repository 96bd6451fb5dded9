import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { SurveyTables } from '../../platform/db/schema/survey.js'
import { definitionSchema, type SurveyTexts, type SurveyVersion } from './definition.js'

const tables = (db: Kysely<DB>) => db.withTables<SurveyTables>()

type Row = {
  version: number
  questions: unknown
  step_question: unknown
  allow_no_opinion: boolean
  allow_comment: boolean
  published_at: Date
  published_by: string | null
  note: string | null
}

function toVersion(r: Row): SurveyVersion {
  const texts = definitionSchema.parse({
    questions: r.questions,
    stepQuestion: r.step_question,
    allowNoOpinion: r.allow_no_opinion,
    allowComment: r.allow_comment,
  })
  return {
    ...texts,
    version: r.version,
    publishedAt: r.published_at,
    publishedBy: r.published_by,
    note: r.note,
  }
}

const columns = [
  'version',
  'questions',
  'step_question',
  'allow_no_opinion',
  'allow_comment',
  'published_at',
  'published_by',
  'note',
] as const

/** The newest published version (the migration seeds version 1). */
export async function latestVersion(db: Kysely<DB>): Promise<SurveyVersion> {
  const row = await tables(db)
    .selectFrom('survey_versions')
    .select(columns)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirstOrThrow()
  return toVersion(row)
}

/** A published version by its number. */
export async function findVersion(
  db: Kysely<DB>,
  version: number,
): Promise<SurveyVersion | undefined> {
  const row = await tables(db)
    .selectFrom('survey_versions')
    .select(columns)
    .where('version', '=', version)
    .executeTakeFirst()
  return row ? toVersion(row) : undefined
}

/** The versions with these numbers. */
export async function versionsIn(db: Kysely<DB>, versions: number[]): Promise<SurveyVersion[]> {
  if (versions.length === 0) return []
  const rows = await tables(db)
    .selectFrom('survey_versions')
    .select(columns)
    .where('version', 'in', versions)
    .orderBy('version')
    .execute()
  return rows.map(toVersion)
}

/** Every version, newest first (number, when, by whom, note). */
export async function listVersions(db: Kysely<DB>) {
  return tables(db)
    .selectFrom('survey_versions')
    .select(['version', 'published_at', 'published_by', 'note'])
    .orderBy('version', 'desc')
    .execute()
}

/** Publishes the next version; false when another officer published that number first. */
export async function insertVersion(
  db: Kysely<DB>,
  v: SurveyTexts & { version: number; officerId: string; note: string | null },
): Promise<boolean> {
  const r = await tables(db)
    .insertInto('survey_versions')
    .values({
      version: v.version,
      questions: JSON.stringify(v.questions),
      step_question: JSON.stringify(v.stepQuestion),
      allow_no_opinion: v.allowNoOpinion,
      allow_comment: v.allowComment,
      published_by: v.officerId,
      note: v.note,
    })
    .onConflict((oc) => oc.column('version').doNothing())
    .executeTakeFirst()
  return (r.numInsertedOrUpdatedRows ?? 0n) > 0n
}
