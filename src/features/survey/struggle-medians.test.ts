import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.js'
import { newId } from '../../platform/ids.js'
import { businessDate } from '../../platform/time.js'
import { inviteToSurvey } from './invitations.service.js'
import { stepMedians } from './invitations.repository.js'
import { testSurveyDeps } from './test-support.js'

const engine = process.env.CTP_TEST_PG_TEMPLATE ? 'PostgreSQL' : 'PGlite'
let tdb: TestDatabase
const now = new Date()

/** A company journey: started, then 'company' saved after `minutes`, then decided. */
async function journey(minutes: number): Promise<string> {
  const id = newId()
  const t0 = now.getTime() - 3600_000
  const rows = [
    ['started', null, 0],
    ['step', 'company', minutes],
    ['decision', 'approved', minutes + 1],
  ] as const
  await tdb.database.db
    .insertInto('journey_events')
    .values(
      rows.map(([event, step, m]) => ({
        id: newId(),
        journey_id: id,
        journey_kind: 'company',
        event,
        step,
        channel: 'online' as const,
        occurred_at: new Date(t0 + m * 60_000),
        business_date: businessDate(new Date(t0 + m * 60_000)),
      })),
    )
    .execute()
  return id
}

before(async () => {
  tdb = await createTestDatabase()
})
after(async () => tdb.close())

describe(`a step far longer than its median (${engine})`, () => {
  it('reads each step’s median from the journey events, and names a step over three times it', async () => {
    for (let i = 0; i < 12; i++) await journey(2 + (i % 3)) // 2, 3 or 4 minutes: median 3
    const medians = await stepMedians(
      tdb.database.db,
      'company',
      businessDate(new Date(now.getTime() - 86_400_000)),
    )
    const company = medians.find((m) => m.step === 'company')
    assert.equal(company?.medianMs, 180_000)
    assert.equal(company?.sample, 12)
    const slow = await journey(20)
    await inviteToSurvey(tdb.database.db, testSurveyDeps(), {
      journeyId: slow,
      kind: 'company',
      channel: 'online',
      email: null,
      locale: 'th',
    })
    const row = await tdb.database.db
      .selectFrom('survey_invitations' as never)
      .select('struggled_step' as never)
      .executeTakeFirstOrThrow()
    assert.deepEqual(row, { struggled_step: 'company' })
  })
})
