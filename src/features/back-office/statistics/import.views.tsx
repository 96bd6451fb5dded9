import {
  Button,
  CsrfField,
  ErrorSummary,
  type FieldError,
} from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import { formatDateTime, formatNumber } from '../../../platform/time.js'
import type { Rejection } from '../../statistics/index.js'
import { MAX_ROWS } from '../../statistics/index.js'
import { OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { importMessages } from './messages.js'
import { STATISTICS_OFFICER_PATHS } from './paths.js'

/** How many rejected lines the page lists (the rest are counted). */
const SHOWN = 200

export interface ImportRecord {
  id: string
  fileName: string
  read: number
  added: number
  known: number
  at: Date
}

export interface ImportPageProps {
  ctx: PageContext
  officer: OfficerBadge
  history: ImportRecord[]
  errors?: FieldError[]
  rejections?: Rejection[]
  /** The import just made (after the redirect). */
  done?: ImportRecord
}

function Rejections({ ctx, rejections }: { ctx: PageContext; rejections: Rejection[] }) {
  const m = importMessages(ctx.locale)
  return (
    <section aria-labelledby="rejected-title">
      <h2 class="heading-m" id="rejected-title">
        {m('rejectedTitle')}
      </h2>
      <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="rejected-title">
        <table class="table" id="rejected">
          <thead>
            <tr>
              <th scope="col">{m('line')}</th>
              <th scope="col">{m('reason')}</th>
            </tr>
          </thead>
          <tbody>
            {rejections.slice(0, SHOWN).map((r, i) => (
              <tr key={i}>
                <td>{formatNumber(r.line, ctx.locale)}</td>
                <td>{m(r.reason, r.params)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rejections.length > SHOWN && (
        <p class="body">{m('more', { n: rejections.length - SHOWN })}</p>
      )}
    </section>
  )
}

function History({ ctx, history }: { ctx: PageContext; history: ImportRecord[] }) {
  const m = importMessages(ctx.locale)
  const n = (v: number) => formatNumber(v, ctx.locale)
  return (
    <section aria-labelledby="history-title">
      <h2 class="heading-m" id="history-title">
        {m('historyTitle')}
      </h2>
      {history.length === 0 ? (
        <p class="body">{m('noImports')}</p>
      ) : (
        <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="history-title">
          <table class="table">
            <thead>
              <tr>
                <th scope="col">{m('when')}</th>
                <th scope="col">{m('fileName')}</th>
                <th scope="col">{m('read')}</th>
                <th scope="col">{m('added')}</th>
                <th scope="col">{m('known')}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((h) => (
                <tr key={h.id}>
                  <td>{formatDateTime(h.at, ctx.locale)}</td>
                  <td>{h.fileName}</td>
                  <td>{n(h.read)}</td>
                  <td>{n(h.added)}</td>
                  <td>{n(h.known)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}

/** The import form, its result or its rejected lines, and the latest imports. */
export function ImportPage({
  ctx,
  officer,
  history,
  errors = [],
  rejections,
  done,
}: ImportPageProps) {
  const m = importMessages(ctx.locale)
  const error = errors.find((e) => e.field === 'file')?.message
  const n = (v: number) => formatNumber(v, ctx.locale)
  return (
    <OfficerLayout ctx={ctx} title={m('title')} officer={officer} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={ctx} errors={errors} />
      {done && (
        <div class="notice notice--success" role="status">
          <p class="body">
            {m('done', { read: n(done.read), added: n(done.added), known: n(done.known) })}
          </p>
        </div>
      )}
      <h1 class="heading-l">{m('title')}</h1>
      <p class="body">{m('lead')}</p>
      <ul class="bullets">
        <li>{m('formatDate')}</li>
        <li>{m('formatType')}</li>
        <li>{m('formatKey')}</li>
      </ul>
      <p class="body">{m('rules')}</p>
      <form
        method="post"
        action={STATISTICS_OFFICER_PATHS.import}
        encType="multipart/form-data"
        noValidate
      >
        <CsrfField ctx={ctx} />
        <div class={`form-group${error ? ' form-group--error' : ''}`}>
          <label class="label" for="file">
            {m('file')}
          </label>
          <div class="hint" id="file-hint">
            {m('fileHint', { max: n(MAX_ROWS) })}
          </div>
          {error && (
            <p class="error-message" id="file-error">
              {error}
            </p>
          )}
          <input
            class={`input${error ? ' input--error' : ''}`}
            id="file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={error ? 'file-hint file-error' : 'file-hint'}
            aria-invalid={error ? 'true' : undefined}
          />
        </div>
        <Button>{m('submit')}</Button>
      </form>
      {rejections && rejections.length > 0 && <Rejections ctx={ctx} rejections={rejections} />}
      <History ctx={ctx} history={history} />
    </OfficerLayout>
  )
}
