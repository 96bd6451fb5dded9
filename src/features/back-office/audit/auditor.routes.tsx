import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify'
import type { TrustedKeys } from '../../audit-trail/index.js'
import { pageContext } from '../../../platform/http/page-context.js'
import { businessDate } from '../../../platform/time.js'
import { toFieldErrors } from '../../../platform/views/components.js'
import { authOf, type BackOfficeDeps, badgeOf, type Permission } from '../../officers/index.js'
import { auditorMessages } from './auditor.messages.js'
import { parseAuditQuery } from './auditor.schema.js'
import {
  exportAuditEvents,
  latestHeads,
  searchAuditEvents,
  verifyTrail,
} from './auditor.service.js'
import { AuditVerifyPage } from './audit-verify.views.js'
import { AuditEventsPage } from './auditor.views.js'
import { OFFICER_PATHS } from '../paths.js'
import type { Body } from '../form.js'

/**
 * The auditor's pages, read only: events filtered and exported as CSV, and the verification of
 * the trail. Every view, export and verification is itself recorded in the trail.
 */
export async function auditorRoutes(
  app: FastifyInstance,
  opts: {
    deps: BackOfficeDeps
    guard: (p?: Permission) => preHandlerAsyncHookHandler
    /** The audit signing keys from the configuration: the only keys verification trusts. */
    auditKeys: TrustedKeys
  },
) {
  const { deps, guard, auditKeys } = opts

  app.get<{ Querystring: Body }>(
    OFFICER_PATHS.auditEvents,
    { preHandler: guard('audit.events') },
    async (request, reply) => {
      const ctx = pageContext(request, reply, { forms: true })
      const parsed = parseAuditQuery(request.query)
      if (!parsed.ok)
        return reply.page(
          <AuditEventsPage
            ctx={ctx}
            officer={badgeOf(request)}
            values={parsed.values}
            errors={toFieldErrors(parsed.problems, auditorMessages(ctx.locale))}
          />,
          400,
        )
      const page = await searchAuditEvents(deps, authOf(request), parsed.value)
      return reply.page(
        <AuditEventsPage
          ctx={ctx}
          officer={badgeOf(request)}
          values={parsed.values}
          page={page}
          paged={parsed.value.before !== undefined}
        />,
      )
    },
  )

  app.get<{ Querystring: Body }>(
    OFFICER_PATHS.auditExport,
    { preHandler: guard('audit.events') },
    async (request, reply) => {
      const parsed = parseAuditQuery(request.query)
      // A filter that does not parse is shown with its messages on the page.
      if (!parsed.ok) {
        const ctx = pageContext(request, reply, { forms: true })
        return reply.page(
          <AuditEventsPage
            ctx={ctx}
            officer={badgeOf(request)}
            values={parsed.values}
            errors={toFieldErrors(parsed.problems, auditorMessages(ctx.locale))}
          />,
          400,
        )
      }
      const csv = await exportAuditEvents(deps, authOf(request), parsed.value.filter, (err) =>
        request.log.error({ err }, 'audit export failed part way'),
      )
      return reply
        .type('text/csv; charset=utf-8')
        .header(
          'content-disposition',
          `attachment; filename="audit-events-${businessDate(new Date())}.csv"`,
        )
        .header('cache-control', 'no-store')
        .send(csv)
    },
  )

  app.get(
    OFFICER_PATHS.auditVerify,
    { preHandler: guard('audit.verify') },
    async (request, reply) => {
      const heads = await latestHeads(deps, authOf(request))
      return reply.page(
        <AuditVerifyPage
          ctx={pageContext(request, reply, { forms: true })}
          officer={badgeOf(request)}
          view={{ report: null, heads }}
        />,
      )
    },
  )

  // Verification reads the whole trail: it runs when asked, never on a plain visit.
  app.post(
    OFFICER_PATHS.auditVerify,
    { preHandler: guard('audit.verify') },
    async (request, reply) => {
      const view = await verifyTrail(deps, authOf(request), auditKeys)
      return reply.page(
        <AuditVerifyPage
          ctx={pageContext(request, reply, { forms: true })}
          officer={badgeOf(request)}
          view={view}
        />,
      )
    },
  )
}
