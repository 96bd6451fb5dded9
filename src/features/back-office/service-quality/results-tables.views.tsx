import { formatNumber, type Locale } from '../../../platform/time.js'
import {
  formatMonth,
  LEVELS,
  stepLabel,
  type QuestionFigures,
  type SurveyResults,
} from '../../survey/index.js'
import { resultsMessages } from './results.messages.js'
import { distributionChartSvg, trendChartSvg } from './survey-charts.js'
import { Table } from './settings.views.js'

/** A 2-place figure for people, or a dash. */
export function fig(value: number | null, locale: Locale, suffix = ''): string {
  return value === null ? '–' : `${formatNumber(value, locale, { fractionDigits: 2 })}${suffix}`
}

const count = (n: number, locale: Locale) => formatNumber(n, locale)

function figureCells(f: QuestionFigures, locale: Locale) {
  const m = resultsMessages(locale)
  return [
    ...LEVELS.map((l) => count(f.counts.levels[l], locale)),
    count(f.counts.noOpinion, locale),
    `${fig(f.percent, locale, '%')} (${count(f.topTwo, locale)}/${count(f.base, locale)})`,
    fig(f.mean, locale),
    fig(f.sd, locale),
    f.band ? m(`band.${f.band}`) : '–',
  ]
}

function figureHead(locale: Locale) {
  const m = resultsMessages(locale)
  return [
    ...LEVELS.map((l) => m(`level.${l}`)),
    m('col.noOpinion'),
    `${m('col.percent')} (${m('col.topTwo')}/${m('col.base')})`,
    m('col.mean'),
    m('col.sd'),
    m('col.band'),
  ]
}

/** The trend: the chart, and the same figures in a table beside it. */
export function Trend({ r, locale }: { r: SurveyResults; locale: Locale }) {
  const m = resultsMessages(locale)
  const svg = trendChartSvg(
    'trend-chart',
    m('trend.title'),
    r.trend.map((t) => formatMonth(t.month, locale, true)),
    r.trend.map((t) => t.percent),
  )
  return (
    <div class="sq-chart-pair">
      <div class="sq-chart" dangerouslySetInnerHTML={{ __html: svg }} />
      <Table
        id="trend"
        caption={m('trend.caption')}
        head={[
          m('col.month'),
          m('col.invited'),
          m('col.answered'),
          m('col.topTwo'),
          m('col.base'),
          m('col.percent'),
        ]}
        rows={r.trend.map((t) => [
          formatMonth(t.month, locale),
          count(t.invited, locale),
          count(t.answered, locale),
          count(t.topTwo, locale),
          count(t.base, locale),
          <span data-month-percent={t.month}>{fig(t.percent, locale, '%')}</span>,
        ])}
      />
    </div>
  )
}

/** Each question: the distribution chart, and the table of counts and figures beside it. */
export function Questions({ r, locale }: { r: SurveyResults; locale: Locale }) {
  const m = resultsMessages(locale)
  const label = (q: { th: string; en: string }) => (locale === 'th' ? q.th : q.en)
  const svg = distributionChartSvg(
    'questions-chart',
    m('questions.chart'),
    r.questions.map(label),
    [
      ...LEVELS.map((l) => ({
        name: m(`level.${l}`),
        data: r.questions.map((q) => q.figures.counts.levels[l]),
      })),
      { name: m('col.noOpinion'), data: r.questions.map((q) => q.figures.counts.noOpinion) },
    ],
  )
  return (
    <>
      {r.questions.length > 0 && <div class="sq-chart" dangerouslySetInnerHTML={{ __html: svg }} />}
      <Table
        id="questions"
        caption={m('questions.caption')}
        head={[m('col.version'), m('col.question'), ...figureHead(locale)]}
        rows={[
          ...r.questions.map((q) => [
            String(q.version),
            label(q),
            ...figureCells(q.figures, locale),
          ]),
          ['', <strong>{m('question.overall')}</strong>, ...figureCells(r.overall, locale)],
        ]}
      />
    </>
  )
}

/** "How easy was <step>?", per step. */
export function Steps({ r, locale }: { r: SurveyResults; locale: Locale }) {
  const m = resultsMessages(locale)
  if (r.steps.length === 0) return <p class="body">{m('steps.none')}</p>
  return (
    <Table
      id="steps"
      caption={m('steps.caption')}
      head={[m('col.step'), ...figureHead(locale)]}
      rows={r.steps.map((s) => [
        <span data-step={s.step}>{stepLabel(s.step, locale)}</span>,
        ...figureCells(s.figures, locale),
      ])}
    />
  )
}
