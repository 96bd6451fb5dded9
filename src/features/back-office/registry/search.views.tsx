import { formatNumber } from '../../../platform/time.js'
import {
  Button,
  CsrfField,
  ErrorSummary,
  errorFor,
  Radios,
  TextField,
  type FieldError,
} from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import { OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { registryMessages, type RegistryTranslate } from './registry.messages.js'
import { OFFICER_PATHS } from '../paths.js'
import { SEARCH_KINDS } from './registry.schema.js'
import type { SearchResult } from './search.service.js'
import { kindText, statusText } from './labels.js'

/** The search form and, after a search, its results with pagination. */
export function SearchPage({
  ctx,
  officer,
  values = {},
  errors = [],
  result,
}: {
  ctx: PageContext
  officer: OfficerBadge
  values?: Record<string, string>
  errors?: FieldError[]
  result?: SearchResult
}) {
  const m = registryMessages(ctx.locale)
  const by = values.by ?? 'id'
  return (
    <OfficerLayout
      ctx={ctx}
      title={m('search.title')}
      hasErrors={errors.length > 0}
      officer={officer}
    >
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-l">{m('search.title')}</h1>
      <form method="post" action={OFFICER_PATHS.search} novalidate>
        <CsrfField ctx={ctx} />
        <Radios
          id="by"
          legend={m('search.by')}
          value={by}
          error={errorFor(errors, 'by')}
          choices={SEARCH_KINDS.map((k) => ({
            value: k,
            label: m(`search.by.${k}`),
            hint: m(`search.by.${k}.hint`),
          }))}
        />
        <TextField
          id="q"
          label={m('search.q')}
          value={values.q ?? ''}
          autoComplete="off"
          spellcheck={false}
          error={errorFor(errors, 'q')}
        />
        <Button>{m('search.button')}</Button>
      </form>
      {result && <Results ctx={ctx} m={m} result={result} values={values} />}
    </OfficerLayout>
  )
}

function Results({
  ctx,
  m,
  result,
  values,
}: {
  ctx: PageContext
  m: RegistryTranslate
  result: SearchResult
  values: Record<string, string>
}) {
  return (
    <section aria-labelledby="results-title" class="bo-results">
      <h2 class="heading-m" id="results-title" tabIndex={-1} data-results>
        {result.capped
          ? m('search.tooMany', { cap: formatNumber(result.total, ctx.locale) })
          : result.total === 0
            ? m('search.none')
            : m('search.count', { count: formatNumber(result.total, ctx.locale) })}
      </h2>
      {result.capped && (
        <div class="notice notice--warning">
          <p class="body">{m('search.capped')}</p>
        </div>
      )}
      {result.items.length > 0 && (
        <div class="bo-table-wrap">
          <table class="bo-table">
            <caption class="visually-hidden">
              {m('search.caption', { page: result.page, pages: result.pages })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{m('search.col.name')}</th>
                <th scope="col">{m('search.col.id')}</th>
                <th scope="col">{m('search.col.registrations')}</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((i) => (
                <tr key={i.personId}>
                  <td>
                    <a href={OFFICER_PATHS.person(i.personId)}>{i.nameTh || m('search.noName')}</a>
                    {i.nameEn && (
                      <span class="bo-block hint" lang="en">
                        {i.nameEn}
                      </span>
                    )}
                  </td>
                  <td class="reference">{i.maskedId}</td>
                  <td>
                    {i.registrations.length === 0
                      ? m('search.noRegistration')
                      : i.registrations.map((r, n) => (
                          <span class="bo-block" key={n}>
                            {kindText(m, r.kind)}: <strong>{statusText(m, r.status)}</strong>
                          </span>
                        ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result.pages > 1 && (
        <nav class="bo-pagination" aria-label={m('search.pages')}>
          <p class="body">{m('search.page', { page: result.page, pages: result.pages })}</p>
          {result.page > 1 && (
            <PageButton
              ctx={ctx}
              values={values}
              page={result.page - 1}
              label={m('search.previous')}
            />
          )}
          {result.page < result.pages && (
            <PageButton ctx={ctx} values={values} page={result.page + 1} label={m('search.next')} />
          )}
        </nav>
      )}
    </section>
  )
}

// Pages are asked for by POST as well: the search text (perhaps a national ID) never goes
// into a URL, a browser history or a log line.
function PageButton({
  ctx,
  values,
  page,
  label,
}: {
  ctx: PageContext
  values: Record<string, string>
  page: number
  label: string
}) {
  return (
    <form method="post" action={OFFICER_PATHS.search} class="inline-form">
      <CsrfField ctx={ctx} />
      <input type="hidden" name="by" value={values.by ?? ''} />
      <input type="hidden" name="q" value={values.q ?? ''} />
      <input type="hidden" name="page" value={String(page)} />
      <Button secondary>{label}</Button>
    </form>
  )
}
