import type { FastifyReply, FastifyRequest } from 'fastify'
import { recordAudit } from '../../../platform/audit.js'
import type { FeatureDeps } from '../../../platform/feature-deps.js'
import { pageContext } from '../../../platform/http/page-context.js'
import { latestProfile, nationalIdOf } from '../../identity/index.js'
import type { ReceiptSigner } from '../../receipts/index.js'
import type { Registry } from '../../registry-dbd/index.js'
import { ChangeMessagePage } from './change-message.views.js'
import { changeMessages } from './messages.js'
import { registrationForChange, type ChangeRegistration } from './owner.repository.js'

/** What the self-service changes need: the common adapters, the receipt signer and DBD. */
export interface ChangeDeps extends FeatureDeps {
  signer: ReceiptSigner
  registry: Registry
  /** The bank's lowest assurance the portal accepts (IDP_MINIMUM_IAL). */
  minimumIal: number
}

/** Who acts on a registration: its person, or a director acting for its company. */
export interface Owner {
  personId: string
  registration: ChangeRegistration
  /** The registration's number in full: for masking on receipts, never shown or logged. */
  number: string
  /** The company this director acts for, as checked against DBD when they chose it. */
  company?: { juristicId: string; name: string }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/**
 * The signed-in person and the registration they may change, or a reply already sent: sign
 * in first; a registration that is not theirs (or not theirs to act for) is not found, and the
 * attempt is audited.
 */
export async function ownerOf(
  deps: ChangeDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  id: string,
): Promise<Owner | undefined> {
  const personId = request.session.get('personId')
  if (!personId) {
    await reply.redirect('/account/sign-in', 303)
    return undefined
  }
  const reg = UUID.test(id) ? await registrationForChange(deps.db, id) : undefined
  const acting = request.session.get('acting')
  if (reg?.registrant_type === 'person' && reg.person_id === personId && reg.national_id_enc)
    return {
      personId,
      registration: reg,
      number: deps.crypto.decrypt({
        keyId: reg.national_id_enc_key_id ?? '',
        blob: reg.national_id_enc,
      }),
    }
  if (
    reg?.registrant_type === 'company' &&
    reg.juristic_id &&
    acting?.role === 'director' &&
    acting.juristicPersonId === reg.juristic_person_id
  )
    return {
      personId,
      registration: reg,
      number: reg.juristic_id,
      company: { juristicId: reg.juristic_id, name: acting.companyName },
    }
  await recordAudit(deps.db, {
    actorType: 'registrant',
    actorId: personId,
    action: 'registration.change_refused',
    subjectType: 'registration',
    subjectId: reg?.id ?? null,
    outcome: 'refused',
    requestId: request.id,
    data: { path: request.routeOptions.url ?? '', reason: reg ? 'not_owner' : 'not_found' },
  })
  const ctx = pageContext(request, reply, { status: 404 })
  const m = changeMessages(ctx.locale)
  await reply.page(
    <ChangeMessagePage ctx={ctx} title={m('notYours.title')} body={m('notYours.body')} />,
    404,
  )
  return undefined
}

/** Who a person is to the bank now: the national ID and the Thai name DBD matching needs. */
export async function personIdentity(deps: ChangeDeps, personId: string) {
  const profile = await latestProfile(deps.db, personId)
  return {
    nationalId: await nationalIdOf(deps.db, deps.crypto, personId),
    firstNameTh: profile?.first_name_th ?? '',
    middleNameTh: profile?.middle_name_th ?? null,
    lastNameTh: profile?.last_name_th ?? '',
  }
}
