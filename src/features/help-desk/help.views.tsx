import type { ContactContent } from '../../platform/db/schema/help-desk.js'
import { formatDate } from '../../platform/time.js'
import {
  Button,
  CsrfField,
  ErrorSummary,
  errorFor,
  Radios,
  type FieldError,
  SummaryList,
  TextArea,
  TextField,
} from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import { describedByOf, LabelledField } from '../../platform/views/field-frame.js'
import { Layout } from '../../platform/views/layout.js'
import { TICKET_CATEGORIES } from './help.schema.js'
import { helpMessages } from './messages.js'
import { HELP_PATHS } from './paths.js'

// The contact page, the help form and the page that confirms it was sent.

/** The contact page: the channels as an administrator last saved them. */
export function ContactPage(p: { ctx: PageContext; content: ContactContent; updatedAt: Date }) {
  const m = helpMessages(p.ctx.locale)
  const th = p.ctx.locale === 'th'
  const c = p.content
  return (
    <Layout ctx={p.ctx} title={m('contact.title')}>
      <h1 class="heading-l">{m('contact.title')}</h1>
      <p class="body">{m('contact.intro')}</p>
      <SummaryList
        rows={[
          {
            key: m('contact.phone'),
            value: <a href={`tel:${c.phone}`}>{m('contact.phoneValue', { phone: c.phone })}</a>,
          },
          { key: m('contact.email'), value: <a href={`mailto:${c.email}`}>{c.email}</a> },
          { key: m('contact.address'), value: th ? c.addressTh : c.addressEn },
          { key: m('contact.hours'), value: th ? c.hoursTh : c.hoursEn },
          { key: m('contact.sections'), value: th ? c.sectionsTh : c.sectionsEn },
        ]}
      />
      <h2 class="heading-m">{m('contact.formTitle')}</h2>
      <ul class="plain-list">
        <li>
          <a href={HELP_PATHS.newTicket}>{m('contact.formLink')}</a>
        </li>
        <li>
          <a href={HELP_PATHS.follow}>{m('contact.followLink')}</a>
        </li>
      </ul>
      <p class="hint">{m('contact.updated', { date: formatDate(p.updatedAt, p.ctx.locale) })}</p>
    </Layout>
  )
}

function FileField(p: { id: string; label: string; hint: string; error?: string }) {
  const describedBy = describedByOf(p)
  return (
    <LabelledField id={p.id} label={p.label} hint={p.hint} error={p.error}>
      <input
        class={`file-upload${p.error ? ' input--error' : ''}`}
        id={p.id}
        name={p.id}
        type="file"
        accept="application/pdf,image/jpeg,image/png"
        aria-describedby={describedBy || undefined}
        aria-invalid={p.error ? 'true' : undefined}
      />
    </LabelledField>
  )
}

/** The help form; from a journey step or an error page it says which (never the form's data). */
export function HelpFormPage(p: {
  ctx: PageContext
  origin: { step?: string; errorRef?: string }
  values?: Record<string, string>
  errors?: FieldError[]
}) {
  const m = helpMessages(p.ctx.locale)
  const v = p.values ?? {}
  const errors = p.errors ?? []
  return (
    <Layout ctx={p.ctx} title={m('form.title')} hasErrors={errors.length > 0}>
      <ErrorSummary ctx={p.ctx} errors={errors} />
      <h1 class="heading-l">{m('form.title')}</h1>
      <p class="body">{m('form.intro')}</p>
      {(p.origin.step || p.origin.errorRef) && (
        <div class="inset" data-origin>
          {p.origin.step && <p class="body">{m('form.origin', { step: p.origin.step })}</p>}
          {p.origin.errorRef && (
            <p class="body">
              {m('form.originRef')}: <span class="reference">{p.origin.errorRef}</span>
            </p>
          )}
        </div>
      )}
      <form method="post" action={HELP_PATHS.newTicket} enctype="multipart/form-data" novalidate>
        <CsrfField ctx={p.ctx} />
        {p.origin.step && <input type="hidden" name="step" value={p.origin.step} />}
        {p.origin.errorRef && <input type="hidden" name="ref" value={p.origin.errorRef} />}
        <Radios
          id="category"
          legend={m('form.category')}
          value={v.category}
          error={errorFor(errors, 'category')}
          choices={TICKET_CATEGORIES.map((c) => ({
            value: c,
            label: m(`cat.${c}`),
            ...(c === 'corruption' ? { hint: m('cat.corruptionHint') } : {}),
          }))}
        />
        <div class="inset" data-protection>
          <p class="body">{m('form.protection')}</p>
        </div>
        <TextField
          id="subject"
          label={m('form.subject')}
          value={v.subject}
          error={errorFor(errors, 'subject')}
        />
        <TextArea
          id="message"
          label={m('form.message')}
          hint={m('form.messageHint')}
          value={v.message}
          error={errorFor(errors, 'message')}
          rows={8}
        />
        <TextField
          id="email"
          type="email"
          label={m('form.email')}
          hint={m('form.emailHint')}
          autoComplete="email"
          spellcheck={false}
          value={v.email}
          error={errorFor(errors, 'email')}
        />
        <FileField
          id="attachment"
          label={m('form.attachment')}
          hint={m('form.attachmentHint')}
          error={errorFor(errors, 'attachment')}
        />
        <Button>{m('form.submit')}</Button>
      </form>
    </Layout>
  )
}

/** The answer: the reference (and, for an anonymous complaint, its secret phrase, once). */
export function SentPage(p: {
  ctx: PageContext
  reference: string
  phrase?: string
  emailed: boolean
}) {
  const m = helpMessages(p.ctx.locale)
  return (
    <Layout ctx={p.ctx} title={m('sent.title')}>
      <div class="panel-success" data-sent>
        <h1 class="heading-l">{m('sent.title')}</h1>
        <p class="body">{m('sent.reference')}</p>
        <p class="big">
          <strong class="reference" data-reference>
            {p.reference}
          </strong>
        </p>
      </div>
      {p.emailed && <p class="body">{m('sent.email')}</p>}
      {p.phrase && (
        <div class="inset">
          <p class="body">{m('sent.phrase')}</p>
          <p class="big">
            <strong class="reference" data-phrase>
              {p.phrase}
            </strong>
          </p>
          <p class="body">{m('sent.phraseWarning')}</p>
        </div>
      )}
      <p class="body">
        <a href={HELP_PATHS.follow}>{m('sent.follow')}</a>
      </p>
    </Layout>
  )
}
