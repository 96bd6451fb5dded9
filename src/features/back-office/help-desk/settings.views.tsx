import { formatDateTime } from '../../../platform/time.js'
import {
  Button,
  CsrfField,
  ErrorSummary,
  errorFor,
  TextArea,
  TextField,
  type FieldError,
} from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import type { CannedAnswer, ContactVersion } from '../../help-desk/index.js'
import { OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { DESK_PATHS } from './paths.js'
import { CONTACT_FIELDS } from './settings.schema.js'
import { settingsMessages } from './settings.messages.js'

export interface SettingsProps {
  ctx: PageContext
  officer: OfficerBadge
  contact: ContactVersion[]
  canned: CannedAnswer[]
  form?: 'contact' | 'canned'
  values?: Record<string, string>
  errors?: FieldError[]
  changed?: boolean
}

/** The help desk's configuration: contact page (with history), canned answers; links to the calendar and SLA targets. */
export function SettingsPage(p: SettingsProps) {
  const m = settingsMessages(p.ctx.locale)
  const errors = p.errors ?? []
  const current = p.contact[0]
  const of = (form: SettingsProps['form']) => (p.form === form ? (p.values ?? {}) : {})
  const contactValues: Record<string, string> =
    p.form === 'contact' ? (p.values ?? {}) : { ...(current?.content ?? {}) }
  const err = (form: SettingsProps['form'], f: string) =>
    p.form === form ? errorFor(errors, f) : undefined
  return (
    <OfficerLayout
      ctx={p.ctx}
      title={m('settings.title')}
      officer={p.officer}
      hasErrors={errors.length > 0}
    >
      <ErrorSummary ctx={p.ctx} errors={errors} />
      <h1 class="heading-l">{m('settings.title')}</h1>
      <h2 class="heading-m">{m('contact.title')}</h2>
      {p.changed && (
        <div class="notice notice--warning" role="alert">
          <p>{m('contact.changed')}</p>
        </div>
      )}
      <p class="body">{m('contact.intro')}</p>
      <form method="post" action={DESK_PATHS.contact} novalidate>
        <CsrfField ctx={p.ctx} />
        <input type="hidden" name="after" value={String(current?.version ?? 0)} />
        {CONTACT_FIELDS.map((f) => (
          <TextField
            key={f}
            id={f}
            label={m(`contact.${f}`)}
            value={contactValues[f]}
            error={err('contact', f)}
          />
        ))}
        <Button>{m('contact.save')}</Button>
      </form>
      <h3 class="heading-s">{m('contact.history')}</h3>
      <ul class="plain-list" data-contact-history>
        {p.contact.map((c) => (
          <li key={c.version}>
            {m('contact.version', {
              version: c.version,
              date: formatDateTime(c.createdAt, p.ctx.locale),
            })}
          </li>
        ))}
      </ul>
      <h2 class="heading-m">{m('canned.title')}</h2>
      {p.canned.map((c) => (
        <details key={c.id} class="inset">
          <summary>{p.ctx.locale === 'th' ? c.titleTh : c.titleEn}</summary>
          <CannedForm ctx={p.ctx} values={{ ...c }} />
        </details>
      ))}
      <h3 class="heading-s">{m('canned.new')}</h3>
      <CannedForm ctx={p.ctx} values={of('canned')} errors={p.form === 'canned' ? errors : []} />
      <h2 class="heading-m">{m('calendar.title')}</h2>
      <ul class="plain-list" data-calendar-links>
        <li>
          <a href={DESK_PATHS.holidays}>{m('holidays.title')}</a>
        </li>
        <li>
          <a href={DESK_PATHS.targets}>{m('targets.link')}</a>
        </li>
      </ul>
    </OfficerLayout>
  )
}

function CannedForm(p: {
  ctx: PageContext
  values: Record<string, string | Date>
  errors?: FieldError[]
}) {
  const m = settingsMessages(p.ctx.locale)
  const v = (k: string) => (typeof p.values[k] === 'string' ? (p.values[k] as string) : undefined)
  const id = v('id')
  const e = (f: string) => errorFor(p.errors ?? [], f)
  const fid = (f: string) => (id ? `${f}-${id}` : f)
  return (
    <form method="post" action={DESK_PATHS.canned} novalidate>
      <CsrfField ctx={p.ctx} />
      {id && <input type="hidden" name="id" value={id} />}
      {(['titleTh', 'titleEn'] as const).map((f) => (
        <TextField
          key={f}
          id={fid(f)}
          name={f}
          label={m(`canned.${f}`)}
          value={v(f)}
          error={e(f)}
        />
      ))}
      {(['bodyTh', 'bodyEn'] as const).map((f) => (
        <TextAreaNamed
          key={f}
          id={fid(f)}
          name={f}
          label={m(`canned.${f}`)}
          value={v(f)}
          error={e(f)}
        />
      ))}
      <Button secondary={id !== undefined}>{m('canned.save')}</Button>
    </form>
  )
}

/** A text area whose name differs from its id (several forms share the field names). */
function TextAreaNamed(p: {
  id: string
  name: string
  label: string
  value?: string | undefined
  error?: string | undefined
}) {
  return p.id === p.name ? (
    <TextArea id={p.id} label={p.label} value={p.value} error={p.error} rows={4} />
  ) : (
    <div class="form-group">
      <label class="label" for={p.id}>
        {p.label}
      </label>
      <textarea class="input textarea" id={p.id} name={p.name} rows={4}>
        {p.value ?? ''}
      </textarea>
    </div>
  )
}
