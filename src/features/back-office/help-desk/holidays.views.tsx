import { buddhistYear, formatDate } from '../../../platform/time.js'
import {
  Button,
  CsrfField,
  ErrorSummary,
  errorFor,
  TextField,
  type FieldError,
} from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import type { Holiday } from '../../help-desk/index.js'
import { OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { calendarMessages } from './calendar.messages.js'
import { YEAR_RANGE } from './calendar.schema.js'
import { DESK_PATHS } from './paths.js'

export interface HolidaysProps {
  ctx: PageContext
  officer: OfficerBadge
  year: number
  /** Today in Bangkok (YYYY-MM-DD): a day before it can no longer be removed. */
  today: string
  holidays: Holiday[]
  years: number[]
  values?: Record<string, string>
  errors?: FieldError[]
  done?: { kind: 'added' | 'removed'; day: string }
}

/** One year of the SLA calendar's public holidays: list, add, remove (helpdesk.configure). */
export function HolidaysPage(p: HolidaysProps) {
  const m = calendarMessages(p.ctx.locale)
  const th = p.ctx.locale === 'th'
  const errors = p.errors ?? []
  const y = (year: number) => String(th ? buddhistYear(year) : year)
  const date = (day: string) => formatDate(day, p.ctx.locale)
  const v = p.values ?? {}
  const title = m('holidays.title', { year: y(p.year) })
  return (
    <OfficerLayout ctx={p.ctx} title={title} officer={p.officer} hasErrors={errors.length > 0}>
      <p>
        <a href={DESK_PATHS.config}>{m('back')}</a>
      </p>
      <ErrorSummary ctx={p.ctx} errors={errors} />
      <h1 class="heading-l">{title}</h1>
      {p.done && (
        <div class="notice notice--success" role="status" data-done={p.done.kind}>
          <p>{m(`holidays.${p.done.kind}`, { date: date(p.done.day) })}</p>
        </div>
      )}
      <p class="body">{m('holidays.intro')}</p>
      <nav aria-label={m('holidays.years')}>
        <ul class="plain-list" data-years>
          {p.year > YEAR_RANGE.from && (
            <li>
              <a href={DESK_PATHS.holidayYear(p.year - 1)}>
                {m('holidays.previous', { year: y(p.year - 1) })}
              </a>
            </li>
          )}
          {p.years
            .filter((year) => Math.abs(year - p.year) > 1)
            .map((year) => (
              <li key={year}>
                <a href={DESK_PATHS.holidayYear(year)}>{y(year)}</a>
              </li>
            ))}
          {p.year < YEAR_RANGE.to && (
            <li>
              <a href={DESK_PATHS.holidayYear(p.year + 1)}>
                {m('holidays.next', { year: y(p.year + 1) })}
              </a>
            </li>
          )}
        </ul>
      </nav>
      {p.holidays.length === 0 ? (
        <p class="body" id="holidays" data-no-holidays>
          {m('holidays.none', { year: y(p.year) })}
        </p>
      ) : (
        <div class="table-wrap" role="region" aria-labelledby="holidays-caption" tabIndex={0}>
          <table class="table" id="holidays" data-holidays>
            <caption id="holidays-caption">
              {title} · {m('holidays.count', { count: p.holidays.length })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{m('holidays.day')}</th>
                <th scope="col">{m('holidays.nameTh')}</th>
                <th scope="col">{m('holidays.nameEn')}</th>
                <th scope="col">{m('holidays.source')}</th>
                <th scope="col">{m('holidays.action')}</th>
              </tr>
            </thead>
            <tbody>
              {p.holidays.map((h) => (
                <tr key={h.day} data-day={h.day}>
                  <th scope="row">{date(h.day)}</th>
                  <td lang="th">{h.nameTh}</td>
                  <td lang="en">{h.nameEn}</td>
                  <td>{h.source}</td>
                  <td>
                    {h.day < p.today ? (
                      m('holidays.passed')
                    ) : (
                      <form method="post" action={DESK_PATHS.holidayRemove} class="inline-form">
                        <CsrfField ctx={p.ctx} />
                        <input type="hidden" name="day" value={h.day} />
                        <button
                          type="submit"
                          class="button button--secondary"
                          aria-label={`${m('holidays.remove')} ${m('holidays.removeWhich', { date: date(h.day) })}`}
                        >
                          {m('holidays.remove')}
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2 class="heading-m">{m('holidays.addTitle')}</h2>
      <form method="post" action={DESK_PATHS.holidays} novalidate>
        <CsrfField ctx={p.ctx} />
        <TextField
          id="day"
          label={m('holidays.day')}
          hint={m('holidays.dayHint')}
          value={v.day}
          error={errorFor(errors, 'day')}
          width="10"
        />
        <TextField
          id="nameTh"
          label={m('holidays.nameTh')}
          value={v.nameTh}
          error={errorFor(errors, 'nameTh')}
        />
        <TextField
          id="nameEn"
          label={m('holidays.nameEn')}
          value={v.nameEn}
          error={errorFor(errors, 'nameEn')}
        />
        <TextField
          id="source"
          label={m('holidays.sourceLabel')}
          value={v.source}
          error={errorFor(errors, 'source')}
        />
        <Button>{m('holidays.add')}</Button>
      </form>
    </OfficerLayout>
  )
}
