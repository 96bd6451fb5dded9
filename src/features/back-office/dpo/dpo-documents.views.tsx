import { formatDate, formatDateTime } from '../../../platform/time.js'
import {
  Button,
  Checkbox,
  CsrfField,
  ErrorSummary,
  errorFor,
  Radios,
  TextField,
  type FieldError,
} from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import { VersionTextFields } from '../../documents/index.js'
import { OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { dpoMessages } from './dpo.messages.js'
import {
  DataTable,
  PDPA_PATHS,
  PdpaStyles,
  pdpaMessages,
  type DocumentOverview,
} from '../../pdpa/index.js'

/** The current notices and the form to publish a new version. */
export function DocumentsPage({
  ctx,
  officer,
  documents,
  policy,
  published,
  values = {},
  errors = [],
}: {
  ctx: PageContext
  officer: OfficerBadge
  documents: DocumentOverview[]
  /** The agency's data-protection policy's newest version, if one was published. */
  policy?: { version: number; effective_on: string | null }
  published?: { kind: 'terms' | 'privacy' | 'policy'; version: number }
  values?: Record<string, string>
  errors?: FieldError[]
}) {
  const m = dpoMessages(ctx.locale)
  const p = pdpaMessages(ctx.locale)
  const th = ctx.locale === 'th'
  return (
    <OfficerLayout
      ctx={ctx}
      title={m('docs.title')}
      officer={officer}
      hasErrors={errors.length > 0}
    >
      <PdpaStyles />
      <ErrorSummary ctx={ctx} errors={errors} />
      {published && (
        <div class="notice notice--success" role="status" data-published>
          {m('docs.published.notice', {
            kind: published.kind === 'policy' ? m('docs.policy') : p(`doc.${published.kind}`),
            version: published.version,
          })}
        </div>
      )}
      <h1 class="heading-l">{m('docs.title')}</h1>
      <p class="body">{m('docs.intro')}</p>
      <h2 class="heading-m">{m('docs.current')}</h2>
      <DataTable
        caption={m('docs.current')}
        head={[m('docs.kind'), m('docs.version'), m('docs.published'), m('docs.accepted')]}
        empty={m('queue.none')}
        rows={documents.map((d) => [
          <a href={`/${d.kind}`}>{th ? d.title_th : d.title_en}</a>,
          <span data-version={d.kind}>{d.version}</span>,
          formatDateTime(d.published_at, ctx.locale),
          String(d.acceptedBy),
        ])}
      />
      <p class="body" data-policy>
        <a href="/data-protection-policy">{m('docs.policy')}</a>
        {policy?.effective_on
          ? `: ${m('docs.policyCurrent', { version: policy.version, date: formatDate(policy.effective_on, ctx.locale) })}`
          : ''}
      </p>
      <h2 class="heading-m">{m('docs.publish')}</h2>
      <form method="post" action={PDPA_PATHS.dpoDocuments} novalidate>
        <CsrfField ctx={ctx} />
        <Radios
          id="kind"
          legend={m('docs.kindLegend')}
          value={values.kind}
          error={errorFor(errors, 'kind')}
          choices={[
            { value: 'privacy', label: p('doc.privacy') },
            { value: 'terms', label: p('doc.terms') },
            { value: 'policy', label: m('docs.policy'), hint: m('docs.policyHint') },
          ]}
        />
        <TextField
          id="effectiveOn"
          label={m('docs.effectiveOn')}
          hint={m('docs.effectiveOnHint')}
          value={values.effectiveOn}
          error={errorFor(errors, 'effectiveOn')}
        />
        <VersionTextFields
          ctx={ctx}
          values={values}
          errors={errors}
          bodyHint={m('docs.bodyHint')}
        />
        <Checkbox
          id="confirm"
          value="yes"
          label={m('docs.confirm')}
          checked={values.confirm === 'yes'}
          error={errorFor(errors, 'confirm')}
        />
        <Button>{m('docs.submit')}</Button>
      </form>
    </OfficerLayout>
  )
}
