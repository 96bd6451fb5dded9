import type { ComponentChildren } from 'preact'
import { nationalityName } from '../../platform/nationality.js'
import { formatBirthDate, type Locale } from '../../platform/time.js'
import type { PageContext } from '../../platform/views/context.js'
import type { RetentionKind } from '../../platform/retention-kinds.js'
import { DataTable } from './components.js'
import { pdpaMessages, type PdpaTranslate } from './messages.js'
import type { AccessEntry, FieldRow } from './my-data.service.js'
import { DATA_CATEGORIES, type CategoryId, type DataCategory } from './data-categories.js'
import { LAWFUL_BASES, PURPOSES, SOURCES } from './processing.js'

/** Days each kind of short-lived record is kept (the configuration in force). */
export type Days = Record<RetentionKind, number>

/** Where a category of data comes from, why it is held, on what basis, for how long. */
export function CategoryMeta(p: { id: CategoryId; m: PdpaTranslate; locale: Locale; days: Days }) {
  const c: DataCategory = DATA_CATEGORIES[p.id]
  const { m, locale } = p
  return (
    <dl class="pdpa-meta">
      <dt>{m('meta.source')}</dt>
      <dd>{c.sources.map((s) => SOURCES[s][locale]).join(', ')}</dd>
      <dt>{m('meta.purposes')}</dt>
      <dd>{c.purposes.map((x) => PURPOSES[x][locale]).join('; ')}</dd>
      <dt>{m('meta.basis')}</dt>
      <dd>
        {c.bases
          .map((b) => `${LAWFUL_BASES[b].text[locale]} (${LAWFUL_BASES[b].ref[locale]})`)
          .join('; ')}
      </dd>
      <dt>{m('meta.retention')}</dt>
      <dd>
        {c.retention[locale]}
        {c.retentionKind ? ` (${m('meta.days', { days: p.days[c.retentionKind] })})` : ''}
      </dd>
      <dt>{m('meta.erasure')}</dt>
      <dd>{c.erasure[locale]}</dd>
    </dl>
  )
}

/** One category of "my data": its heading, its rows, then what the configuration says of it. */
export function Section(p: {
  id: CategoryId
  ctx: PageContext
  days: Days
  children: ComponentChildren
}) {
  const m = pdpaMessages(p.ctx.locale)
  return (
    <section class="pdpa-section" aria-labelledby={`cat-${p.id}`} data-category={p.id}>
      <h2 class="heading-m" id={`cat-${p.id}`}>
        {DATA_CATEGORIES[p.id].title[p.ctx.locale]}
      </h2>
      {p.children}
      <CategoryMeta id={p.id} m={m} locale={p.ctx.locale} days={p.days} />
    </section>
  )
}

/** The fields of a record: label, value and where it came from. */
export function Fields({
  rows,
  m,
  locale,
}: {
  rows: FieldRow[]
  m: PdpaTranslate
  locale: Locale
}) {
  return (
    <DataTable
      caption={m('field.label')}
      head={[m('field.label'), m('field.value'), m('field.source')]}
      empty={m('myData.none')}
      rows={rows.map((f) => [
        m(`field.${f.name}`),
        <span data-field={f.name}>
          {f.value === ''
            ? m('myData.empty')
            : f.name === 'birthDate'
              ? formatBirthDate(f.value, locale)
              : f.name === 'nationality'
                ? nationalityName(f.value, locale)
                : f.value}
        </span>,
        <span class="source-tag">{SOURCES[f.source][locale]}</span>,
      ])}
    />
  )
}

/** Why an officer accessed the data, as the registrant may see it. */
export function reasonOf(e: AccessEntry, m: PdpaTranslate): string {
  if (e.action === 'pdpa.request_viewed') return m('access.reason.requestHandling')
  if (e.reasonWithheld) return m('access.reason.withheld')
  const code = e.reasonCode ? m(`reason.${e.reasonCode}` as 'reason.other') : undefined
  if (e.reasonCleared) return `${code ?? ''} — ${m('access.reason.cleared')}`
  if (!code) return e.refused ? m('myData.empty') : m('access.reason.none')
  return e.reasonText ? `${code}: ${e.reasonText}` : code
}

const KNOWN_ACTIONS = [
  'registry.person_viewed',
  'registry.personal_data_revealed',
  'pdpa.request_viewed',
  'officer.access_refused',
] as const

/** An audited action in words ("other" for one the page does not name). */
export function actionOf(action: string, m: PdpaTranslate): string {
  return (KNOWN_ACTIONS as readonly string[]).includes(action)
    ? m(`access.action.${action as (typeof KNOWN_ACTIONS)[number]}`)
    : m('access.action.other')
}
