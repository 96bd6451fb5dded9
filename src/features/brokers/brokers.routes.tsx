import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { LicenceRegistryConfig } from '../../config.js'
import { recordAudit } from '../../platform/audit.js'
import type { FeatureDeps } from '../../platform/feature-deps.js'
import { formText, type FormBody } from '../../platform/form.js'
import { pageContext } from '../../platform/http/page-context.js'
import { randomToken } from '../../platform/ids.js'
import { maskThaiId } from '../../platform/thai-id.js'
import { nationalIdOf } from '../identity/index.js'
import { PDPA_PATHS, pendingDocuments } from '../pdpa/index.js'
import { ruleLabelFor, type ReceiptSigner } from '../receipts/index.js'
import { ApplyPage, CannotApplyPage, NotFoundPage } from './apply.views.js'
import {
  applicantFor,
  applyForBroker,
  type Applicant,
  type BrokerDeps,
} from './application.service.js'
import { findDecision, liveBrokerOf } from './brokers.repository.js'
import { createLicenceRegistry, type LicenceRegistry } from './licence-registry/adapter.js'
import { DecisionPage } from './decision.views.js'
import { parseLicenceNumber } from './licence-number.js'
import { brokerMessages } from './messages.js'
import { BROKER_PATHS } from './paths.js'
import { BrokerRulesPage } from './rules.views.js'

type IdParams = { Params: { id: string } }
const SUBMIT_KEY = /^[A-Za-z0-9_-]{43}$/

/**
 * A customs-broker application on an ACTIVE importer/exporter registration: the form, the
 * automatic decision, its page, and the published rules. The app's hooks have already loaded
 * the session and checked the CSRF token of every POST.
 */
export async function brokerRoutes(
  app: FastifyInstance,
  opts: {
    deps: FeatureDeps
    signer: ReceiptSigner
    /** The licence registry's settings; tests may pass a registry of their own instead. */
    registry: LicenceRegistryConfig | LicenceRegistry
  },
): Promise<void> {
  const { db, crypto, clock } = opts.deps
  const deps: BrokerDeps = {
    db,
    crypto,
    clock,
    signer: opts.signer,
    licences:
      'check' in opts.registry
        ? opts.registry
        : createLicenceRegistry(opts.registry, () => clock.now()),
  }

  /** The applicant, or the reply already sent: sign-in, the notices to acknowledge, or 404. */
  async function applicant(
    request: FastifyRequest<IdParams>,
    reply: FastifyReply,
  ): Promise<Applicant | undefined> {
    const personId = request.session.get('personId')
    if (!personId) {
      await reply.redirect('/account/sign-in', 303)
      return undefined
    }
    if ((await pendingDocuments(db, personId)).length > 0) {
      await reply.redirect(PDPA_PATHS.acknowledge, 303)
      return undefined
    }
    const a = await applicantFor(db, request.params.id, {
      personId,
      acting: request.session.get('acting'),
    })
    if (a) return a
    // Someone else's registration, or an id made up: refused the same way, and recorded.
    await recordAudit(db, {
      actorType: 'registrant',
      actorId: personId,
      action: 'broker.tampered',
      subjectType: 'registration',
      subjectId: /^[0-9a-f-]{36}$/i.test(request.params.id) ? request.params.id : null,
      outcome: 'refused',
      requestId: request.id,
    })
    await reply.page(<NotFoundPage ctx={pageContext(request, reply, { status: 404 })} />, 404)
    return undefined
  }

  async function maskedNumberOf(a: Applicant): Promise<string> {
    const r = a.registration
    const id =
      r.registrant_type === 'company'
        ? (r.juristic_id ?? '')
        : await nationalIdOf(db, deps.crypto, r.person_id ?? '')
    return maskThaiId(id)
  }

  /** The form, or the page saying why there is none. */
  async function formPage(
    request: FastifyRequest<IdParams>,
    reply: FastifyReply,
    a: Applicant,
    form: { licence: string; submitKey: string; error?: string; status?: number },
  ) {
    const r = a.registration
    const company = r.registrant_type === 'company'
    const live = await liveBrokerOf(db, r)
    if (live && !form.error) {
      const ctx = pageContext(request, reply)
      return reply.page(
        <CannotApplyPage
          ctx={ctx}
          company={company}
          reason="already"
          live={{
            status: live.status,
            validUntil: live.valid_until,
            receiptId: live.latest_receipt_id,
          }}
        />,
      )
    }
    if ((r.kind !== 'importer_exporter' || r.status !== 'ACTIVE') && !form.error)
      return reply.page(
        <CannotApplyPage ctx={pageContext(request, reply)} company={company} reason="not_active" />,
      )
    const status = form.status ?? 200
    const ctx = pageContext(request, reply, { forms: true, status })
    return reply.page(
      <ApplyPage
        ctx={ctx}
        registrationId={r.id}
        maskedNumber={await maskedNumberOf(a)}
        company={company}
        licence={form.licence}
        submitKey={form.submitKey}
        errors={form.error ? [{ field: 'licence', message: form.error }] : []}
      />,
      status,
    )
  }

  app.get<IdParams>(BROKER_PATHS.apply(':id'), async (request, reply) => {
    const a = await applicant(request, reply)
    if (!a) return reply
    return formPage(request, reply, a, { licence: '', submitKey: randomToken() })
  })

  app.post<IdParams>(BROKER_PATHS.apply(':id'), async (request, reply) => {
    const a = await applicant(request, reply)
    if (!a) return reply
    const body = (request.body ?? {}) as FormBody
    const typed = formText(body, 'licence')
    const submitKey = formText(body, 'submitKey')
    const m = brokerMessages(request.locale)
    if (!SUBMIT_KEY.test(submitKey)) {
      await recordAudit(db, {
        actorType: 'registrant',
        actorId: a.personId,
        action: 'broker.tampered',
        subjectType: 'registration',
        subjectId: a.registration.id,
        outcome: 'refused',
        requestId: request.id,
        data: { field: 'submitKey' },
      })
      return formPage(request, reply, a, {
        licence: typed,
        submitKey: randomToken(),
        error: m('error.expired'),
        status: 400,
      })
    }
    const parsed = parseLicenceNumber(typed)
    if (!parsed.ok)
      return formPage(request, reply, a, {
        licence: typed,
        submitKey,
        error: m(`error.licence.${parsed.problem}`),
        status: 400,
      })
    const result = await applyForBroker(deps, a, {
      licence: parsed.licence,
      submitKey,
      locale: request.locale,
      requestId: request.id,
    })
    if (result.status === 'unavailable')
      return formPage(request, reply, a, {
        licence: typed,
        submitKey,
        error: m('error.unavailable'),
        status: 503,
      })
    if (result.status === 'tampered') {
      await recordAudit(db, {
        actorType: 'registrant',
        actorId: a.personId,
        action: 'broker.tampered',
        subjectType: 'registration',
        subjectId: a.registration.id,
        outcome: 'refused',
        requestId: request.id,
        data: { field: 'submitKey', replayed: true },
      })
      return reply.page(<NotFoundPage ctx={pageContext(request, reply, { status: 404 })} />, 404)
    }
    return reply.redirect(BROKER_PATHS.decision(a.registration.id, result.decisionId), 303)
  })

  app.get<{ Params: { id: string; resultId: string } }>(
    BROKER_PATHS.decision(':id', ':resultId'),
    async (request, reply) => {
      const a = await applicant(request, reply)
      if (!a) return reply
      const d = /^[0-9a-f-]{36}$/i.test(request.params.resultId)
        ? await findDecision(db, { id: request.params.resultId })
        : undefined
      if (!d || d.base_registration_id !== a.registration.id)
        return reply.page(<NotFoundPage ctx={pageContext(request, reply, { status: 404 })} />, 404)
      const ctx = pageContext(request, reply)
      return reply.page(
        <DecisionPage
          ctx={ctx}
          registrationId={a.registration.id}
          company={a.registration.registrant_type === 'company'}
          d={{
            outcome: d.outcome,
            reference: d.reference,
            licence: d.licence_number,
            decidedAt: d.decided_at,
            results: d.results,
            receiptId: d.receipt_id,
            validFrom: d.valid_from,
            validUntil: d.valid_until,
          }}
          ruleLabel={ruleLabelFor(ctx.locale)}
        />,
      )
    },
  )

  app.get(BROKER_PATHS.rules, async (request, reply) => {
    const ctx = pageContext(request, reply)
    return reply.page(<BrokerRulesPage ctx={ctx} ruleLabel={ruleLabelFor(ctx.locale)} />)
  })
}
