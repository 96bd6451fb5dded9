import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { figuresRounding, percentOf, readSetting, type RoundingMode } from '../settings/index.js'
import { STEP_QUESTION, type SurveyVersion } from './definition.js'
import { versionsIn } from './definitions.repository.js'
import {
  addCounts,
  figuresOf,
  noCounts,
  topTwoOf,
  type Level,
  type LevelCounts,
  type QuestionFigures,
} from './figures.js'
import { kindsOf, type SurveyKindFilter } from './kinds.js'
import { monthsBetween } from './periods.js'
import { answersByMonth, invitedByMonth, responsesByMonth } from './results.repository.js'
import { surveyTopTwoBase, type TopTwoBase } from './settings.js'

/** A period of Asia/Bangkok dates (YYYY-MM-DD), counted by whole months. */
export interface Period {
  from: string
  to: string
}

/** One month of the satisfaction trend. */
export interface MonthFigures {
  month: string
  invited: number
  answered: number
  topTwo: number
  base: number
  percent: number | null
}

/** The survey's results for a period, every figure computed from the tallies of the records. */
export interface SurveyResults {
  months: string[]
  /** Which journeys are counted ('registration' unless an officer chose another). */
  kind: SurveyKindFilter
  settings: { base: TopTwoBase; rounding: RoundingMode }
  invited: number
  answered: number
  responseRate: number | null
  comments: number
  /** Every main question of every version answered in the period, pooled: the headline. */
  overall: QuestionFigures
  versions: SurveyVersion[]
  questions: { version: number; id: string; th: string; en: string; figures: QuestionFigures }[]
  /** "How easy was <step>?", per struggled step. */
  steps: { step: string; figures: QuestionFigures }[]
  trend: MonthFigures[]
}

function counted(into: LevelCounts, level: number, n: number) {
  if (level === 0) into.noOpinion += n
  else into.levels[level as Level] += n
}

/**
 * The survey's results for the months of a period (figures by the base and rounding settings),
 * counting the registration journeys unless another kind of journey is chosen.
 */
export async function surveyResults(
  db: Kysely<DB>,
  period: Period,
  kind: SurveyKindFilter = 'registration',
): Promise<SurveyResults> {
  const months = monthsBetween(period.from, period.to)
  const kinds = kindsOf(kind)
  const settings = {
    base: await readSetting(db, surveyTopTwoBase),
    rounding: await readSetting(db, figuresRounding),
  }
  const [invited, responses, answers] = await Promise.all([
    invitedByMonth(db, months, kinds),
    responsesByMonth(db, months, kinds),
    answersByMonth(db, months, kinds),
  ])
  const versions = await versionsIn(db, [...new Set(responses.map((r) => r.version))])
  const byQuestion = new Map<string, LevelCounts>()
  const bySteps = new Map<string, LevelCounts>()
  const byMonth = new Map<string, LevelCounts>()
  const overall = noCounts()
  for (const a of answers) {
    if (a.question === STEP_QUESTION) {
      const c = bySteps.get(a.step) ?? noCounts()
      counted(c, a.level, a.answers)
      bySteps.set(a.step, c)
      continue
    }
    const key = `${a.version}|${a.question}`
    const q = byQuestion.get(key) ?? noCounts()
    counted(q, a.level, a.answers)
    byQuestion.set(key, q)
    const m = byMonth.get(a.month) ?? noCounts()
    counted(m, a.level, a.answers)
    byMonth.set(a.month, m)
    counted(overall, a.level, a.answers)
  }
  const invitedTotal = invited.reduce((s, r) => s + r.invited, 0)
  const answered = responses.reduce((s, r) => s + r.responses, 0)
  const trend = months.map((month) => {
    const c = byMonth.get(month) ?? noCounts()
    const { topTwo, base } = topTwoOf(c, settings.base)
    return {
      month,
      invited: invited.find((r) => r.month === month)?.invited ?? 0,
      answered: responses.filter((r) => r.month === month).reduce((s, r) => s + r.responses, 0),
      topTwo,
      base,
      percent: percentOf(topTwo, base, 2, settings.rounding),
    }
  })
  return {
    months,
    kind,
    settings,
    invited: invitedTotal,
    answered,
    responseRate: percentOf(Math.min(answered, invitedTotal), invitedTotal, 2, settings.rounding),
    comments: responses.reduce((s, r) => s + r.comments, 0),
    overall: figuresOf(overall, settings),
    versions,
    questions: versions.flatMap((v) =>
      v.questions.map((q) => ({
        version: v.version,
        id: q.id,
        th: q.th,
        en: q.en,
        figures: figuresOf(
          addCounts(noCounts(), byQuestion.get(`${v.version}|${q.id}`) ?? noCounts()),
          settings,
        ),
      })),
    ),
    steps: [...bySteps]
      .filter(([step]) => step !== '')
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([step, c]) => ({ step, figures: figuresOf(c, settings) })),
    trend,
  }
}

/**
 * The registration's satisfaction by month (person and company journeys only: a help-desk
 * ticket's or a reactivation's answers never move it), for the public statistics: responses, the top two levels of every main
 * question pooled, the base (the survey.top2.base setting) and the percentage (the
 * figures.rounding setting; null when the base is 0). The caller suppresses small months.
 */
export async function satisfactionByMonth(
  db: Kysely<DB>,
  range: { from: string; to: string },
): Promise<
  Array<{ month: string; answered: number; topTwo: number; base: number; percent: number | null }>
> {
  const results = await surveyResults(db, range, 'registration')
  return results.trend.map(({ month, answered, topTwo, base, percent }) => ({
    month,
    answered,
    topTwo,
    base,
    percent,
  }))
}
