import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import { DataTable, PdpaStyles } from './components.js'
import { pdpaMessages } from './messages.js'
import { DATA_CATEGORIES } from './data-categories.js'
import { PROCESSING_ACTIVITIES } from './processing-activities.js'
import {
  CONTROLLER,
  LAWFUL_BASES,
  PURPOSES,
  SECURITY_MEASURES,
  SOURCES,
  type Source,
} from './processing.js'
import { RETENTION_KINDS, type RetentionKind } from '../../platform/retention-kinds.js'
import { RETENTION_RULES } from './retention.policy.js'
import type { RequestStatistics } from './ropa.service.js'

/** The record of processing activities (PDPA s.39), public, generated from processing.ts. */
export function RecordOfProcessingPage({
  ctx,
  days,
  dpoEmail,
  statistics,
}: {
  ctx: PageContext
  days: Record<RetentionKind, number>
  dpoEmail: string
  statistics: RequestStatistics[]
}) {
  const m = pdpaMessages(ctx.locale)
  const l = ctx.locale
  return (
    <Layout ctx={ctx} title={m('ropa.title')}>
      <PdpaStyles />
      <h1 class="heading-l">{m('ropa.title')}</h1>
      <p class="lead">{m('ropa.intro')}</p>
      <h2 class="heading-m">{m('ropa.controller')}</h2>
      <p class="body">
        {CONTROLLER.name[l]}, {CONTROLLER.address[l]}
        <br />
        {m('ropa.contact', { dpo: CONTROLLER.dpo[l] })}{' '}
        <a href={`mailto:${dpoEmail}`}>{dpoEmail}</a>
      </p>
      <h2 class="heading-m">{m('ropa.activities')}</h2>
      {PROCESSING_ACTIVITIES.map((a, i) => {
        const sources = [
          ...new Set(a.categories.flatMap((c): readonly Source[] => DATA_CATEGORIES[c].sources)),
        ]
        return (
          <section class="pdpa-section" key={i} aria-labelledby={`activity-${i}`}>
            <h3 class="heading-m" id={`activity-${i}`}>
              {a.name[l]}
            </h3>
            <dl class="pdpa-meta">
              <dt>{m('ropa.purposes')}</dt>
              <dd>{a.purposes.map((p) => PURPOSES[p][l]).join('; ')}</dd>
              <dt>{m('ropa.subjects')}</dt>
              <dd>{a.subjects[l]}</dd>
              <dt>{m('ropa.categories')}</dt>
              <dd>
                <ul class="plain-list">
                  {a.categories.map((c) => (
                    <li key={c}>
                      <strong>{DATA_CATEGORIES[c].title[l]}</strong>: {DATA_CATEGORIES[c].items[l]}
                    </li>
                  ))}
                </ul>
              </dd>
              <dt>{m('ropa.sources')}</dt>
              <dd>{sources.map((s) => SOURCES[s][l]).join(', ')}</dd>
              <dt>{m('ropa.basis')}</dt>
              <dd>
                {a.bases
                  .map((b) => `${LAWFUL_BASES[b].text[l]} (${LAWFUL_BASES[b].ref[l]})`)
                  .join('; ')}
              </dd>
              <dt>{m('ropa.recipients')}</dt>
              <dd>{a.recipients[l]}</dd>
              <dt>{m('ropa.retention')}</dt>
              <dd>
                <ul class="plain-list">
                  {[...new Set(a.categories.map((c) => DATA_CATEGORIES[c].retention[l]))].map(
                    (r) => (
                      <li key={r}>{r}</li>
                    ),
                  )}
                </ul>
              </dd>
              <dt>{m('ropa.transfers')}</dt>
              <dd>{m('ropa.transfersNone')}</dd>
            </dl>
          </section>
        )
      })}
      <h2 class="heading-m">{m('ropa.shortLived')}</h2>
      <DataTable
        caption={m('ropa.shortLived')}
        head={[m('ropa.kind'), m('ropa.period'), m('ropa.counted'), m('ropa.action')]}
        empty=""
        rows={RETENTION_KINDS.map((k) => [
          RETENTION_RULES[k].what[l],
          <span data-retention={k}>{m('meta.days', { days: days[k] })}</span>,
          RETENTION_RULES[k].from[l],
          RETENTION_RULES[k].action[l],
        ])}
      />
      <h2 class="heading-m">{m('ropa.security')}</h2>
      <ul class="bullets">
        {SECURITY_MEASURES.map((s) => (
          <li key={s.en}>{s[l]}</li>
        ))}
      </ul>
      <h2 class="heading-m">{m('ropa.rights')}</h2>
      <p class="body">{m('ropa.rightsBody')}</p>
      <DataTable
        caption={m('ropa.rights')}
        head={[
          m('ropa.stats.kind'),
          m('ropa.stats.received'),
          m('ropa.stats.refused'),
          m('ropa.stats.late'),
        ]}
        empty=""
        rows={statistics.map((s) => [
          m(`req.kind.${s.kind}`),
          String(s.received),
          String(s.refused),
          String(s.late),
        ])}
      />
    </Layout>
  )
}
