import type { ComponentChildren } from 'preact'
import { nationalityName } from '../../platform/nationality.js'
import { formatBirthDate, type Locale } from '../../platform/time.js'
import type { PageContext } from '../../platform/views/context.js'
import type { RetentionKind } from '../../platform/retention-kinds.js'
import { MixedText } from '../address/index.js'
import { DataTable } from './components.js'
import { pdpaMessages, type PdpaTranslate } from './messages.js'
import type { AccessEntry, FieldRow } from './my-data.service.js'
import {
  DATA_CATEGORIES,
  KEPT_WITH_REGISTRY,
  NO_ERASURE_REGISTRY,
  type CategoryId,
  type DataCategory,
} from './data-categories.js'
import { LAWFUL_BASES, PURPOSES, SOURCES, type LawfulBasis } from './processing.js'

/** Days each kind of short-lived record is kept (the configuration in force). */
export type Days = Record<RetentionKind, number>

/**
 * What the law says of the data, said once for the whole page: the lawful bases with their
 * sections, and the retention and erasure rule that every category follows unless its own
 * section says otherwise.
 */
export function LegalBlock({ m, locale }: { m: PdpaTranslate; locale: Locale }) {
  return (
    <section class="pdpa-legal" aria-labelledby="pdpa-legal-title" data-legal>
      <h2 class="heading-m" id="pdpa-legal-title">
        {m('legal.title')}
      </h2>
      <dl class="pdpa-meta">
        <dt>{m('meta.basis')}</dt>
        <dd>
          <ul class="plain-list">
            {(Object.keys(LAWFUL_BASES) as LawfulBasis[]).map((b) => (
              <li key={b}>
                <strong>{m(`basis.${b}`)}</strong>: {LAWFUL_BASES[b].text[locale]} (
                {LAWFUL_BASES[b].ref[locale]})
              </li>
            ))}
          </ul>
        </dd>
        <dt>{m('meta.retention')}</dt>
        <dd>{KEPT_WITH_REGISTRY[locale]}</dd>
        <dt>{m('meta.erasure')}</dt>
        <dd>{NO_ERASURE_REGISTRY[locale]}</dd>
      </dl>
      <p class="hint">{m('legal.exceptions')}</p>
    </section>
  )
}

/**
 * Where a category of data comes from, why it is held and on which basis; its retention and
 * erasure only where they differ from what the legal block says for all.
 */
export function CategoryMeta(p: { id: CategoryId; m: PdpaTranslate; locale: Locale; days: Days }) {
  const c: DataCategory = DATA_CATEGORIES[p.id]
  const { m, locale } = p
  const ownRetention = c.retention !== KEPT_WITH_REGISTRY
  const ownErasure = c.erasure !== NO_ERASURE_REGISTRY
  return (
    <dl class="pdpa-meta">
      <dt>{m('meta.source')}</dt>
      <dd>{c.sources.map((s) => SOURCES[s][locale]).join(', ')}</dd>
      <dt>{m('meta.purposes')}</dt>
      <dd>{c.purposes.map((x) => PURPOSES[x][locale]).join('; ')}</dd>
      <dt>{m('meta.basis')}</dt>
      <dd>{c.bases.map((b) => m(`basis.${b}`)).join('; ')}</dd>
      {ownRetention && (
        <>
          <dt>{m('meta.retention')}</dt>
          <dd>
            {c.retention[locale]}
            {c.retentionKind ? ` (${m('meta.days', { days: p.days[c.retentionKind] })})` : ''}
          </dd>
        </>
      )}
      {ownErasure && (
        <>
          <dt>{m('meta.erasure')}</dt>
          <dd>{c.erasure[locale]}</dd>
        </>
      )}
    </dl>
  )
}

/**
 * One category of "my data", folded: its heading and how many records it holds in the summary,
 * then its rows and what the configuration says of it. The browser opens it; no script.
 */
export function Section(p: {
  id: CategoryId
  ctx: PageContext
  days: Days
  count: number
  open?: boolean
  children: ComponentChildren
}) {
  const m = pdpaMessages(p.ctx.locale)
  return (
    <details class="pdpa-section" data-category={p.id} open={p.open}>
      <summary class="pdpa-section__summary">
        <h2 class="heading-m" id={`cat-${p.id}`}>
          {DATA_CATEGORIES[p.id].title[p.ctx.locale]}
        </h2>{' '}
        <span class="pdpa-section__count">
          {p.count === 0 ? m('myData.none') : m('myData.count', { count: p.count })}
        </span>
      </summary>
      <div class="pdpa-section__body">
        {p.children}
        <CategoryMeta id={p.id} m={m} locale={p.ctx.locale} days={p.days} />
      </div>
    </details>
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
          {f.value === '' ? (
            m('myData.empty')
          ) : f.name === 'birthDate' ? (
            formatBirthDate(f.value, locale)
          ) : f.name === 'nationality' ? (
            nationalityName(f.value, locale)
          ) : (
            <MixedText text={f.value} locale={locale} />
          )}
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
