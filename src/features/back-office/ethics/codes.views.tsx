import { VersionTextFields } from '../../documents/index.js'
import { DataTable, PdpaStyles } from '../../pdpa/index.js'
import { formatDate } from '../../../platform/time.js'
import {
  Button,
  CsrfField,
  ErrorSummary,
  errorFor,
  TextField,
  type FieldError,
} from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import { OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { campaignMessages } from './campaigns.messages.js'
import { ETHICS_PATHS } from './paths.js'

export interface CodeRow {
  id: string
  version: number
  title_th: string
  title_en: string
  effective_on: string | null
  content_sha256: string | null
}

/** The published versions of the code of ethics and the form to publish the next one. */
export function CodesPage(p: {
  ctx: PageContext
  officer: OfficerBadge
  codes: CodeRow[]
  published?: number
  values?: Record<string, string>
  errors?: FieldError[]
}) {
  const { ctx, values = {}, errors = [] } = p
  const m = campaignMessages(ctx.locale)
  const th = ctx.locale === 'th'
  return (
    <OfficerLayout
      ctx={ctx}
      title={m('codes.title')}
      officer={p.officer}
      hasErrors={errors.length > 0}
    >
      <PdpaStyles />
      <ErrorSummary ctx={ctx} errors={errors} />
      {p.published !== undefined && (
        <div class="notice notice--success" role="status" data-published={p.published}>
          {m('codes.published', { version: p.published })}
        </div>
      )}
      <h1 class="heading-l">{m('codes.title')}</h1>
      <p class="body">{m('codes.intro')}</p>
      <h2 class="heading-m">{m('codes.list')}</h2>
      <DataTable
        caption={m('codes.list')}
        head={[m('codes.version'), m('codes.name'), m('codes.effective'), m('codes.hash')]}
        empty={m('codes.none')}
        rows={p.codes.map((c) => [
          <span data-code-version={c.version}>{c.version}</span>,
          th ? c.title_th : c.title_en,
          c.effective_on ? formatDate(c.effective_on, ctx.locale) : '',
          <code>{(c.content_sha256 ?? '').slice(0, 16)}…</code>,
        ])}
      />
      <h2 class="heading-m">{m('codes.publish')}</h2>
      <form method="post" action={ETHICS_PATHS.codes} novalidate>
        <CsrfField ctx={ctx} />
        <VersionTextFields
          ctx={ctx}
          values={values}
          errors={errors}
          bodyHint={m('codes.bodyHint')}
        />
        <TextField
          id="effectiveOn"
          label={m('codes.effectiveOn')}
          hint={m('date.hint')}
          value={values.effectiveOn}
          error={errorFor(errors, 'effectiveOn')}
          width="10"
        />
        <Button>{m('codes.submit')}</Button>
      </form>
    </OfficerLayout>
  )
}
