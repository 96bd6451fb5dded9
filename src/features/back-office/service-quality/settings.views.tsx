import type { ComponentChildren } from 'preact'
import { formatDateTime } from '../../../platform/time.js'
import {
  Button,
  CsrfField,
  ErrorSummary,
  errorFor,
  Radios,
  TextArea,
  TextField,
  type FieldError,
} from '../../../platform/views/components.js'
import type { PageContext } from '../../../platform/views/context.js'
import {
  describeValue,
  settingByKey,
  valueToForm,
  type SettingChange,
  type SettingView,
} from '../../settings/index.js'
import { OfficerLayout, type OfficerBadge } from '../layout.views.js'
import { SERVICE_QUALITY_PATHS } from './paths.js'
import { settingsMessages } from './settings.messages.js'

/** A table that scrolls sideways on a phone, focusable and named by its heading. */
export function Table(p: {
  id: string
  caption: string
  head: string[]
  rows: ComponentChildren[][]
}) {
  return (
    <div class="bo-table-wrap" tabIndex={0} role="region" aria-labelledby={`${p.id}-caption`}>
      <table class="bo-table" id={p.id}>
        <caption class="visually-hidden" id={`${p.id}-caption`}>
          {p.caption}
        </caption>
        <thead>
          <tr>
            {p.head.map((h) => (
              <th scope="col" key={h}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {p.rows.map((cells, i) => (
            <tr key={i}>
              {cells.map((c, j) => (
                <td key={j}>{c}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function History({
  ctx,
  id,
  caption,
  history,
}: {
  ctx: PageContext
  id: string
  caption: string
  history: SettingChange[]
}) {
  const m = settingsMessages(ctx.locale)
  if (history.length === 0) return <p class="body">{m('history.none')}</p>
  const show = (key: string, value: unknown) => {
    const setting = settingByKey(key)
    return setting ? describeValue(setting, value, ctx.locale) : valueToForm(value)
  }
  return (
    <Table
      id={id}
      caption={caption}
      head={[
        m('col.when'),
        m('col.setting'),
        m('col.who'),
        m('col.old'),
        m('col.new'),
        m('col.reason'),
      ]}
      rows={history.map((h) => [
        formatDateTime(h.at, ctx.locale),
        settingByKey(h.key)?.label[ctx.locale] ?? h.key,
        h.officerName ?? m('history.unknownOfficer'),
        `${show(h.key, h.oldValue)}${h.oldWasDefault ? ` ${m('value.default')}` : ''}`,
        show(h.key, h.newValue),
        h.reason,
      ])}
    />
  )
}

/** Every setting with its value and a link to change it, then the latest changes. */
export function SettingsPage(p: {
  ctx: PageContext
  officer: OfficerBadge
  settings: SettingView[]
  history: SettingChange[]
  changed?: string
}) {
  const m = settingsMessages(p.ctx.locale)
  const locale = p.ctx.locale
  const changed = p.changed ? settingByKey(p.changed) : undefined
  return (
    <OfficerLayout ctx={p.ctx} title={m('list.title')} officer={p.officer}>
      {changed && (
        <div class="notice notice--success" role="status" data-changed={changed.key}>
          {m('changed.notice', { setting: changed.label[locale] })}
        </div>
      )}
      <h1 class="heading-l">{m('list.title')}</h1>
      <p class="body">{m('list.intro')}</p>
      <Table
        id="settings"
        caption={m('list.caption')}
        head={[m('col.setting'), m('col.value'), m('col.changed'), m('col.action')]}
        rows={p.settings.map((s) => [
          <>
            <strong>{s.setting.label[locale]}</strong>
            <span class="bo-block bo-small">{s.setting.help[locale]}</span>
          </>,
          <span data-setting={s.setting.key}>
            {describeValue(s.setting, s.value, locale)}
            {s.isDefault ? ` ${m('value.default')}` : ''}
          </span>,
          s.updatedAt ? formatDateTime(s.updatedAt, locale) : m('never'),
          <a href={SERVICE_QUALITY_PATHS.setting(s.setting.key)}>
            {m('change', { setting: s.setting.label[locale] })}
          </a>,
        ])}
      />
      <h2 class="heading-m">{m('history.title')}</h2>
      <History ctx={p.ctx} id="history" caption={m('history.title')} history={p.history} />
    </OfficerLayout>
  )
}

/** One setting: its value, the form to change it (with a reason) and its history. */
export function SettingPage(p: {
  ctx: PageContext
  officer: OfficerBadge
  view: SettingView
  history: SettingChange[]
  values?: Record<string, string>
  errors?: FieldError[]
}) {
  const m = settingsMessages(p.ctx.locale)
  const locale = p.ctx.locale
  const { setting } = p.view
  const errors = p.errors ?? []
  const values = p.values ?? {}
  const label = setting.label[locale]
  const input = setting.input
  return (
    <OfficerLayout
      ctx={p.ctx}
      title={m('edit.title', { setting: label })}
      officer={p.officer}
      hasErrors={errors.length > 0}
    >
      <ErrorSummary ctx={p.ctx} errors={errors} />
      <p class="body">
        <a href={SERVICE_QUALITY_PATHS.settings}>{m('edit.back')}</a>
      </p>
      <h1 class="heading-l">{m('edit.title', { setting: label })}</h1>
      <p class="body">{setting.help[locale]}</p>
      <p class="body" data-current>
        {m('edit.current', { value: describeValue(setting, p.view.value, locale) })}
        {p.view.isDefault ? ` ${m('value.default')}` : ''}
      </p>
      <form method="post" action={SERVICE_QUALITY_PATHS.setting(setting.key)} novalidate>
        <CsrfField ctx={p.ctx} />
        <input type="hidden" name="version" value={String(p.view.version)} />
        {input.kind === 'choice' ? (
          <Radios
            id="value"
            legend={m('edit.value')}
            value={values.value}
            error={errorFor(errors, 'value')}
            choices={input.choices.map((c) => ({
              value: c,
              label: describeValue(setting, c, locale),
            }))}
          />
        ) : (
          <TextField
            id="value"
            label={m('edit.value')}
            value={values.value}
            error={errorFor(errors, 'value')}
            inputMode={input.kind === 'number' ? 'numeric' : undefined}
            width={input.kind === 'number' ? '10' : 'full'}
          />
        )}
        <TextArea
          id="reason"
          label={m('edit.reason')}
          hint={m('edit.reasonHint')}
          value={values.reason}
          error={errorFor(errors, 'reason')}
          rows={3}
        />
        <Button>{m('edit.submit')}</Button>
      </form>
      <h2 class="heading-m">{m('edit.history')}</h2>
      <History ctx={p.ctx} id="setting-history" caption={m('edit.history')} history={p.history} />
    </OfficerLayout>
  )
}
