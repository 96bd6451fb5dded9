import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type {
  SurveyChannel,
  SurveyJourneyKind,
  SurveyTables,
} from '../../platform/db/schema/survey.js'

const tables = (db: Kysely<DB>) => db.withTables<SurveyTables>()

/** The invitation of a journey, if it has one. */
export async function invitationOfJourney(db: Kysely<DB>, journeyId: string) {
  return tables(db)
    .selectFrom('survey_invitations')
    .select(['id', 'expires_at', 'used_at'])
    .where('journey_id', '=', journeyId)
    .executeTakeFirst()
}

/** A new invitation; false when the journey already has one. */
export async function insertInvitation(
  db: Kysely<DB>,
  row: {
    id: string
    journeyId: string
    tokenHash: Buffer
    kind: SurveyJourneyKind
    channel: SurveyChannel
    struggledStep: string | null
    month: string
    expiresAt: Date
    createdAt: Date
  },
): Promise<boolean> {
  const r = await tables(db)
    .insertInto('survey_invitations')
    .values({
      id: row.id,
      journey_id: row.journeyId,
      token_hash: row.tokenHash,
      journey_kind: row.kind,
      channel: row.channel,
      struggled_step: row.struggledStep,
      month: row.month,
      expires_at: row.expiresAt,
      created_at: row.createdAt,
    })
    .onConflict((oc) => oc.column('journey_id').doNothing())
    .executeTakeFirst()
  return (r.numInsertedOrUpdatedRows ?? 0n) > 0n
}

/** The invitation a link's token opens (by the token's hash). */
export async function invitationByToken(db: Kysely<DB>, tokenHash: Buffer) {
  return tables(db)
    .selectFrom('survey_invitations')
    .select(['id', 'journey_kind', 'channel', 'struggled_step', 'month', 'expires_at', 'used_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst()
}

/**
 * Marks the invitation used — only if it is unused and current, in one conditional statement,
 * so that of two answers sent at once exactly one finds it open. Returns what the response keeps.
 */
export async function useInvitation(db: Kysely<DB>, tokenHash: Buffer, now: Date) {
  return tables(db)
    .updateTable('survey_invitations')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning(['id', 'journey_kind', 'channel', 'struggled_step', 'month'])
    .executeTakeFirst()
}

/** Stores an anonymous response and its answers (level null: no opinion). */
export async function insertResponse(
  db: Kysely<DB>,
  r: {
    id: string
    month: string
    kind: SurveyJourneyKind
    channel: SurveyChannel
    struggledStep: string | null
    version: number
    comment: string | null
    answers: { question: string; level: number | null }[]
  },
): Promise<void> {
  const t = tables(db)
  await t
    .insertInto('survey_responses')
    .values({
      id: r.id,
      month: r.month,
      journey_kind: r.kind,
      channel: r.channel,
      struggled_step: r.struggledStep,
      survey_version: r.version,
      comment: r.comment,
    })
    .execute()
  if (r.answers.length > 0)
    await t
      .insertInto('survey_answers')
      .values(r.answers.map((a) => ({ response_id: r.id, question: a.question, level: a.level })))
      .execute()
}

/** The journey's events in time order (the struggle rules read them). */
export async function journeyEvents(db: Kysely<DB>, journeyId: string) {
  return db
    .selectFrom('journey_events')
    .select(['event', 'step', 'occurred_at as at'])
    .where('journey_id', '=', journeyId)
    .orderBy('occurred_at')
    .execute()
}

/**
 * The median time of each step of a journey kind since `since` (Asia/Bangkok date): the time
 * from the event before a step's 'step' event to it, with the number of journeys measured.
 */
export async function stepMedians(db: Kysely<DB>, kind: string, since: string) {
  const { rows } = await sql<{ step: string; median_ms: number; sample: string }>`
    WITH timed AS (
      SELECT step, event,
             extract(epoch FROM occurred_at - lag(occurred_at) OVER (PARTITION BY journey_id ORDER BY occurred_at)) * 1000 AS ms
      FROM journey_events
      WHERE journey_kind = ${kind} AND business_date >= ${since}::date
    )
    SELECT step, percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) AS median_ms, count(*) AS sample
    FROM timed WHERE event = 'step' AND ms IS NOT NULL AND step IS NOT NULL
    GROUP BY step`.execute(db)
  return rows.map((r) => ({
    step: r.step,
    medianMs: Number(r.median_ms),
    sample: Number(r.sample),
  }))
}

/** Finished online journeys of the last days without an invitation (the job's safety net). */
export async function decidedWithoutInvitation(db: Kysely<DB>, since: string, limit: number) {
  return db
    .withTables<SurveyTables>()
    .selectFrom('journey_events as e')
    .innerJoin('applications as a', 'a.id', 'e.journey_id')
    .select(['e.journey_id', 'a.kind', 'a.email', 'a.locale', 'e.occurred_at'])
    .where('e.event', '=', 'decision')
    .where('e.channel', '=', 'online')
    .where('e.business_date', '>=', since)
    .where('a.kind', 'in', ['person', 'company'])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('survey_invitations as i')
            .select('i.id')
            .whereRef('i.journey_id', '=', 'e.journey_id'),
        ),
      ),
    )
    .orderBy('e.occurred_at')
    .limit(limit)
    .execute()
}
