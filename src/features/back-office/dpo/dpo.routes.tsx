import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify'
import { ConflictError } from '../../../platform/errors.js'
import { pageContext } from '../../../platform/http/page-context.js'
import { toFieldErrors } from '../../../platform/views/components.js'
import { authOf, badgeOf, type BackOfficeDeps, type Permission } from '../../officers/index.js'
import {
  currentPolicy,
  documentsOverview,
  PDPA_PATHS,
  publishDocument,
  publishPolicy,
  recordOutcome,
  requestQueue,
  viewRequestAsDpo,
} from '../../pdpa/index.js'
import { DocumentsPage } from './dpo-documents.views.js'
import { dpoMessages } from './dpo.messages.js'
import { parseDocument, parseOutcome, type Body } from './dpo.schema.js'
import { DpoRequestPage, QueuePage } from './dpo.views.js'

/**
 * The data-protection officer's pages in the back office: the request queue with deadlines,
 * each request and its outcome, and the publication of new notice versions. The back office's
 * guard finds the signed-in officer and checks the permission of the role table (dpo.requests,
 * dpo.documents: the data-protection officer's); the services check again.
 */
export async function dpoRoutes(
  app: FastifyInstance,
  opts: { deps: BackOfficeDeps; guard: (p?: Permission) => preHandlerAsyncHookHandler },
) {
  const { db } = opts.deps
  const pre = { preHandler: opts.guard('dpo.requests') }
  const publishing = { preHandler: opts.guard('dpo.documents') }

  app.get(PDPA_PATHS.dpoRequests, pre, async (request, reply) => {
    const queue = await requestQueue(db, authOf(request))
    return reply.page(
      <QueuePage ctx={pageContext(request, reply)} officer={badgeOf(request)} queue={queue} />,
    )
  })

  app.get<{ Params: { id: string } }>(PDPA_PATHS.dpoRequest(':id'), pre, async (request, reply) => {
    const view = await viewRequestAsDpo(db, authOf(request), request.params.id)
    return reply.page(
      <DpoRequestPage
        ctx={pageContext(request, reply, { forms: true })}
        officer={badgeOf(request)}
        request={view}
      />,
    )
  })

  app.post<{ Params: { id: string }; Body: Body }>(
    PDPA_PATHS.dpoOutcome(':id'),
    pre,
    async (request, reply) => {
      const parsed = parseOutcome(request.body)
      if (!parsed.ok) {
        const ctx = pageContext(request, reply, { forms: true })
        const view = await viewRequestAsDpo(db, authOf(request), request.params.id)
        return reply.page(
          <DpoRequestPage
            ctx={ctx}
            officer={badgeOf(request)}
            request={view}
            values={parsed.values}
            errors={toFieldErrors(parsed.problems, dpoMessages(ctx.locale))}
          />,
          400,
        )
      }
      await recordOutcome(db, authOf(request), request.params.id, parsed.value)
      return reply.redirect(PDPA_PATHS.dpoRequest(encodeURIComponent(request.params.id)), 303)
    },
  )

  app.get<{ Querystring: { published?: string } }>(
    PDPA_PATHS.dpoDocuments,
    publishing,
    async (request, reply) => {
      const documents = await documentsOverview(db, authOf(request))
      const m = /^(terms|privacy|policy)-(\d{1,6})$/.exec(request.query.published ?? '')
      const published =
        m?.[1] && m[2]
          ? { kind: m[1] as 'terms' | 'privacy' | 'policy', version: Number(m[2]) }
          : undefined
      return reply.page(
        <DocumentsPage
          ctx={pageContext(request, reply, { forms: true })}
          officer={badgeOf(request)}
          documents={documents}
          policy={await currentPolicy(db)}
          published={published}
        />,
      )
    },
  )

  app.post<{ Body: Body }>(PDPA_PATHS.dpoDocuments, publishing, async (request, reply) => {
    const ctx = pageContext(request, reply, { forms: true })
    const parsed = parseDocument(request.body)
    const again = async (errors: { field: string; message: string }[]) =>
      reply.page(
        <DocumentsPage
          ctx={ctx}
          officer={badgeOf(request)}
          documents={await documentsOverview(db, authOf(request))}
          policy={await currentPolicy(db)}
          values={parsed.values}
          errors={errors}
        />,
        400,
      )
    if (!parsed.ok) return again(toFieldErrors(parsed.problems, dpoMessages(ctx.locale)))
    try {
      const { kind, effectiveOn, ...text } = parsed.value
      const { version } =
        kind === 'policy'
          ? await publishPolicy(db, authOf(request), { ...text, effectiveOn: effectiveOn ?? '' })
          : await publishDocument(db, authOf(request), { kind, ...text })
      return reply.redirect(
        `${PDPA_PATHS.dpoDocuments}?published=${parsed.value.kind}-${version}`,
        303,
      )
    } catch (err) {
      if (err instanceof ConflictError)
        return again([{ field: 'kind', message: dpoMessages(ctx.locale)('docs.error.conflict') }])
      throw err
    }
  })
}
