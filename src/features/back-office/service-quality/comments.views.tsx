import type { PageContext } from '../../../platform/views/context.js'
import {
  formatMonth,
  stepLabel,
  type Period,
  type SurveyComment,
  type SurveyKindFilter,
} from '../../survey/index.js'
import { OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { SERVICE_QUALITY_PATHS } from './paths.js'
import { resultsMessages } from './results.messages.js'
import { periodQuery } from './results.views.js'
import { Table } from './settings.views.js'

/** The comments of a period, masked, by month; a page at a time. */
export function CommentsPage(p: {
  ctx: PageContext
  officer: OfficerBadge
  period: Period
  kind: SurveyKindFilter
  comments: SurveyComment[]
  next?: number
}) {
  const locale = p.ctx.locale
  const m = resultsMessages(locale)
  const q = periodQuery(p.period, p.kind)
  return (
    <OfficerLayout ctx={p.ctx} title={m('comments.title')} officer={p.officer}>
      <p class="body">
        <a href={`${SERVICE_QUALITY_PATHS.surveyResults}?${q}`}>{m('comments.back')}</a>
      </p>
      <h1 class="heading-l">{m('comments.title')}</h1>
      <p class="body">{m('comments.intro')}</p>
      {p.comments.length === 0 ? (
        <p class="body">{m('comments.none')}</p>
      ) : (
        <Table
          id="comments"
          caption={m('comments.caption')}
          head={[m('col.month'), m('col.kind'), m('col.channel'), m('col.step'), m('col.comment')]}
          rows={p.comments.map((c) => [
            formatMonth(c.month, locale),
            m(`kind.${c.kind}`),
            m(`channel.${c.channel}`),
            c.struggledStep ? stepLabel(c.struggledStep, locale) : '–',
            <span data-comment>{c.text}</span>,
          ])}
        />
      )}
      {p.next !== undefined && (
        <p class="body">
          <a href={`${SERVICE_QUALITY_PATHS.surveyComments}?${q}&offset=${p.next}`}>
            {m('comments.more')}
          </a>
        </p>
      )}
    </OfficerLayout>
  )
}
