import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { NotFoundError } from '../../platform/errors.js'
import { pageContext } from '../../platform/http/page-context.js'
import { formatDate } from '../../platform/time.js'
import { Layout } from '../../platform/views/layout.js'
import { findCurrentDocument, type DocumentKind } from './documents.repository.js'

/** The current Terms and Conditions and privacy notice, as public pages. */
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
}
