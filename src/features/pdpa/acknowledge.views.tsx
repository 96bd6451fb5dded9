import { formatDate } from '../../platform/time.js'
import {
  Button,
  Checkbox,
  CsrfField,
  ErrorSummary,
  errorFor,
  type FieldError,
} from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import { PdpaStyles } from './components.js'
import type { CurrentDocument } from './documents.service.js'
import { pdpaMessages } from './messages.js'
import { PDPA_PATHS } from './paths.js'

/** After sign-in, before /account: the new versions to read and acknowledge. */
export function AcknowledgePage({
  ctx,
  documents,
  errors = [],
}: {
  ctx: PageContext
  documents: CurrentDocument[]
  errors?: FieldError[]
}) {
  const m = pdpaMessages(ctx.locale)
  const th = ctx.locale === 'th'
  return (
    <Layout ctx={ctx} title={m('ack.title')} hasErrors={errors.length > 0}>
      <PdpaStyles />
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-l">{m('ack.title')}</h1>
      <p class="body">{m('ack.intro')}</p>
      {documents.map((d) => {
        const title = th ? d.title_th : d.title_en
        return (
          <section
            class="pdpa-document"
            key={d.id}
            aria-labelledby={`doc-${d.kind}`}
            data-document={`${d.kind}-${d.version}`}
          >
            <h2 class="heading-m" id={`doc-${d.kind}`}>
              {title}
            </h2>
            <p class="hint">
              {m('ack.version', {
                version: d.version,
                date: formatDate(d.published_at, ctx.locale),
              })}
            </p>
            <details>
              <summary>{m('ack.readFull', { title })}</summary>
              {(th ? d.body_th : d.body_en).split('\n').map((para, i) =>
                para.trim() === '' ? null : (
                  <p class="body" key={i}>
                    {para}
                  </p>
                ),
              )}
            </details>
          </section>
        )
      })}
      <form method="post" action={PDPA_PATHS.acknowledge} novalidate>
        <CsrfField ctx={ctx} />
        {documents.map((d) => (
          <input type="hidden" name="document" value={d.id} key={d.id} />
        ))}
        <Checkbox
          id="acknowledge"
          value="yes"
          label={m('ack.confirm')}
          error={errorFor(errors, 'acknowledge')}
        />
        <Button>{m('ack.button')}</Button>
      </form>
      <p class="body">
        <a href={PDPA_PATHS.myData}>{m('ack.myData')}</a>
      </p>
    </Layout>
  )
}
