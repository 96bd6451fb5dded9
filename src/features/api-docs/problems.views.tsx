import { PROBLEM_BASE, PROBLEM_KINDS, type ProblemKind } from '../lifecycle/index.js'
import { SummaryList } from '../../platform/views/components.js'
import type { PageContext } from '../../platform/views/context.js'
import { Layout } from '../../platform/views/layout.js'
import { apiDocsMessages } from './messages.js'
import { API_DOCS_PATHS } from './paths.js'

const FIELDS = ['type', 'title', 'status', 'detail', 'instance', 'errors'] as const

/** The problem types of the portal's APIs: the page each problem's `type` URI leads to. */
export function ProblemsPage({ ctx, publicBaseUrl }: { ctx: PageContext; publicBaseUrl: string }) {
  const m = apiDocsMessages(ctx.locale)
  const kinds = Object.keys(PROBLEM_KINDS) as ProblemKind[]
  return (
    <Layout ctx={ctx} title={m('title')}>
      <h1 class="heading-l">{m('title')}</h1>
      <p class="body">{m('lead')}</p>
      <p class="body">
        {m('openapi')} <a href={API_DOCS_PATHS.openapi}>{m('openapiLink')}</a>
      </p>
      <h2 class="heading-m">{m('fields.title')}</h2>
      <SummaryList
        rows={FIELDS.map((field) => ({
          key: field,
          value: m(field === 'title' ? 'fields.title.field' : `fields.${field}`),
        }))}
      />
      <h2 class="heading-m">{m('kinds.title')}</h2>
      {kinds.map((kind) => (
        <section id={kind} key={kind} aria-labelledby={`${kind}-title`}>
          <h3 class="heading-m" id={`${kind}-title`}>
            {m(`kind.${kind}.title`)}
          </h3>
          <SummaryList
            rows={[
              {
                key: m('kind.uri'),
                value: <code>{`${publicBaseUrl}${PROBLEM_BASE}${kind}`}</code>,
              },
              { key: m('kind.status'), value: String(PROBLEM_KINDS[kind]) },
              { key: m('kind.meaning'), value: m(`kind.${kind}.meaning`) },
            ]}
          />
        </section>
      ))}
    </Layout>
  )
}
