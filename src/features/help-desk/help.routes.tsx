import multipart from '@fastify/multipart'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { recordAudit } from '../../platform/audit.js'
import { ConflictError, NotFoundError } from '../../platform/errors.js'
import { pageContext } from '../../platform/http/page-context.js'
import { toFieldErrors } from '../../platform/views/components.js'
import { MAX_ATTACHMENT_BYTES, readAttachment } from './attachments.js'
import { contactPage } from './contact.service.js'
import type { HelpDeskDeps } from './deps.js'
import {
  checkFollowCode,
  checkLink,
  checkPhrase,
  reporterClose,
  reporterReply,
  reporterView,
  requestFollowCode,
  findByReference,
} from './follow.service.js'
import { CodePage, FollowPage, TicketPage } from './follow.views.js'
import {
  parseCodeForm,
  parseFollowForm,
  parseHelpForm,
  parseOrigin,
  parseReplyForm,
  TICKET_CATEGORIES,
  type Body,
} from './help.schema.js'
import { ContactPage, HelpFormPage, SentPage } from './help.views.js'
import { helpMessages } from './messages.js'
import { HELP_PATHS } from './paths.js'
import { openTicket } from './tickets.service.js'
import type { TicketRow } from './tickets.repository.js'

declare module 'fastify' {
  interface Session {
    /** Tickets this browser has shown it may follow (a code, a signed link or the phrase). */
    helpdeskTickets?: string[]
    /** The ticket just sent, shown once on the confirmation page (the phrase only there). */
    helpdeskSent?: { reference: string; phrase?: string; emailed: boolean }
  }
}

/** The browser may follow this ticket: granted in the session, or the signed-in registrant's own. */
function mayFollow(request: FastifyRequest, t: TicketRow): boolean {
  const granted = request.session.get('helpdeskTickets') ?? []
  if (granted.includes(t.id)) return true
  const person = request.session.get('personId')
  return person !== undefined && t.person_id === person
}

function grant(request: FastifyRequest, ticketId: string) {
  const granted = request.session.get('helpdeskTickets') ?? []
  if (!granted.includes(ticketId))
    request.session.set('helpdeskTickets', [...granted, ticketId].slice(-20))
}

/** The ticket of a reference in the path, if this browser may follow it; else "not found". */
async function followed(
  deps: HelpDeskDeps,
  request: FastifyRequest<{ Params: { reference: string } }>,
) {
  const t = await findByReference(deps, request.params.reference)
  if (!t || !mayFollow(request, t)) throw new NotFoundError()
  return t
}

/** The citizen's pages: contact, the help form, following a ticket. */
export async function helpRoutes(app: FastifyInstance, opts: { deps: HelpDeskDeps }) {
  const { deps } = opts
  // Multipart for the help form only (this plugin's scope): one file, a few small fields.
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    throwFileSizeLimit: false,
    limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 12, fieldSize: 30_000, parts: 14 },
    async onFile(part) {
      const data = await part.toBuffer()
      ;(part as unknown as { value: unknown }).value = {
        fileName: part.filename,
        data,
        truncated: part.file.truncated,
      }
    },
  })

  app.get(HELP_PATHS.contact, async (request, reply) => {
    const c = await contactPage(deps.db)
    return reply.page(
      <ContactPage ctx={pageContext(request, reply)} content={c.content} updatedAt={c.createdAt} />,
    )
  })

  app.get<{ Querystring: { step?: string; ref?: string } }>(
    HELP_PATHS.newTicket,
    async (request, reply) =>
      reply.page(
        <HelpFormPage
          ctx={pageContext(request, reply, { forms: true })}
          origin={parseOrigin(request.query)}
        />,
      ),
  )

  app.post<{ Body: Body }>(HELP_PATHS.newTicket, async (request, reply) => {
    const parsed = parseHelpForm(request.body)
    if (!parsed.ok) {
      // A category outside the radios' choices was not chosen in the page: recorded as tampering.
      const category = parsed.values.category ?? ''
      if (category && !(TICKET_CATEGORIES as readonly string[]).includes(category))
        await recordAudit(deps.db, {
          actorType: 'anonymous',
          action: 'helpdesk.form_tampered',
          outcome: 'refused',
          requestId: request.id,
          data: { field: 'category' },
        })
      const ctx = pageContext(request, reply, { forms: true })
      return reply.page(
        <HelpFormPage
          ctx={ctx}
          origin={parseOrigin({ step: parsed.values.step, ref: parsed.values.ref })}
          values={parsed.values}
          errors={toFieldErrors(parsed.problems, helpMessages(ctx.locale))}
        />,
        400,
      )
    }
    const personId = request.session.get('personId')
    const opened = await openTicket(deps, parsed.value, {
      ...(personId ? { personId } : {}),
      locale: request.locale,
      requestId: request.id,
    })
    grant(request, opened.id)
    request.session.set('helpdeskSent', {
      reference: opened.reference,
      ...(opened.phrase ? { phrase: opened.phrase } : {}),
      emailed: parsed.value.email !== undefined,
    })
    return reply.redirect(HELP_PATHS.sent, 303)
  })

  app.get(HELP_PATHS.sent, async (request, reply) => {
    const sent = request.session.get('helpdeskSent')
    if (!sent) return reply.redirect(HELP_PATHS.follow, 303)
    request.session.set('helpdeskSent', undefined)
    return reply.page(<SentPage ctx={pageContext(request, reply)} {...sent} />)
  })

  app.get(HELP_PATHS.follow, async (request, reply) =>
    reply.page(<FollowPage ctx={pageContext(request, reply, { forms: true })} />),
  )

  app.post<{ Body: Body }>(HELP_PATHS.follow, async (request, reply) => {
    const ctx = pageContext(request, reply, { forms: true })
    const m = helpMessages(ctx.locale)
    const parsed = parseFollowForm(request.body)
    if (!parsed.ok)
      return reply.page(
        <FollowPage ctx={ctx} values={parsed.values} errors={toFieldErrors(parsed.problems, m)} />,
        400,
      )
    const f = parsed.value
    if ('phrase' in f) {
      const id = await checkPhrase(deps, f.reference, f.phrase)
      if (!id)
        return reply.page(
          <FollowPage
            ctx={ctx}
            values={parsed.values}
            errors={[{ field: 'phrase', message: m('error.phrase') }]}
          />,
          400,
        )
      grant(request, id)
      return reply.redirect(HELP_PATHS.ticket(f.reference), 303)
    }
    await requestFollowCode(deps, f.reference, f.email)
    return reply.page(<CodePage ctx={ctx} reference={f.reference} />)
  })

  app.post<{ Body: Body }>(HELP_PATHS.followCode, async (request, reply) => {
    const parsed = parseCodeForm(request.body)
    const id = parsed.ok
      ? await checkFollowCode(deps, parsed.value.reference, parsed.value.code)
      : undefined
    if (!parsed.ok || !id) {
      const ctx = pageContext(request, reply, { forms: true })
      return reply.page(
        <CodePage
          ctx={ctx}
          reference={parsed.ok ? parsed.value.reference : (parsed.values.reference ?? '')}
          errors={[{ field: 'code', message: helpMessages(ctx.locale)('error.code') }]}
        />,
        400,
      )
    }
    grant(request, id)
    return reply.redirect(HELP_PATHS.ticket(parsed.value.reference), 303)
  })

  app.get<{ Params: { reference: string; signature: string } }>(
    HELP_PATHS.link(':reference', ':signature'),
    async (request, reply) => {
      const id = await checkLink(deps, request.params.reference, request.params.signature)
      if (!id) throw new NotFoundError()
      grant(request, id)
      return reply.redirect(HELP_PATHS.ticket(request.params.reference), 303)
    },
  )

  const showTicket = async (
    request: FastifyRequest<{ Params: { reference: string } }>,
    reply: FastifyReply,
    t: TicketRow,
    invalid?: { values: Record<string, string>; problems: Parameters<typeof toFieldErrors>[0] },
  ) => {
    const ctx = pageContext(request, reply, { forms: true })
    const view = await reporterView(deps, t.id)
    return reply.page(
      <TicketPage
        ctx={ctx}
        view={view}
        {...(invalid
          ? {
              values: invalid.values,
              errors: toFieldErrors(invalid.problems, (k) =>
                helpMessages(ctx.locale)(k as 'error.message'),
              ),
            }
          : {})}
      />,
      invalid ? 400 : 200,
    )
  }

  app.get<{ Params: { reference: string } }>(
    HELP_PATHS.ticket(':reference'),
    async (request, reply) => showTicket(request, reply, await followed(deps, request)),
  )

  app.post<{ Params: { reference: string }; Body: Body }>(
    HELP_PATHS.reply(':reference'),
    async (request, reply) => {
      const t = await followed(deps, request)
      const parsed = parseReplyForm(request.body)
      if (!parsed.ok) return showTicket(request, reply, t, parsed)
      await reporterReply(deps, t.id, parsed.value.message, request.id).catch((err: unknown) => {
        if (!(err instanceof ConflictError)) throw err
      })
      return reply.redirect(HELP_PATHS.ticket(t.reference), 303)
    },
  )

  app.post<{ Params: { reference: string } }>(
    HELP_PATHS.close(':reference'),
    async (request, reply) => {
      const t = await followed(deps, request)
      if (t.status !== 'closed') await reporterClose(deps, t.id, request.id)
      return reply.redirect(HELP_PATHS.ticket(t.reference), 303)
    },
  )

  app.get<{ Params: { reference: string; id: string } }>(
    HELP_PATHS.attachment(':reference', ':id'),
    async (request, reply) => {
      const t = await followed(deps, request)
      const view = await reporterView(deps, t.id)
      const a = view.attachments.find((x) => x.id === request.params.id)
      if (!a) throw new NotFoundError()
      return reply
        .type(a.content_type)
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="${encodeURIComponent(a.file_name)}"`)
        .send(await readAttachment(deps.dataDir, a.id))
    },
  )
}
