import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import { formatDate, formatDateTime, toThaiDigits, type Locale } from '../../platform/time.js'
import { reportMessages } from './messages.js'
import { REPORT_PATHS } from './paths.js'
import type { ReportRow } from './reports.repository.js'
import type { ReportSnapshot } from './report.js'
import { HEADINGS, reportTable, type ReportTable } from './table.js'

/** The seed's table: step · risk level · control measures · results. */
export function RiskTable(p: { table: ReportTable; locale: Locale; id: string; caption: string }) {
  const h = HEADINGS[p.locale]
  return (
    <div class="risk-scroll" tabIndex={0} role="region" aria-labelledby={p.id}>
      <table class="risk-table">
        <caption id={p.id} class="visually-hidden">
          {p.caption}
        </caption>
        <thead>
          <tr>
            {h.map((x) => (
              <th scope="col">{x}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {p.table.steps.flatMap((s) =>
            s.measures.map((m, i) => (
              <tr>
                {i === 0 && (
                  <th scope="row" rowSpan={s.measures.length}>
                    {s.step}
                  </th>
                )}
                {i === 0 && (
                  <td class="risk-level" rowSpan={s.measures.length}>
                    {s.colour && (
                      // The level's own colour (any the officer chose) as an SVG fill: no inline
                      // style under the CSP.
                      <svg
                        class="risk-swatch"
                        viewBox="0 0 1 1"
                        aria-hidden="true"
                        focusable="false"
                      >
                        <rect width="1" height="1" fill={s.colour} />
                      </svg>
                    )}
                    {s.level}
                  </td>
                )}
                <td>{m}</td>
                {s.spanning ? (
                  i === 0 && <td rowSpan={s.measures.length}>{s.results[0]}</td>
                ) : (
                  <td>{s.results[i]}</td>
                )}
              </tr>
            )),
          )}
        </tbody>
      </table>
    </div>
  )
}

/** "FY 2566, 6-month report" */
export function periodLabel(s: ReportSnapshot, locale: Locale, thaiDigits = false): string {
  const m = reportMessages(locale)
  const year = locale === 'th' ? s.fiscalYear : s.fiscalYear - 543
  const text = `${m('list.year', { year })} · ${m(`round.${s.round}` as 'round.plan')}`
  return thaiDigits && locale === 'th' ? toThaiDigits(text) : text
}

function Meta(p: { report: ReportRow; locale: Locale }) {
  const m = reportMessages(p.locale)
  const s = p.report.snapshot
  return (
    <>
      <p class="body">{periodLabel(s, p.locale)}</p>
      {s.ita.itemCode && (
        <p class="body">
          {m('report.ita', {
            year: s.ita.year ?? '',
            code: s.ita.itemCode,
            title: (p.locale === 'th' ? s.ita.titleTh : s.ita.titleEn) ?? '',
          })}
        </p>
      )}
      <p class="hint">
        {m('report.meta', {
          version: p.report.version,
          name: p.report.approverName,
          at: formatDateTime(p.report.approvedAt, p.locale),
          memo: p.report.memoReference,
          published: p.report.publishedAt ? formatDate(p.report.publishedAt, p.locale) : '',
        })}
      </p>
      <p class="hint">
        {m('report.frozen', { at: formatDateTime(new Date(s.computedAt), p.locale) })}
      </p>
    </>
  )
}

/** A published report's public page. */
export function ReportPage(p: { ctx: PageContext; report: ReportRow }) {
  const { locale } = p.ctx
  const m = reportMessages(locale)
  const s = p.report.snapshot
  const table = reportTable(s, { locale, thaiDigits: false })
  const id = p.report.id
  return (
    <Layout ctx={p.ctx} title={`${table.title} – ${locale === 'th' ? s.titleTh : s.titleEn}`}>
      <link rel="stylesheet" href={REPORT_PATHS.css} />
      <h1 class="heading-l">{table.title}</h1>
      <p class="lead">{locale === 'th' ? s.titleTh : s.titleEn}</p>
      <Meta report={p.report} locale={locale} />
      <h2 class="heading-m">{m('report.outputs')}</h2>
      <ul class="list">
        <li>
          <a href={`${REPORT_PATHS.print(id)}?lang=${locale}`}>{m('report.print')}</a>
        </li>
        <li>
          <a href={`${REPORT_PATHS.pdf(id)}?lang=${locale}`}>{m('report.pdf')}</a>
        </li>
        <li>
          <a href={`${REPORT_PATHS.xlsx(id)}?lang=${locale}`}>{m('report.xlsx')}</a>
        </li>
        <li>
          <a href={`${REPORT_PATHS.docx(id)}?lang=${locale}`}>{m('report.docx')}</a>
        </li>
      </ul>
      <RiskTable
        table={table}
        locale={locale}
        id="risk-table-caption"
        caption={m('report.table')}
      />
    </Layout>
  )
}

/** The published reports, newest first. */
export function ReportListPage(p: { ctx: PageContext; reports: ReportRow[] }) {
  const { locale } = p.ctx
  const m = reportMessages(locale)
  return (
    <Layout ctx={p.ctx} title={m('list.title')}>
      <h1 class="heading-l">{m('list.title')}</h1>
      <p class="body">{m('list.lead')}</p>
      {p.reports.length === 0 ? (
        <p class="body">{m('list.none')}</p>
      ) : (
        <ul class="list">
          {p.reports.map((r) => (
            <li>
              <a href={REPORT_PATHS.report(r.id)}>
                {locale === 'th' ? r.snapshot.titleTh : r.snapshot.titleEn}
              </a>{' '}
              — {periodLabel(r.snapshot, locale)} (
              {m('report.meta', {
                version: r.version,
                name: r.approverName,
                at: formatDate(r.approvedAt, locale),
                memo: r.memoReference,
                published: r.publishedAt ? formatDate(r.publishedAt, locale) : '',
              })}
              )
            </li>
          ))}
        </ul>
      )}
    </Layout>
  )
}

/** The A4 landscape print page: Sarabun from the portal, Thai digits unless asked otherwise. */
export function PrintPage(p: { locale: Locale; thaiDigits: boolean; report: ReportRow }) {
  const s = p.report.snapshot
  const table = reportTable(s, { locale: p.locale, thaiDigits: p.thaiDigits })
  const m = reportMessages(p.locale)
  return (
    <html lang={p.locale}>
      <head>
        <meta charSet="utf-8" />
        <title>{table.title}</title>
        <link rel="stylesheet" href={REPORT_PATHS.css} />
      </head>
      <body class="print-page">
        <main>
          <h1>{table.title}</h1>
          <p class="print-sub">
            {(p.locale === 'th' ? s.titleTh : s.titleEn) +
              ' · ' +
              periodLabel(s, p.locale, p.thaiDigits)}
          </p>
          <RiskTable
            table={table}
            locale={p.locale}
            id="print-caption"
            caption={m('report.table')}
          />
        </main>
      </body>
    </html>
  )
}
