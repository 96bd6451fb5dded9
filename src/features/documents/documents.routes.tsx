import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { NotFoundError } from '../../platform/errors.js'
import { pageContext } from '../../platform/http/page-context.js'
import { formatDate } from '../../platform/time.js'
import { Layout } from '../../platform/views/layout.js'
import { findCurrentDocument, type DocumentKind } from './documents.repository.js'
import { documentMessages } from './messages.js'
import { listVersions } from './versions.repository.js'

/** The public pages of the published documents (the risk report links the policy's). */
export const DOCUMENT_PAGES = {
  terms: '/terms',
  privacy: '/privacy',
  policy: '/data-protection-policy',
} as const

/** The current Terms and Conditions, privacy notice and data-protection policy, as public pages. */
export async function documentRoutes(
  app: FastifyInstance,
  opts: { db: Kysely<DB> },
): Promise<void> {
  for (const kind of ['terms', 'privacy'] as DocumentKind[]) {
    app.get(`/${kind}`, async (request, reply) => {
      const doc = await findCurrentDocument(opts.db, kind)
      if (!doc) throw new NotFoundError()
      const ctx = pageContext(request, reply)
      const th = ctx.locale === 'th'
      const title = th ? doc.title_th : doc.title_en
      return reply.page(
        <Layout ctx={ctx} title={title}>
          <h1 class="heading-l">{title}</h1>
          <p class="hint">
            {ctx.t('document.version', {
              version: doc.version,
              date: formatDate(doc.published_at, ctx.locale),
            })}
          </p>
          {(th ? doc.body_th : doc.body_en).split('\n').map((para, i) =>
            para.trim() === '' ? null : (
              <p class="body" key={i}>
                {para}
              </p>
            ),
          )}
        </Layout>,
      )
    })
  }
  app.get(DOCUMENT_PAGES.policy, async (request, reply) => {
    const [doc] = await listVersions(opts.db, 'policy')
    const ctx = pageContext(request, reply)
    const m = documentMessages(ctx.locale)
    if (!doc) {
      return reply.page(
        <Layout ctx={ctx} title={m('policy.title')}>
          <h1 class="heading-l">{m('policy.title')}</h1>
          <p class="body">{m('policy.none')}</p>
        </Layout>,
      )
    }
    const th = ctx.locale === 'th'
    const title = th ? doc.title_th : doc.title_en
    return reply.page(
      <Layout ctx={ctx} title={title}>
        <h1 class="heading-l">{title}</h1>
        <p class="hint">
          {m('policy.meta', {
            version: doc.version,
            effective: doc.effective_on ? formatDate(doc.effective_on, ctx.locale) : '',
            published: formatDate(doc.published_at, ctx.locale),
          })}
        </p>
        {(th ? doc.body_th : doc.body_en).split('\n').map((para, i) =>
          para.trim() === '' ? null : (
            <p class="body" key={i}>
              {para}
            </p>
          ),
        )}
        <p class="hint">
          {m('policy.hash')}: <code>{doc.content_sha256}</code>
        </p>
      </Layout>,
    )
  })
}
