import assert from 'node:assert/strict'
import { after, before, describe, it } from 'node:test'
import { createTestDatabase, type TestDatabase } from '../../../test/helpers/db.js'
import { newId } from '../../platform/ids.js'
import { figuresRounding, writeSetting } from '../settings/index.js'
import type { Level } from './figures.js'
import { inviteToSurvey } from './invitations.service.js'
import { rawCounts } from './results.repository.js'
import { satisfactionByMonth, surveyResults } from './results.service.js'
import { surveyTopTwoBase } from './settings.js'
import { answerMany, testSurveyDeps } from './test-support.js'

// The agency's report: "A user satisfaction survey in December 2022 found 86.77% 'very
// satisfied' plus 'most satisfied'." A month of raw answers that gives it by computation:
// 212 responses to the first version's 4 questions = 848 answers, of which 16 "no opinion";
// the base (survey.top2.base, default 'answered') is the 832 that chose a level, and 722 of
// them chose มากที่สุด or มาก: 722 / 832 = 86.778…%, truncated (figures.rounding, default
// 'truncate', as the report truncates 95.72) to 86.77.
const QUESTIONS = ['ease', 'clarity', 'speed', 'overall'] as const
const POOL: (Level | null)[] = [
  ...Array<Level>(400).fill(5),
  ...Array<Level>(322).fill(4),
  ...Array<Level>(80).fill(3),
  ...Array<Level>(20).fill(2),
  ...Array<Level>(10).fill(1),
  ...Array<null>(16).fill(null),
]
// Dealt out round-robin so that every response has four answers and the levels are spread.
const RESPONSES = Array.from({ length: 212 }, (_, r) =>
  QUESTIONS.map((_q, i) => POOL[(i * 212 + r) % POOL.length] ?? null),
)

const engine = process.env.CTP_TEST_PG_TEMPLATE ? 'PostgreSQL' : 'PGlite'
let tdb: TestDatabase
const DECEMBER = { from: '2022-12-01', to: '2022-12-31' }

before(async () => {
  tdb = await createTestDatabase()
  // 15 December 2022, noon in Bangkok; one more invitation left unanswered.
  const at = new Date('2022-12-15T05:00:00Z')
  const deps = testSurveyDeps()
  await answerMany(tdb.database.db, deps, at, QUESTIONS, RESPONSES)
  await inviteToSurvey(tdb.database.db, deps, {
    journeyId: newId(),
    kind: 'company',
    channel: 'online',
    email: null,
    locale: 'en',
    at,
  })
})
after(async () => tdb.close())

describe(`the seed's December 2022 satisfaction figure (${engine})`, () => {
  it('computes 86.77 % from the raw answers with the documented base and rounding', async () => {
    const [december] = await satisfactionByMonth(tdb.database.db, DECEMBER)
    assert.deepEqual(december, {
      month: '2022-12',
      answered: 212,
      topTwo: 722,
      base: 832,
      percent: 86.77,
    })
    const results = await surveyResults(tdb.database.db, DECEMBER)
    assert.equal(results.invited, 213)
    assert.equal(results.responseRate, 99.53)
    assert.equal(results.overall.percent, 86.77)
  })

  it('follows the settings: rounding gives 86.78, the wider base 85.14', async () => {
    const db = tdb.database.db
    const officerId = newId()
    await writeSetting(db, figuresRounding, 'round', { officerId, reason: 'test: round' })
    assert.equal((await satisfactionByMonth(db, DECEMBER))[0]?.percent, 86.78)
    await writeSetting(db, surveyTopTwoBase, 'answered_and_no_opinion', {
      officerId,
      reason: 'test: no opinion counts',
    })
    const [wide] = await satisfactionByMonth(db, DECEMBER)
    assert.equal(wide?.base, 848)
    assert.equal(wide?.percent, 85.14) // 722 / 848 = 85.141…
    await writeSetting(db, figuresRounding, 'truncate', { officerId, reason: 'test: back' })
    await writeSetting(db, surveyTopTwoBase, 'answered', { officerId, reason: 'test: back' })
  })

  it('publishes tallies equal to COUNTs over the raw rows', async () => {
    const raw = await rawCounts(tdb.database.db, '2022-12')
    const results = await surveyResults(tdb.database.db, DECEMBER)
    assert.equal(results.invited, raw.invited)
    assert.equal(results.answered, raw.responses)
    for (const q of results.questions) {
      const rawOf = (level: number) =>
        raw.answers.find((a) => a.question === q.id && a.level === level)?.n ?? 0
      assert.equal(q.figures.counts.noOpinion, rawOf(0), q.id)
      for (const level of [1, 2, 3, 4, 5] as const)
        assert.equal(q.figures.counts.levels[level], rawOf(level), `${q.id} ${level}`)
    }
  })

  it('gives an empty month a null percentage, never a division by zero', async () => {
    const [november] = await satisfactionByMonth(tdb.database.db, {
      from: '2022-11-01',
      to: '2022-11-30',
    })
    assert.deepEqual(november, { month: '2022-11', answered: 0, topTwo: 0, base: 0, percent: null })
  })
})
