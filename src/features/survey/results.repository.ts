import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { SurveyJourneyKind, SurveyTables } from '../../platform/db/schema/survey.js'

const tables = (db: Kysely<DB>) => db.withTables<SurveyTables>()

// Every figure is read from the tallies, which the database keeps equal to COUNTs over the raw
// rows (0033_survey_tallies.sql); rawCounts reads the raw rows, for the test that compares them.

/** Invitations by month. */
export async function invitedByMonth(db: Kysely<DB>, months: string[], kinds: SurveyJourneyKind[]) {
  if (months.length === 0 || kinds.length === 0) return []
  const rows = await tables(db)
    .selectFrom('survey_invitation_tallies')
    .select(['month', sql<string>`sum(invited)`.as('invited')])
    .where('month', 'in', months)
    .where('journey_kind', 'in', kinds)
    .groupBy('month')
    .execute()
  return rows.map((r) => ({ month: r.month, invited: Number(r.invited) }))
}

/** Responses and comments by month and version. */
export async function responsesByMonth(
  db: Kysely<DB>,
  months: string[],
  kinds: SurveyJourneyKind[],
) {
  if (months.length === 0 || kinds.length === 0) return []
  const rows = await tables(db)
    .selectFrom('survey_response_tallies')
    .select([
      'month',
      'survey_version',
      sql<string>`sum(responses)`.as('responses'),
      sql<string>`sum(comments)`.as('comments'),
    ])
    .where('month', 'in', months)
    .where('journey_kind', 'in', kinds)
    .groupBy(['month', 'survey_version'])
    .execute()
  return rows.map((r) => ({
    month: r.month,
    version: r.survey_version,
    responses: Number(r.responses),
    comments: Number(r.comments),
  }))
}

/** Answers by month, version, question, struggled step and level (0: no opinion). */
export async function answersByMonth(db: Kysely<DB>, months: string[], kinds: SurveyJourneyKind[]) {
  if (months.length === 0 || kinds.length === 0) return []
  const rows = await tables(db)
    .selectFrom('survey_answer_tallies')
    .select([
      'month',
      'survey_version',
      'question',
      'struggled_step',
      'level',
      sql<string>`sum(answers)`.as('answers'),
    ])
    .where('month', 'in', months)
    .where('journey_kind', 'in', kinds)
    .groupBy(['month', 'survey_version', 'question', 'struggled_step', 'level'])
    .execute()
  return rows.map((r) => ({
    month: r.month,
    version: r.survey_version,
    question: r.question,
    step: r.struggled_step,
    level: r.level,
    answers: Number(r.answers),
  }))
}

/** The same counts straight from the raw rows (tests compare them with the tallies). */
export async function rawCounts(db: Kysely<DB>, month: string) {
  const t = tables(db)
  const invited = await t
    .selectFrom('survey_invitations')
    .select(sql<string>`count(*)`.as('n'))
    .where('month', '=', month)
    .executeTakeFirstOrThrow()
  const responses = await t
    .selectFrom('survey_responses')
    .select(sql<string>`count(*)`.as('n'))
    .where('month', '=', month)
    .executeTakeFirstOrThrow()
  const answers = await t
    .selectFrom('survey_answers as a')
    .innerJoin('survey_responses as r', 'r.id', 'a.response_id')
    .select([
      'a.question',
      sql<number>`coalesce(a.level, 0)`.as('level'),
      sql<string>`count(*)`.as('n'),
    ])
    .where('r.month', '=', month)
    .groupBy(['a.question', sql`coalesce(a.level, 0)`])
    .execute()
  return {
    invited: Number(invited.n),
    responses: Number(responses.n),
    answers: answers.map((a) => ({ question: a.question, level: Number(a.level), n: Number(a.n) })),
  }
}

/** The comments of these months (already masked when stored), in no time order. */
export async function commentsIn(
  db: Kysely<DB>,
  months: string[],
  kinds: SurveyJourneyKind[],
  limit: number,
  offset: number,
) {
  if (months.length === 0 || kinds.length === 0) return []
  return tables(db)
    .selectFrom('survey_responses')
    .select([
      'id',
      'month',
      'journey_kind',
      'channel',
      'struggled_step',
      'survey_version',
      'comment',
    ])
    .where('month', 'in', months)
    .where('journey_kind', 'in', kinds)
    .where('comment', 'is not', null)
    .orderBy('month', 'desc')
    .orderBy('id')
    .limit(limit)
    .offset(offset)
    .execute()
}
