import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { sql } from 'kysely'
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.js'
import { newId } from '../../platform/ids.js'
import { answerSurvey } from './answers.service.js'
import { inviteToSurvey } from './invitations.service.js'
import { rawCounts } from './results.repository.js'
import { testSurveyDeps } from './test-support.js'

const engine = process.env.CTP_TEST_PG_TEMPLATE ? 'PostgreSQL' : 'PGlite'
let tdb: TestDatabase
const deps = testSurveyDeps()
const answer = {
  version: 1,
  answers: ['ease', 'clarity', 'speed', 'overall'].map((question) => ({ question, level: 4 })),
  comment: null,
}

async function invite(at = new Date('2024-03-05T03:00:00Z')) {
  const link = await inviteToSurvey(tdb.database.db, deps, {
    journeyId: newId(),
    kind: 'person',
    channel: 'online',
    email: null,
    locale: 'th',
    at,
  })
  assert.ok(link)
  return link.path.split('/').pop() as string
}

before(async () => {
  tdb = await createTestDatabase()
})
after(async () => tdb.close())

describe(`one response per invitation, held by the database (${engine})`, () => {
  it('stores exactly one of many answers sent at once through the same link', async () => {
    const token = await invite()
    const now = new Date('2024-03-06T03:00:00Z')
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, () => answerSurvey(tdb.database.db, token, answer, null, now)),
    )
    assert.deepEqual(outcomes.sort(), ['stored', 'used', 'used', 'used', 'used', 'used'])
    const raw = await rawCounts(tdb.database.db, '2024-03')
    assert.equal(raw.responses, 1)
  })

  it('refuses, in the database, any update that clears or moves a used invitation', async () => {
    const token = await invite()
    assert.equal(
      await answerSurvey(tdb.database.db, token, answer, null, new Date('2024-03-06T03:00:00Z')),
      'stored',
    )
    await assert.rejects(
      sql`UPDATE survey_invitations SET used_at = NULL WHERE used_at IS NOT NULL`.execute(
        tdb.database.db,
      ),
      /already used/,
    )
    await assert.rejects(
      sql`UPDATE survey_invitations SET used_at = now() + interval '1 day' WHERE used_at IS NOT NULL`.execute(
        tdb.database.db,
      ),
      /already used/,
    )
  })

  it('keeps responses and answers append-only, and an expired link unanswerable', async () => {
    for (const stmt of ['UPDATE survey_responses SET comment = NULL', 'DELETE FROM survey_answers'])
      await assert.rejects(sql.raw(stmt).execute(tdb.database.db), /append-only/, stmt)
    const token = await invite(new Date('2024-01-01T03:00:00Z'))
    assert.equal(
      await answerSurvey(tdb.database.db, token, answer, null, new Date('2024-03-01T03:00:00Z')),
      'expired',
    )
  })

  it('invites a journey once, however often it is asked', async () => {
    const journeyId = newId()
    const journey = {
      journeyId,
      kind: 'company' as const,
      channel: 'online' as const,
      email: null,
      locale: 'en' as const,
    }
    const [a, b] = await Promise.all([
      inviteToSurvey(tdb.database.db, deps, journey),
      inviteToSurvey(tdb.database.db, deps, journey),
    ])
    const rows = await sql<{
      n: number
    }>`SELECT count(*)::int AS n FROM survey_invitations WHERE journey_id = ${journeyId}`.execute(
      tdb.database.db,
    )
    assert.equal(rows.rows[0]?.n, 1)
    assert.ok(a ?? b)
  })
})
