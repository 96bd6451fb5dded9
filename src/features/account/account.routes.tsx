import type { FastifyInstance } from 'fastify'
import QRCode from 'qrcode'
import { recordAudit } from '../../platform/audit.js'
import { pageContext } from '../../platform/http/page-context.js'
import { recordJourneyEvent } from '../../platform/journey.js'
import { formatDateTime } from '../../platform/time.js'
import { enqueueMail } from '../mail/index.js'
import { PDPA_PATHS, pendingDocuments } from '../pdpa/index.js'
import { accountMessages } from './messages.js'
import {
  findVerificationByHandle,
  IDENTITY_PATHS,
  startVerification,
  type PurposeHandler,
  type VerificationDeps,
} from '../identity/index.js'
import { AccountPage, SignInPage } from './account.views.js'

declare module 'fastify' {
  interface Session {
    /** The registrant signed in to this session. */
    personId?: string
  }
}

/** The sign-in purpose: only a person with a registration can sign in. */
export function signInPurpose(): PurposeHandler {
  return {
    async onVerified(trx, ctx) {
      // A registrant, a director who signed a company's registration, or a holder of authority.
      const reg =
        (await trx
          .selectFrom('registrations')
          .select(['email'])
          .where('person_id', '=', ctx.personId)
          .orderBy('created_at', 'desc')
          .executeTakeFirst()) ??
        (await trx
          .selectFrom('application_signers as s')
          .innerJoin('applications as a', 'a.id', 's.application_id')
          .innerJoin('registrations as r', 'r.application_id', 'a.id')
          .select(['r.email'])
          .where('s.person_id', '=', ctx.personId)
          .where('s.status', '=', 'verified')
          .orderBy('r.created_at', 'desc')
          .executeTakeFirst()) ??
        (await trx
          .selectFrom('authority_grants')
          .select(['grantee_email as email'])
          .where('grantee_person_id', '=', ctx.personId)
          .where('status', '=', 'active')
          .orderBy('created_at', 'desc')
          .executeTakeFirst())
      if (!reg) return 'not_registered'
      await recordAudit(trx, {
        actorType: 'registrant',
        actorId: ctx.personId,
        action: 'account.signed_in',
        subjectType: 'person',
        subjectId: ctx.personId,
      })
      // Every sign-in is told to the registration's address: a sign-in nobody expected is seen.
      const now = new Date()
      const th = accountMessages('th')('mail.signInBody', { time: formatDateTime(now, 'th') })
      const en = accountMessages('en')('mail.signInBody', { time: formatDateTime(now, 'en') })
      await enqueueMail(trx, {
        to: reg.email,
        subject: accountMessages('th')('mail.signInSubject'),
        text: `${th}\n\n${en}`,
      })
      return undefined
    },
    async afterVerified(request, _reply, verification) {
      // A new session id at sign-in: a session fixed before sign-in is useless afterwards.
      await request.session.regenerate()
      request.session.set('personId', verification.person_id ?? undefined)
      return '/account'
    },
    pageUrl: '/account/sign-in',
  }
}

/** Sign-in through the bank and the registrant's status page. */
export async function accountRoutes(
  app: FastifyInstance,
  opts: { deps: VerificationDeps; publicBaseUrl: string },
): Promise<void> {
  const { deps } = opts

  app.get('/account/sign-in', async (request, reply) => {
    const ctx = pageContext(request, reply, { forms: true })
    const handle = request.session.get('verificationHandle')
    const v = handle ? await findVerificationByHandle(deps.db, handle) : undefined
    if (v && v.purpose === 'sign-in' && (v.status === 'pending' || v.status === 'authenticated')) {
      const goUrl = `${opts.publicBaseUrl}${IDENTITY_PATHS.go(v.handle)}`
      const qrDataUrl = await QRCode.toDataURL(goUrl, { margin: 1, width: 220 })
      return reply.page(
        <SignInPage
          ctx={ctx}
          panel={{
            goUrl,
            qrDataUrl,
            handle: v.handle,
            expiresAt: v.expires_at,
            emailed: false,
            bindingCode: v.binding_code ?? '',
          }}
        />,
      )
    }
    const failure =
      v && v.purpose === 'sign-in' && v.status === 'failed' && v.failure ? v.failure : undefined
    return reply.page(<SignInPage ctx={ctx} failure={failure} />)
  })

  app.post('/account/sign-in', async (request, reply) => {
    const v = await deps.db.transaction().execute(async (trx) => {
      const started = await startVerification(trx, deps, {
        purpose: 'sign-in',
        applicationId: null,
      })
      await recordJourneyEvent(trx, { journeyId: started.id, kind: 'sign-in', event: 'started' })
      return started
    })
    request.session.set('verificationHandle', v.handle)
    return reply.redirect('/account/sign-in', 303)
  })

  app.get('/account', async (request, reply) => {
    const personId = request.session.get('personId')
    if (!personId) return reply.redirect('/account/sign-in', 303)
    // A new version of the Terms or the privacy notice is acknowledged before anything else.
    if ((await pendingDocuments(deps.db, personId)).length > 0)
      return reply.redirect(PDPA_PATHS.acknowledge, 303)
    // One statement (one pool connection): the person, their newest profile, their registrations.
    const rows = await deps.db
      .selectFrom('natural_persons as p')
      .leftJoinLateral(
        (eb) =>
          eb
            .selectFrom('person_profiles')
            .select(['title_th', 'first_name_th', 'last_name_th'])
            .whereRef('person_id', '=', 'p.id')
            .orderBy('effective_from', 'desc')
            .limit(1)
            .as('pp'),
        (join) => join.onTrue(),
      )
      .leftJoin('registrations as r', 'r.person_id', 'p.id')
      .leftJoin('decisions as d', 'd.id', 'r.decision_id')
      .select([
        'p.national_id_enc',
        'p.national_id_enc_key_id',
        'pp.title_th',
        'pp.first_name_th',
        'pp.last_name_th',
        'r.id',
        'r.kind',
        'r.status',
        'r.valid_from',
        'r.last_activity_at',
        'r.created_at',
        'd.receipt_id',
      ])
      .where('p.id', '=', personId)
      .orderBy('r.created_at', 'desc')
      .execute()
    const first = rows[0]
    if (!first) return reply.redirect('/account/sign-in', 303)
    const nationalId = deps.crypto.decrypt({
      keyId: first.national_id_enc_key_id,
      blob: first.national_id_enc,
    })
    const name = first.first_name_th
      ? `${first.title_th ?? ''}${first.first_name_th} ${first.last_name_th ?? ''}`
      : ''
    const registrations = rows.flatMap((r) =>
      r.id && r.kind && r.status && r.valid_from && r.last_activity_at
        ? [
            {
              id: r.id,
              number: nationalId,
              kind: r.kind,
              status: r.status,
              validFrom: r.valid_from,
              lastActivity: r.last_activity_at,
              receiptId: r.receipt_id,
            },
          ]
        : [],
    )
    return reply.page(
      <AccountPage
        ctx={pageContext(request, reply, { forms: true })}
        name={name}
        registrations={registrations}
      />,
    )
  })

  app.post('/account/sign-out', async (request, reply) => {
    const personId = request.session.get('personId')
    if (personId) {
      await recordAudit(deps.db, {
        actorType: 'registrant',
        actorId: personId,
        action: 'account.signed_out',
        subjectType: 'person',
        subjectId: personId,
        requestId: request.id,
      })
    }
    await request.session.destroy()
    return reply.redirect('/', 303)
  })
}
