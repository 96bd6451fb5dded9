import {
  Button,
  Checkbox,
  CsrfField,
  ErrorSummary,
  errorFor,
  type FieldError,
} from '../../../../platform/views/components.js'
import type { PageContext } from '../../../../platform/views/context.js'
import { Layout } from '../../../../platform/views/layout.js'
import { PATHS } from '../../journey.js'
import { startMessages } from './messages.js'

/** Who can use the service, what is needed, and the Terms and Conditions to accept. */
export function StartPage({
  ctx,
  errors = [],
  documents,
}: {
  ctx: PageContext
  errors?: FieldError[]
  documents: { kind: string; version: number }[]
}) {
  const m = startMessages(ctx.locale)
  const version = (kind: string) => documents.find((d) => d.kind === kind)?.version ?? 1
  return (
    <Layout ctx={ctx} title={m('start.title')} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={ctx} errors={errors} />
      <h1 class="heading-xl">{m('start.title')}</h1>
      <p class="lead">{m('start.who')}</p>
      <h2 class="heading-m">{m('start.needTitle')}</h2>
      <ul class="bullets">
        <li>{m('start.needId')}</li>
        <li>{m('start.needApp')}</li>
        <li>{m('start.needDirectors')}</li>
        <li>{m('start.needContact')}</li>
      </ul>
      <p class="body">
        {m('start.time')} <a href={PATHS.rules}>{m('start.rules')}</a>
      </p>
      <form method="post" action={PATHS.start} novalidate>
        <CsrfField ctx={ctx} />
        <h2 class="heading-m">{m('start.acceptLegend')}</h2>
        <ul class="plain-list body">
          <li>
            <a href="/terms" target="_blank" rel="noopener">
              {m('start.readTerms', { version: version('terms') })}
            </a>
          </li>
          <li>
            <a href="/privacy" target="_blank" rel="noopener">
              {m('start.readPrivacy', { version: version('privacy') })}
            </a>
          </li>
        </ul>
        <Checkbox
          id="accept"
          value="yes"
          label={m('start.accept')}
          error={errorFor(errors, 'accept')}
        />
        <Button>{m('start.button')}</Button>
      </form>
    </Layout>
  )
}
