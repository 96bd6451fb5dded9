import type { ComponentChildren } from 'preact'
import type { FastifyReply, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import { recordAudit } from '../../../platform/audit.js'
import type { DB } from '../../../platform/db/schema.js'
import { pageContext } from '../../../platform/http/page-context.js'
import type { PiiCrypto } from '../../../platform/pii-crypto.js'
import { maskThaiId } from '../../../platform/thai-id.js'
import type { PageContext } from '../../../platform/views/context.js'
import { Layout } from '../../../platform/views/layout.js'
import { PDPA_PATHS, pendingDocuments } from '../../pdpa/index.js'
import { findRegistration, type RegistrationRow } from './contact.repository.js'
import { contactChangeMessages } from './messages.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The signed-in person and the registration they may change, and as whom. */
export interface Owner {
  personId: string
  registration: RegistrationRow
  /** The 13-digit registration number (a person's national ID, a company's juristic ID). */
  number: string
  /** 'company' when a director acting for the company changes the company's registration. */
  as: 'self' | 'company'
  /** Where the registrant came from: their account, or the company page. */
  backHref: string
}

export function MessagePage({
  ctx,
  title,
  body,
}: {
  ctx: PageContext
  title: string
  body: ComponentChildren
}) {
  return (
    <Layout ctx={ctx} title={title}>
      <h1 class="heading-l">{title}</h1>
      <p class="body" data-refused>
        {body}
      </p>
      <p class="body">
        <a href="/account">{contactChangeMessages(ctx.locale)('back')}</a>
      </p>
    </Layout>
  )
}

/**
 * The registration in the URL when the signed-in person may change it: their own, or their
 * company's while they act for it as a director (checked against DBD when they began to act).
 * Anyone else's id — or an unknown one, answered the same — is refused and audited; a
 * registration that has ended cannot be changed. Otherwise the reply is sent and undefined
 * returned.
 */
export async function ownerOf(
  deps: { db: Kysely<DB>; crypto: PiiCrypto },
  request: FastifyRequest,
  reply: FastifyReply,
  what: 'contact' | 'refresh',
): Promise<Owner | undefined> {
  const personId = request.session.get('personId')
  if (!personId) {
    await reply.redirect('/account/sign-in', 303)
    return undefined
  }
  if ((await pendingDocuments(deps.db, personId)).length > 0) {
    await reply.redirect(PDPA_PATHS.acknowledge, 303)
    return undefined
  }
  const id = (request.params as { id?: string }).id ?? ''
  const r = UUID.test(id) ? await findRegistration(deps.db, id) : undefined
  const acting = request.session.get('acting')
  const own = r?.person_id != null && r.person_id === personId
  const forCompany =
    r?.juristic_person_id != null &&
    acting?.role === 'director' &&
    acting.juristicPersonId === r.juristic_person_id
  if (!r || (!own && !forCompany)) {
    await recordAudit(deps.db, {
      actorType: 'registrant',
      actorId: personId,
      action: `lifecycle.${what}_refused`,
      subjectType: 'registration',
      subjectId: r ? r.id : 'unknown',
      outcome: 'refused',
      requestId: request.id,
      data: { reason: r ? 'not_owner' : 'unknown_registration' },
    })
    const ctx = pageContext(request, reply, { status: 403 })
    const m = contactChangeMessages(ctx.locale)
    await reply.page(
      <MessagePage ctx={ctx} title={m('refused.title')} body={m('refused.body')} />,
      403,
    )
    return undefined
  }
  if (r.status === 'CANCELLED' || r.status === 'EXPIRED') {
    const ctx = pageContext(request, reply, { status: 409 })
    const m = contactChangeMessages(ctx.locale)
    await reply.page(<MessagePage ctx={ctx} title={m('ended.title')} body={m('ended.body')} />, 409)
    return undefined
  }
  const number =
    r.juristic_id ??
    (r.national_id_enc && r.national_id_enc_key_id
      ? deps.crypto.decrypt({ keyId: r.national_id_enc_key_id, blob: r.national_id_enc })
      : '')
  return {
    personId,
    registration: r,
    number,
    as: own ? 'self' : 'company',
    backHref: own ? '/account' : '/account/company/view',
  }
}

/** The registration number as the pages show it: masked (x-xxxx-xxxxx-12-3). */
export function maskedNumber(owner: Owner): string {
  return owner.number.length === 13 ? maskThaiId(owner.number) : owner.number
}
