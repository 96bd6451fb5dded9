import type { PageContext } from '../../platform/views/context.js'
import { SummaryList } from '../../platform/views/components.js'
import { Layout } from '../../platform/views/layout.js'
import { formatDateTime, formatNumber } from '../../platform/time.js'
import type { PublicAuditJwk } from './audit.checkpoint.js'
import type { AuditTranslate } from './audit.messages.js'
import type { PublishedCheckpoint } from './audit.service.js'

/** The checkpoints routes, in one place. */
export const AUDIT_PATHS = {
  checkpoints: '/audit/checkpoints',
  json: '/audit/checkpoints.json',
  css: '/audit/checkpoints.css',
} as const

interface ViewProps {
  ctx: PageContext
  m: AuditTranslate
}

function Hash({ value }: { value: string }) {
  return <span class="audit-hash">{value}</span>
}

function CheckpointEntry({ ctx, m, c }: ViewProps & { c: PublishedCheckpoint }) {
  const titleId = `checkpoint-${c.number}`
  const sealedAt = new Date(c.sealedAt)
  return (
    <section class="audit-checkpoint" aria-labelledby={titleId}>
      <h3 class="heading-m" id={titleId}>
        {m('checkpoint.title', { n: formatNumber(c.number, ctx.locale) })}
      </h3>
      <SummaryList
        rows={[
          {
            key: m('field.range'),
            value: m('field.rangeValue', {
              first: formatNumber(c.firstSeq, ctx.locale),
              last: formatNumber(c.lastSeq, ctx.locale),
            }),
          },
          { key: m('field.count'), value: formatNumber(c.count, ctx.locale) },
          {
            key: m('field.sealedAt'),
            value: Number.isNaN(sealedAt.getTime()) ? (
              c.sealedAt
            ) : (
              <time dateTime={c.sealedAt}>{formatDateTime(sealedAt, ctx.locale)}</time>
            ),
          },
          { key: m('field.hash'), value: <Hash value={c.hash} /> },
          {
            key: m('field.prev'),
            value: c.prev === null ? m('field.prevNone') : <Hash value={c.prev} />,
          },
          { key: m('field.root'), value: <Hash value={c.root} /> },
          { key: m('field.keyId'), value: <span class="reference">{c.keyId ?? '–'}</span> },
        ]}
      />
      <details>
        <summary>{m('field.jws')}</summary>
        <pre class="audit-code">
          <code>{c.jws}</code>
        </pre>
      </details>
    </section>
  )
}

/** The public page of the latest signed checkpoints and the key that checks them. */
export function CheckpointsPage({
  ctx,
  m,
  checkpoints,
  olderUrl,
  newestUrl,
  publicJwk,
  publicPem,
}: ViewProps & {
  checkpoints: PublishedCheckpoint[]
  olderUrl?: string
  newestUrl?: string
  publicJwk: PublicAuditJwk
  publicPem: string
}) {
  return (
    <Layout ctx={ctx} title={m('title')}>
      <link rel="stylesheet" href={AUDIT_PATHS.css} />
      <h1 class="heading-l">{m('title')}</h1>
      <p class="lead">{m('lead')}</p>
      <p class="body">{m('how')}</p>
      <p class="body">{m('why')}</p>

      <h2 class="heading-m">{m('list.title')}</h2>
      {checkpoints.length === 0 ? (
        <p class="body">{m('list.none')}</p>
      ) : (
        checkpoints.map((c) => <CheckpointEntry key={c.number} ctx={ctx} m={m} c={c} />)
      )}
      {(olderUrl !== undefined || newestUrl !== undefined) && (
        <ul class="inline-list">
          {olderUrl !== undefined && (
            <li>
              <a href={olderUrl}>{m('older')}</a>
            </li>
          )}
          {newestUrl !== undefined && (
            <li>
              <a href={newestUrl}>{m('newest')}</a>
            </li>
          )}
        </ul>
      )}

      <h2 class="heading-m">{m('key.title')}</h2>
      <p class="body">{m('key.body', { kid: publicJwk.kid })}</p>
      <h3 class="heading-m" id="key-jwk">
        {m('key.jwk')}
      </h3>
      <pre class="audit-code">
        <code>{JSON.stringify(publicJwk, null, 2)}</code>
      </pre>
      <h3 class="heading-m" id="key-pem">
        {m('key.pem')}
      </h3>
      <pre class="audit-code">
        <code>{publicPem.trim()}</code>
      </pre>

      <h2 class="heading-m">{m('export.title')}</h2>
      <p class="body">
        <a href={AUDIT_PATHS.json}>{m('export.link')}</a>
      </p>
      <p class="body">{m('export.body')}</p>
    </Layout>
  )
}
