import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { FormBody } from '../../../platform/form.js'
import { pageContext } from '../../../platform/http/page-context.js'
import type { Locale } from '../../../platform/time.js'
import { toFieldErrors, type FieldError } from '../../../platform/views/components.js'
import { areaChoice, areasForPostcode, mailingAddressText } from '../../address/index.js'
import { EmailCodePage, parseCode } from '../../contact/index.js'
import { latestProfile } from '../../identity/index.js'
import { REGISTRATION_PATHS } from '../../registration-actions/index.js'
import { maskedNumber, ownerOf, type Owner } from './access.js'
import { contactHistory, pendingEmailCode } from './contact.repository.js'
import { detailsValues, parseDetails, parseNewEmail, type DetailsValues } from './contact.schema.js'
import {
  confirmEmailChange,
  requestEmailChange,
  saveDetails,
  type ContactDeps,
} from './contact.service.js'
import { ContactPage, type ContactView, type Saved } from './contact.views.js'
import { mailingWords } from './history.views.js'
import { contactChangeMessages, type ContactChangeMessage } from './messages.js'

type WithId = { Params: { id: string } }

/** The values the form starts with: the registration's own. */
function currentValues(owner: Owner): DetailsValues {
  const m = owner.registration.mailing_address
  const other = m && m.kind === 'other' ? m : undefined
  return {
    mobile: owner.registration.mobile,
    mailingSame: other ? 'no' : 'yes',
    houseNo: other?.houseNo ?? '',
    moo: other?.moo ?? '',
    soi: other?.soi ?? '',
    road: other?.road ?? '',
    postcode: other?.postcode ?? '',
    area: other ? areaChoice(other) : '',
  }
}

/** Contact details of a registration (issue 23): e-mail with a code, mobile, mailing address. */
export async function contactRoutes(
  app: FastifyInstance,
  opts: { deps: ContactDeps },
): Promise<void> {
  const { deps } = opts

  async function view(owner: Owner, locale: Locale): Promise<ContactView> {
    const r = owner.registration
    const mailingText =
      r.registrant_type === 'person' && r.person_id
        ? mailingAddressText(
            r.mailing_address,
            (await latestProfile(deps.db, r.person_id))?.id_card_address ?? null,
            locale,
          )
        : mailingWords(r.mailing_address, 'company', locale)
    const history = (await contactHistory(deps.db, r.id)).map((h) => ({
      id: h.id,
      field: h.field,
      oldValue: h.old_value,
      newValue: h.new_value,
      changedAt: h.changed_at,
    }))
    return {
      action: REGISTRATION_PATHS.contact(r.id),
      backHref: owner.backHref,
      maskedNumber: maskedNumber(owner),
      registrant: r.registrant_type,
      email: r.email,
      mobile: r.mobile,
      mailingText,
      history,
    }
  }

  async function page(
    request: FastifyRequest,
    reply: FastifyReply,
    owner: Owner,
    p: { errors?: FieldError[]; email?: string; details?: DetailsValues; status?: number } = {},
  ) {
    const status = p.status ?? 200
    const ctx = pageContext(request, reply, { forms: true, status })
    const details = p.details ?? currentValues(owner)
    const areas = /^\d{5}$/.test(details.postcode) ? areasForPostcode(details.postcode) : []
    const savedQ = (request.query as { saved?: string }).saved
    const saved = ['email', 'details', 'none'].includes(savedQ ?? '')
      ? (savedQ as Saved)
      : undefined
    return reply.page(
      <ContactPage
        ctx={ctx}
        view={await view(owner, ctx.locale)}
        errors={p.errors ?? []}
        email={p.email ?? ''}
        details={details}
        areas={areas}
        saved={status === 200 ? saved : undefined}
      />,
      status,
    )
  }

  const errorsOf = (
    request: FastifyRequest,
    problems: {
      field: string
      key: ContactChangeMessage
      params?: Record<string, string | number>
    }[],
  ) => toFieldErrors(problems, contactChangeMessages(request.locale))

  const base = REGISTRATION_PATHS.contact(':id')

  app.get<WithId>(base, async (request, reply) => {
    const owner = await ownerOf(deps, request, reply, 'contact')
    if (!owner) return reply
    return page(request, reply, owner)
  })

  app.post<WithId>(base, async (request, reply) => {
    const owner = await ownerOf(deps, request, reply, 'contact')
    if (!owner) return reply
    const body = (request.body ?? {}) as FormBody
    if (body.action === 'find') return page(request, reply, owner, { details: detailsValues(body) })
    const parsed = parseDetails(body)
    if (!parsed.ok)
      return page(request, reply, owner, {
        errors: errorsOf(request, parsed.problems),
        details: detailsValues(body),
        status: 400,
      })
    const fields = await saveDetails(deps, owner, parsed.value, request.id)
    const saved = fields.length > 0 ? 'details' : 'none'
    return reply.redirect(
      `${REGISTRATION_PATHS.contact(owner.registration.id)}?saved=${saved}`,
      303,
    )
  })

  app.post<WithId>(`${base}/email`, async (request, reply) => {
    const owner = await ownerOf(deps, request, reply, 'contact')
    if (!owner) return reply
    const body = (request.body ?? {}) as FormBody
    const parsed = parseNewEmail(body)
    const typed = parsed.values?.email ?? ''
    if (!parsed.ok)
      return page(request, reply, owner, {
        errors: errorsOf(request, parsed.problems),
        email: typed,
        status: 400,
      })
    const sent = await requestEmailChange(deps, owner, parsed.value, request.id)
    if (sent !== 'sent') {
      const key = sent === 'same' ? 'error.email.same' : 'error.email.tooMany'
      return page(request, reply, owner, {
        errors: errorsOf(request, [{ field: 'email', key }]),
        email: typed,
        status: sent === 'same' ? 400 : 429,
      })
    }
    return reply.redirect(`${REGISTRATION_PATHS.contact(owner.registration.id)}/email/confirm`, 303)
  })

  async function codePage(
    request: FastifyRequest,
    reply: FastifyReply,
    owner: Owner,
    email: string,
    errors: FieldError[] = [],
    status = 200,
  ) {
    const ctx = pageContext(request, reply, { forms: true, status })
    const at = REGISTRATION_PATHS.contact(owner.registration.id)
    const resent = (request.query as { resent?: string }).resent === '1'
    return reply.page(
      <EmailCodePage
        ctx={ctx}
        email={email}
        errors={errors}
        resent={resent && errors.length === 0}
        m={contactChangeMessages(ctx.locale)}
        actions={{ confirm: `${at}/email/confirm`, resend: `${at}/email/resend`, change: at }}
      />,
      status,
    )
  }

  app.get<WithId>(`${base}/email/confirm`, async (request, reply) => {
    const owner = await ownerOf(deps, request, reply, 'contact')
    if (!owner) return reply
    const pending = await pendingEmailCode(deps.db, owner.registration.id, owner.personId)
    if (!pending) return reply.redirect(REGISTRATION_PATHS.contact(owner.registration.id), 303)
    return codePage(request, reply, owner, pending.new_email)
  })

  app.post<WithId>(`${base}/email/confirm`, async (request, reply) => {
    const owner = await ownerOf(deps, request, reply, 'contact')
    if (!owner) return reply
    const at = REGISTRATION_PATHS.contact(owner.registration.id)
    const pending = await pendingEmailCode(deps.db, owner.registration.id, owner.personId)
    if (!pending) return reply.redirect(at, 303)
    const parsed = parseCode((request.body ?? {}) as FormBody)
    if (!parsed.ok)
      return codePage(
        request,
        reply,
        owner,
        pending.new_email,
        errorsOf(request, parsed.problems),
        400,
      )
    const result = await confirmEmailChange(deps, owner, parsed.value, request.id)
    if (result.ok) return reply.redirect(`${at}?saved=email`, 303)
    if (result.reason === 'none') return reply.redirect(at, 303)
    const errors = errorsOf(request, [
      { field: 'code', key: `error.code.${result.reason}`, params: { left: result.left } },
    ])
    return codePage(request, reply, owner, pending.new_email, errors, 400)
  })

  app.post<WithId>(`${base}/email/resend`, async (request, reply) => {
    const owner = await ownerOf(deps, request, reply, 'contact')
    if (!owner) return reply
    const at = REGISTRATION_PATHS.contact(owner.registration.id)
    const pending = await pendingEmailCode(deps.db, owner.registration.id, owner.personId)
    if (!pending) return reply.redirect(at, 303)
    const sent = await requestEmailChange(deps, owner, pending.new_email, request.id)
    if (sent === 'too-many') {
      const errors = errorsOf(request, [{ field: 'code', key: 'error.email.tooMany' }])
      return codePage(request, reply, owner, pending.new_email, errors, 429)
    }
    return reply.redirect(`${at}/email/confirm?resent=1`, 303)
  })
}
