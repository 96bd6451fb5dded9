import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { pageContext } from '../../platform/http/page-context.js'
import { toFieldErrors } from '../../platform/views/components.js'
import { AcknowledgePage } from './acknowledge.views.js'
import { acknowledgeDocuments, pendingDocuments } from './documents.service.js'
import { exportDocument } from './export.js'
import { pdpaMessages } from './messages.js'
import { myData, recordExport } from './my-data.service.js'
import { statusHistoryOf } from './status-history.repository.js'
import { registrationChangesOf } from './registration-changes.repository.js'
import { MyDataPage, MyDataPrintPage } from './my-data.views.js'
import { PDPA_PATHS } from './paths.js'
import { parseRequestForm, type Body } from './pdpa.schema.js'
import type { PdpaDeps } from './deps.js'
import { lodgeRequest, ownRequest } from './requests.service.js'
import { RequestFormPage, RequestPage } from './requests.views.js'

const SIGN_IN = '/account/sign-in'

/** The signed-in registrant, or a redirect to sign in; every page here is theirs alone. */
async function registrant(request: FastifyRequest, reply: FastifyReply) {
  if (!request.session.get('personId')) return reply.redirect(SIGN_IN, 303)
}

function personOf(request: FastifyRequest): string {
  // The preHandler has redirected anyone without one.
  return request.session.get('personId') ?? ''
}

/** The registrant's "my data" page, its copies, their requests, and the acknowledgement. */
export async function registrantRoutes(app: FastifyInstance, opts: { deps: PdpaDeps }) {
  const { deps } = opts
  const { db } = deps
  const days = deps.pdpa.retentionDays
  const pre = { preHandler: registrant }

  app.get(PDPA_PATHS.myData, pre, async (request, reply) => {
    const data = await myData(deps, personOf(request))
    const history = await statusHistoryOf(db, personOf(request))
    return reply.page(
      <MyDataPage
        ctx={pageContext(request, reply, { forms: true })}
        data={data}
        days={days}
        statusHistory={history}
        changes={await registrationChangesOf(db, personOf(request))}
      />,
    )
  })

  app.get(PDPA_PATHS.exportJson, pre, async (request, reply) => {
    const personId = personOf(request)
    const data = await myData(deps, personId)
    await recordExport(db, personId, 'json', request.id)
    return reply
      .type('application/json; charset=utf-8')
      .header('cache-control', 'no-store')
      .header('content-disposition', 'attachment; filename="my-data.json"')
      .send(
        JSON.stringify(
          exportDocument(data, days, new Date(), {
            statusHistory: await statusHistoryOf(db, personId),
            changes: await registrationChangesOf(db, personId),
          }),
          null,
          2,
        ),
      )
  })

  app.get(PDPA_PATHS.print, pre, async (request, reply) => {
    const personId = personOf(request)
    const data = await myData(deps, personId)
    await recordExport(db, personId, 'print', request.id)
    return reply.page(
      <MyDataPrintPage
        ctx={pageContext(request, reply)}
        data={data}
        days={days}
        now={new Date()}
        statusHistory={await statusHistoryOf(db, personId)}
        changes={await registrationChangesOf(db, personId)}
      />,
    )
  })

  app.get(PDPA_PATHS.newRequest, pre, async (request, reply) =>
    reply.page(<RequestFormPage ctx={pageContext(request, reply, { forms: true })} />),
  )

  app.post<{ Body: Body }>(PDPA_PATHS.requests, pre, async (request, reply) => {
    const ctx = pageContext(request, reply, { forms: true })
    const parsed = parseRequestForm(request.body)
    if (!parsed.ok)
      return reply.page(
        <RequestFormPage
          ctx={ctx}
          values={parsed.values}
          errors={toFieldErrors(parsed.problems, pdpaMessages(ctx.locale))}
        />,
        400,
      )
    const lodged = await lodgeRequest(db, {
      personId: personOf(request),
      request: parsed.value,
      locale: ctx.locale,
      requestId: request.id,
      dpoEmail: deps.pdpa.dpoEmail,
    })
    return reply.redirect(`${PDPA_PATHS.request(lodged.id)}?lodged=1`, 303)
  })

  app.get<{ Params: { id: string }; Querystring: { lodged?: string } }>(
    PDPA_PATHS.request(':id'),
    pre,
    async (request, reply) => {
      const found = await ownRequest(db, personOf(request), request.params.id)
      return reply.page(
        <RequestPage
          ctx={pageContext(request, reply)}
          request={found}
          lodged={request.query.lodged === '1'}
        />,
      )
    },
  )

  app.get(PDPA_PATHS.acknowledge, pre, async (request, reply) => {
    const pending = await pendingDocuments(db, personOf(request))
    if (pending.length === 0) return reply.redirect('/account', 303)
    return reply.page(
      <AcknowledgePage ctx={pageContext(request, reply, { forms: true })} documents={pending} />,
    )
  })

  app.post<{ Body: Body }>(PDPA_PATHS.acknowledge, pre, async (request, reply) => {
    const personId = personOf(request)
    if (request.body?.acknowledge !== 'yes') {
      const ctx = pageContext(request, reply, { forms: true })
      const pending = await pendingDocuments(db, personId)
      if (pending.length === 0) return reply.redirect('/account', 303)
      return reply.page(
        <AcknowledgePage
          ctx={ctx}
          documents={pending}
          errors={[{ field: 'acknowledge', message: pdpaMessages(ctx.locale)('ack.error') }]}
        />,
        400,
      )
    }
    // Only the versions the page showed: one published since then is asked for next time.
    const shown = request.body.document
    const ids = (Array.isArray(shown) ? shown : [shown]).filter(
      (v): v is string => typeof v === 'string',
    )
    await acknowledgeDocuments(db, personId, ids, request.id)
    return reply.redirect('/account', 303)
  })
}
