import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { recordAudit } from '../../platform/audit.js'
import { refuseSkippedStep, refuseSubmit } from '../../platform/journey.js'
import { pageContext } from '../../platform/http/page-context.js'
import { toFieldErrors, type FieldError } from '../../platform/views/components.js'
import { findVerificationById, verificationPanel, type PurposeHandler } from '../identity/index.js'
import { directorName, readSnapshot } from '../registry-dbd/index.js'
import { parseCode } from '../contact/index.js'
import { currentDocuments } from '../documents/index.js'
import { ruleLabelFor } from '../receipts/index.js'
import { startApplication } from '../registrations/index.js'
import {
  findCompanyApplication,
  findSignedApplication,
  findSigner,
  findSignerByToken,
  listSigners,
  type CompanyApplicationRow,
  type SignerRow,
} from './company.repository.js'
import { parseContact, parseJuristicId, parseSigners, type FieldProblem } from './company.schema.js'
import {
  beginSignerVerification,
  confirmCompanyEmail,
  confirmPrecheck,
  enoughSigners,
  lookupCompany,
  onSignerFailed,
  onSignerVerified,
  precheck,
  resendCompanyCode,
  resendInvite,
  saveContact,
  saveSigners,
  signerChoice,
  type CompanyDeps,
} from './company.service.js'
import {
  decideCompanyApplication,
  NotReadyError,
  submitCompany,
  sweepCompanyApplications,
} from './company.submit.js'
import {
  CheckPage,
  clauseInWords,
  CompanyMessagePage,
  CompanyPage,
  ConfirmEmailPage,
  ContactPage,
  DonePage,
  RulesPage,
  SignersPage,
  SignPage,
  StartPage,
  StatusPage,
  UnavailablePage,
  VerifyPage,
  type SignedDescription,
  type SignerView,
} from './company.views.js'
import { canOpen, PATHS, type Step } from './journey.js'
import { companyMessages } from './messages.js'

declare module 'fastify' {
  interface Session {
    /** The company application this browser is filling in. */
    companyApplicationId?: string
    /** The signer (the applicant, or an invited director) this browser verifies. */
    signerId?: string
  }
}

type Body = Record<string, unknown>

function signerViews(signers: SignerRow[]): SignerView[] {
  return signers.map((s) => ({
    id: s.id,
    name: s.director_name ?? '',
    status: s.status,
    initiator: s.initiator,
    email: s.email,
    expiresAt: s.invite_expires_at,
    basis: s.match_basis,
  }))
}

/** Another kind of application directors sign (a grant of authority), plugged in by its feature. */
export interface SignedKind {
  /** What an invited director is asked to confirm. */
  describe(applicationId: string, locale: 'th' | 'en'): Promise<SignedDescription | undefined>
  /** After a director verified: moves the application on once its signers are complete. */
  progress(applicationId: string, requestId: string | null): Promise<void>
}

/** The company-signer purpose of an identity verification. */
export function companySignerPurpose(
  deps: CompanyDeps,
  kinds: { authority?: SignedKind } = {},
): PurposeHandler {
  return {
    onVerified: (trx, ctx) => onSignerVerified(deps, trx, ctx),
    onFailed: (db, v) => onSignerFailed(db, v),
    afterVerified: async (request, _reply, row) => {
      const signerId = request.session.get('signerId')
      const signer = signerId ? await findSigner(deps.db, signerId) : undefined
      if (signer?.initiator && signer.verification_id === row.id) {
        // A new session id once the person is verified: a session fixed before is useless now.
        await request.session.regenerate(['companyApplicationId', 'signerId'])
        return PATHS.step('signers')
      }
      // The last director to verify may complete the application: decide it now.
      if (row.application_id) {
        try {
          const a = await findSignedApplication(deps.db, row.application_id)
          if (a?.kind === 'authority') await kinds.authority?.progress(a.id, request.id)
          else await decideCompanyApplication(deps, row.application_id, request.id)
        } catch (err) {
          request.log.error({ err }, 'deciding after a director verified failed; the sweep retries')
        }
      }
      return PATHS.signer
    },
    pageUrl: PATHS.signer,
  }
}

/** The company registration journey, and the invited directors' pages. */
export async function companyRoutes(
  app: FastifyInstance,
  opts: { deps: CompanyDeps; sweepIntervalMs?: number; kinds?: { authority?: SignedKind } },
): Promise<void> {
  const deps = opts.deps

  // The applications' clock (expiry, reminders, decisions nobody was there to trigger).
  if (opts.sweepIntervalMs) {
    const every = opts.sweepIntervalMs
    let timer: NodeJS.Timeout | undefined
    let running: Promise<unknown> = Promise.resolve()
    app.addHook('onReady', async () => {
      timer = setInterval(() => {
        running = sweepCompanyApplications(deps).catch((err: unknown) =>
          app.log.error({ err }, 'company applications sweep failed'),
        )
      }, every)
      timer.unref()
    })
    app.addHook('onClose', async () => {
      clearInterval(timer)
      await running
    })
  }

  async function guard(
    request: FastifyRequest,
    reply: FastifyReply,
    step: Step,
  ): Promise<CompanyApplicationRow | undefined> {
    const id = request.session.get('companyApplicationId')
    const application = id ? await findCompanyApplication(deps.db, id) : undefined
    if (!application || application.status === 'superseded') {
      const ctx = pageContext(request, reply)
      const m = companyMessages(ctx.locale)
      await reply.page(
        <CompanyMessagePage ctx={ctx} title={m('start.title')} body={m('session.noApplication')} />,
      )
      return undefined
    }
    if (application.status !== 'draft') {
      await reply.redirect(PATHS.status, 303)
      return undefined
    }
    if (!canOpen(application.step, step)) {
      await refuseSkippedStep(deps.db, request, reply, {
        applicationId: application.id,
        wanted: step,
        allowed: application.step,
        allowedPath: PATHS.step(application.step as Step),
      })
      return undefined
    }
    return application
  }

  const errors = (request: FastifyRequest, problems: FieldProblem[]): FieldError[] =>
    toFieldErrors(problems, companyMessages(request.locale))

  async function companyName(a: CompanyApplicationRow): Promise<string> {
    const snap = a.dbd_snapshot_id
      ? await readSnapshot(deps.db, deps.crypto, a.dbd_snapshot_id)
      : undefined
    return snap?.company.nameTh ?? a.juristic_id ?? ''
  }

  // 1. Start: who can use it, accept the documents.
  app.get(PATHS.start, async (request, reply) => {
    const ctx = pageContext(request, reply, { forms: true })
    return reply.page(<StartPage ctx={ctx} documents={await currentDocuments(deps.db)} />)
  })
  app.post<{ Body: Body }>(PATHS.start, async (request, reply) => {
    if (request.body?.accept !== 'yes') {
      const ctx = pageContext(request, reply, { forms: true })
      const m = companyMessages(ctx.locale)
      return reply.page(
        <StartPage
          ctx={ctx}
          documents={await currentDocuments(deps.db)}
          errors={[{ field: 'accept', message: m('error.acceptRequired') }]}
        />,
        400,
      )
    }
    const id = await startApplication(deps, {
      locale: request.locale,
      requestId: request.id,
      kind: 'company',
      step: 'company',
    })
    request.session.set('companyApplicationId', id)
    request.session.set('signerId', undefined)
    return reply.redirect(PATHS.step('company'), 303)
  })

  // 2. The juristic ID and what DBD says.
  app.get(PATHS.step('company'), async (request, reply) => {
    const a = await guard(request, reply, 'company')
    if (!a) return reply
    const ctx = pageContext(request, reply, { forms: true })
    const found = a.dbd_snapshot_id ? await precheck(deps, a) : undefined
    return reply.page(
      <CompanyPage
        ctx={ctx}
        value={a.juristic_id ?? ''}
        found={found}
        source={deps.registry.source}
      />,
    )
  })
  app.post<{ Body: Body }>(PATHS.step('company'), async (request, reply) => {
    const a = await guard(request, reply, 'company')
    if (!a) return reply
    const parsed = parseJuristicId(request.body ?? {})
    if (!parsed.ok)
      return reply.page(
        <CompanyPage
          ctx={pageContext(request, reply, { forms: true })}
          value={parsed.values.juristicId ?? ''}
          errors={errors(request, parsed.problems)}
          source={deps.registry.source}
        />,
        400,
      )
    if ((await lookupCompany(deps, a, parsed.value, request.id)) === 'unavailable')
      return reply.page(<UnavailablePage ctx={pageContext(request, reply)} />, 503)
    return reply.redirect(PATHS.step('company'), 303)
  })
  app.post(`${PATHS.step('company')}/confirm`, async (request, reply) => {
    const a = await guard(request, reply, 'company')
    if (!a) return reply
    const p = await confirmPrecheck(deps, a, request.id)
    return reply.redirect(PATHS.step(p.problems.length === 0 ? 'verify' : 'company'), 303)
  })

  // 3. The applicant verifies; the bank's answer says which director they are.
  app.get<{ Querystring: { waiting?: string } }>(PATHS.step('verify'), async (request, reply) => {
    const a = await guard(request, reply, 'verify')
    if (!a) return reply
    const signers = await listSigners(deps.db, a.id)
    const me = signers.find((s) => s.initiator)
    if (me?.status === 'verified') return reply.redirect(PATHS.step('signers'), 303)
    const v = me?.verification_id
      ? await findVerificationById(deps.db, me.verification_id)
      : undefined
    const ctx = pageContext(request, reply, { forms: true })
    const name = await companyName(a)
    if (
      (v?.status === 'pending' || v?.status === 'authenticated') &&
      request.session.get('verificationHandle') === v.handle
    ) {
      const panel = await verificationPanel(deps.publicBaseUrl, v, {
        emailed: false,
        notYet: request.query.waiting === '1',
      })
      return reply.page(<VerifyPage ctx={ctx} companyName={name} panel={panel} />)
    }
    const failure = v?.status === 'failed' && v.failure ? v.failure : undefined
    return reply.page(<VerifyPage ctx={ctx} companyName={name} failure={failure} />)
  })
  app.post(PATHS.verifyStart, async (request, reply) => {
    const a = await guard(request, reply, 'verify')
    if (!a) return reply
    const v = await beginSignerVerification(deps, {
      applicationId: a.id,
      signerId: null,
      requestId: request.id,
    })
    if (v === 'too-many')
      return reply.page(
        <VerifyPage
          ctx={pageContext(request, reply, { forms: true })}
          companyName={await companyName(a)}
          failure="too_many"
        />,
        429,
      )
    request.session.set('verificationHandle', v.handle)
    request.session.set('signerId', v.signerId)
    request.session.touch()
    return reply.redirect(PATHS.step('verify'), 303)
  })

  // 4. The directors who sign with the applicant.
  async function renderSigners(
    request: FastifyRequest,
    reply: FastifyReply,
    a: CompanyApplicationRow,
    values?: Record<string, string>,
    problems: FieldProblem[] = [],
    status = 200,
  ) {
    const choice = await signerChoice(deps, a)
    if (!choice) return reply.redirect(PATHS.step('verify'), 303)
    const ctx = pageContext(request, reply, { forms: true })
    const m = companyMessages(ctx.locale)
    const current: Record<string, string> = values ?? {}
    if (!values)
      for (const s of choice.signers)
        if (!s.initiator && s.director_index !== null) {
          current[`director-${s.director_index}`] = 'yes'
          current[`email-${s.director_index}`] = s.email ?? ''
        }
    return reply.page(
      <SignersPage
        ctx={ctx}
        you={choice.initiator.director_name ?? ''}
        clause={clauseInWords(m, choice.rule, choice.company)}
        offered={choice.offered.map((index) => {
          const d = choice.company.directors[index]
          return { index, name: d ? directorName(d) : '' }
        })}
        values={current}
        aloneIsEnough={enoughSigners(choice, [])}
        errors={errors(request, problems)}
      />,
      status,
    )
  }
  app.get(PATHS.step('signers'), async (request, reply) => {
    const a = await guard(request, reply, 'signers')
    if (!a) return reply
    return renderSigners(request, reply, a)
  })
  app.post<{ Body: Body }>(PATHS.step('signers'), async (request, reply) => {
    const a = await guard(request, reply, 'signers')
    if (!a) return reply
    const choice = await signerChoice(deps, a)
    if (!choice) return reply.redirect(PATHS.step('verify'), 303)
    const m = companyMessages(request.locale)
    const parsed = parseSigners(request.body ?? {}, choice.offered)
    if (!parsed.ok) return renderSigners(request, reply, a, parsed.values, parsed.problems, 400)
    if (
      !enoughSigners(
        choice,
        parsed.value.map((c) => c.directorIndex),
      )
    ) {
      const values: Record<string, string> = {}
      for (const [k, v] of Object.entries(request.body ?? {}))
        if (typeof v === 'string' && k.startsWith('email-')) values[k] = v
      for (const c of parsed.value) values[`director-${c.directorIndex}`] = 'yes'
      return renderSigners(
        request,
        reply,
        a,
        values,
        [
          {
            field: 'directors',
            key: 'error.signers.notEnough',
            params: { words: clauseInWords(m, choice.rule, choice.company) },
          },
        ],
        400,
      )
    }
    if ((await saveSigners(deps, a, choice, parsed.value, request.id)) === 'in-progress')
      return renderSigners(
        request,
        reply,
        a,
        undefined,
        [{ field: 'directors', key: 'error.signers.inProgress' }],
        409,
      )
    return reply.redirect(PATHS.step('contact'), 303)
  })

  // 5. Contact and branch, then the e-mail code.
  app.get(PATHS.step('contact'), async (request, reply) => {
    const a = await guard(request, reply, 'contact')
    if (!a) return reply
    return reply.page(
      <ContactPage
        ctx={pageContext(request, reply, { forms: true })}
        values={{
          contactName: a.contact_name ?? '',
          email: a.email ?? '',
          phone: a.mobile ?? '',
          branchCode: a.branch_code ?? '00000',
        }}
      />,
    )
  })
  app.post<{ Body: Body }>(PATHS.step('contact'), async (request, reply) => {
    const a = await guard(request, reply, 'contact')
    if (!a) return reply
    const parsed = parseContact(request.body ?? {})
    if (!parsed.ok)
      return reply.page(
        <ContactPage
          ctx={pageContext(request, reply, { forms: true })}
          values={{
            contactName: parsed.values.contactName ?? '',
            email: parsed.values.email ?? '',
            phone: parsed.values.phone ?? '',
            branchCode: parsed.values.branchCode ?? '',
          }}
          errors={errors(request, parsed.problems)}
        />,
        400,
      )
    return reply.redirect(PATHS.step(await saveContact(deps, a, parsed.value, request.id)), 303)
  })
  app.get<{ Querystring: { resent?: string } }>(
    PATHS.step('confirm-email'),
    async (request, reply) => {
      const a = await guard(request, reply, 'confirm-email')
      if (!a) return reply
      return reply.page(
        <ConfirmEmailPage
          ctx={pageContext(request, reply, { forms: true })}
          email={a.email ?? ''}
          resent={request.query.resent === '1'}
          errors={
            a.email_code_hash === null && !a.email_confirmed_at
              ? errors(request, [{ field: 'code', key: 'error.code.tooMany' }])
              : []
          }
        />,
      )
    },
  )
  app.post<{ Body: Body }>(PATHS.step('confirm-email'), async (request, reply) => {
    const a = await guard(request, reply, 'confirm-email')
    if (!a) return reply
    const parsed = parseCode(request.body ?? {})
    let problems: FieldProblem[] = parsed.ok
      ? []
      : parsed.problems.map((p) => ({ ...p, key: p.key as FieldProblem['key'] }))
    if (parsed.ok) {
      const result = await confirmCompanyEmail(deps, a, parsed.value, request.id)
      if (result.ok) return reply.redirect(PATHS.step('check'), 303)
      problems = [
        { field: 'code', key: `error.code.${result.reason}`, params: { left: result.left } },
      ]
    }
    return reply.page(
      <ConfirmEmailPage
        ctx={pageContext(request, reply, { forms: true })}
        email={a.email ?? ''}
        errors={errors(request, problems)}
      />,
      400,
    )
  })
  app.post(PATHS.resendCode, async (request, reply) => {
    const a = await guard(request, reply, 'confirm-email')
    if (!a) return reply
    if ((await resendCompanyCode(deps, a)) === 'too-many')
      return reply.page(
        <ConfirmEmailPage
          ctx={pageContext(request, reply, { forms: true })}
          email={a.email ?? ''}
          errors={errors(request, [{ field: 'code', key: 'error.code.tooMany' }])}
        />,
        429,
      )
    return reply.redirect(`${PATHS.step('confirm-email')}?resent=1`, 303)
  })

  // 6. Check your answers, then apply.
  app.get(PATHS.step('check'), async (request, reply) => {
    const a = await guard(request, reply, 'check')
    if (!a) return reply
    const snap = a.dbd_snapshot_id
      ? await readSnapshot(deps.db, deps.crypto, a.dbd_snapshot_id)
      : undefined
    if (!snap) return reply.redirect(PATHS.step('company'), 303)
    return reply.page(
      <CheckPage
        ctx={pageContext(request, reply, { forms: true })}
        company={snap.company}
        signers={signerViews(await listSigners(deps.db, a.id))}
        contact={{
          name: a.contact_name ?? '',
          email: a.email ?? '',
          phone: a.mobile ?? '',
          branch: a.branch_code ?? '',
        }}
        submitKey={a.submit_key ?? ''}
      />,
    )
  })
  app.post<{ Body: Body }>(PATHS.submit, async (request, reply) => {
    const id = request.session.get('companyApplicationId')
    const a = id ? await findCompanyApplication(deps.db, id) : undefined
    if (!a) return reply.redirect(PATHS.start, 303)
    const key = typeof request.body?.submitKey === 'string' ? request.body.submitKey : ''
    try {
      const result = await submitCompany(deps, a, key, request.id)
      if (result.status === 'unavailable')
        return reply.page(<UnavailablePage ctx={pageContext(request, reply)} />, 503)
      return reply.redirect(result.status === 'decided' ? PATHS.done : PATHS.status, 303)
    } catch (err) {
      if (!(err instanceof NotReadyError)) throw err
      await refuseSubmit(deps.db, request, reply, {
        applicationId: a.id,
        reason: err.message,
        path: a.status === 'draft' ? PATHS.step(a.step as Step) : PATHS.status,
        toDraft: a.status === 'draft',
      })
      return reply
    }
  })

  // The application's status: who has verified, who is pending.
  app.get<{ Querystring: { resent?: string } }>(PATHS.status, async (request, reply) => {
    const id = request.session.get('companyApplicationId')
    let a = id ? await findCompanyApplication(deps.db, id) : undefined
    const ctx = pageContext(request, reply, { forms: true })
    const m = companyMessages(ctx.locale)
    if (!a)
      return reply.page(
        <CompanyMessagePage
          ctx={ctx}
          title={m('status.title')}
          body={m('session.noApplication')}
        />,
      )
    if (a.status === 'submitted') {
      await decideCompanyApplication(deps, a.id, request.id)
      a = (await findCompanyApplication(deps.db, a.id)) ?? a
    }
    const signers = await listSigners(deps.db, a.id)
    const resent = signers.find((s) => s.id === request.query.resent)
    return reply.page(
      <StatusPage
        ctx={ctx}
        reference={a.reference}
        companyName={await companyName(a)}
        status={a.status}
        signers={signerViews(signers)}
        resent={resent?.director_name ?? undefined}
      />,
    )
  })
  app.post<{ Body: Body }>(PATHS.resendInvite, async (request, reply) => {
    const id = request.session.get('companyApplicationId')
    const signerId = typeof request.body?.signer === 'string' ? request.body.signer : ''
    const signer =
      signerId && /^[0-9a-f-]{36}$/.test(signerId) ? await findSigner(deps.db, signerId) : undefined
    // Only the applicant's own application: another's signer is "not found".
    if (!id || !signer || signer.application_id !== id) return reply.redirect(PATHS.status, 303)
    const result = await resendInvite(deps, signer.id, request.id)
    return reply.redirect(
      result === 'sent' ? `${PATHS.status}?resent=${signer.id}` : PATHS.status,
      303,
    )
  })

  app.get(PATHS.done, async (request, reply) => {
    const id = request.session.get('companyApplicationId')
    const a = id ? await findCompanyApplication(deps.db, id) : undefined
    const decision = a
      ? await deps.db
          .selectFrom('decisions')
          .selectAll()
          .where('application_id', '=', a.id)
          .executeTakeFirst()
      : undefined
    if (!a || !decision) return reply.redirect(a ? PATHS.status : PATHS.start, 303)
    const ctx = pageContext(request, reply)
    return reply.page(
      <DonePage
        ctx={ctx}
        outcome={decision.outcome}
        companyName={await companyName(a)}
        juristicId={a.juristic_id ?? ''}
        reference={a.reference}
        receiptUrl={decision.receipt_id ? `/verify/${decision.receipt_id}` : null}
        results={decision.results}
        ruleLabel={ruleLabelFor(ctx.locale)}
      />,
    )
  })

  // --- An invited director -------------------------------------------------------------

  /** Shows the right page for an invitation that cannot be used (any more). */
  async function unusable(
    request: FastifyRequest,
    reply: FastifyReply,
    signer: SignerRow | undefined,
    token: string,
  ): Promise<boolean> {
    const ctx = pageContext(request, reply, { forms: true })
    const m = companyMessages(ctx.locale)
    if (!signer) {
      await recordAudit(deps.db, {
        actorType: 'anonymous',
        action: 'company.invite_link_refused',
        outcome: 'refused',
        requestId: request.id,
      })
      await reply.page(
        <CompanyMessagePage ctx={ctx} title={m('sign.invalidTitle')} body={m('sign.invalid')} />,
        404,
      )
      return true
    }
    const a = await findSignedApplication(deps.db, signer.application_id)
    if (signer.status === 'verified') {
      request.session.set('signerId', signer.id)
      await reply.redirect(PATHS.signer, 303)
      return true
    }
    if (!a || !['draft', 'submitted'].includes(a.status) || signer.status === 'withdrawn') {
      await reply.page(
        <CompanyMessagePage ctx={ctx} title={m('sign.closedTitle')} body={m('sign.closed')} />,
        410,
      )
      return true
    }
    if (
      signer.status === 'expired' ||
      (signer.invite_expires_at && signer.invite_expires_at.getTime() <= Date.now())
    ) {
      await reply.page(
        <CompanyMessagePage
          ctx={ctx}
          title={m('sign.expiredTitle')}
          body={m('sign.expired')}
          action={{ href: PATHS.renew(token), label: m('sign.renew') }}
        />,
        410,
      )
      return true
    }
    return false
  }

  async function renderSign(
    request: FastifyRequest,
    reply: FastifyReply,
    signer: SignerRow,
    action: string,
  ) {
    const a = await findSignedApplication(deps.db, signer.application_id)
    const described =
      a?.kind === 'authority'
        ? await opts.kinds?.authority?.describe(a.id, request.locale)
        : undefined
    const ctx = pageContext(request, reply, { forms: true })
    const row = signer.verification_id
      ? await findVerificationById(deps.db, signer.verification_id)
      : undefined
    const mine = row !== undefined && request.session.get('verificationHandle') === row.handle
    const panel =
      mine && (row.status === 'pending' || row.status === 'authenticated')
        ? await verificationPanel(deps.publicBaseUrl, row, { emailed: false, notYet: false })
        : undefined
    const failure = mine && row.status === 'failed' && row.failure ? row.failure : undefined
    return reply.page(
      <SignPage
        ctx={ctx}
        companyName={a ? await companyName(a) : ''}
        juristicId={a?.juristic_id ?? ''}
        director={signer.director_name ?? ''}
        contact={a?.contact_name ?? ''}
        expiresAt={signer.invite_expires_at}
        action={action}
        panel={panel}
        failure={failure}
        described={described}
      />,
    )
  }

  app.get<{ Params: { token: string } }>(PATHS.sign(':token'), async (request, reply) => {
    const signer = await findSignerByToken(deps.db, request.params.token)
    if (await unusable(request, reply, signer, request.params.token)) return reply
    return renderSign(request, reply, signer as SignerRow, PATHS.sign(request.params.token))
  })
  app.post<{ Params: { token: string } }>(PATHS.sign(':token'), async (request, reply) => {
    const signer = await findSignerByToken(deps.db, request.params.token)
    if (await unusable(request, reply, signer, request.params.token)) return reply
    const s = signer as SignerRow
    const v = await beginSignerVerification(deps, {
      applicationId: s.application_id,
      signerId: s.id,
      requestId: request.id,
    })
    if (v === 'too-many') return renderSign(request, reply, s, PATHS.sign(request.params.token))
    request.session.set('signerId', s.id)
    request.session.set('verificationHandle', v.handle)
    request.session.touch()
    return reply.redirect(PATHS.signer, 303)
  })
  app.post<{ Params: { token: string } }>(PATHS.renew(':token'), async (request, reply) => {
    const signer = await findSignerByToken(deps.db, request.params.token)
    const ctx = pageContext(request, reply)
    const m = companyMessages(ctx.locale)
    if (!signer)
      return reply.page(
        <CompanyMessagePage ctx={ctx} title={m('sign.invalidTitle')} body={m('sign.invalid')} />,
        404,
      )
    const result = await resendInvite(deps, signer.id, request.id)
    const body =
      result === 'sent'
        ? m('sign.renewed')
        : result === 'limit'
          ? m('sign.renewLimit')
          : m('sign.closed')
    return reply.page(
      <CompanyMessagePage ctx={ctx} title={m('sign.expiredTitle')} body={body} />,
      result === 'sent' ? 200 : 409,
    )
  })

  // The invited director's own page once this browser knows them: progress, failure, thanks.
  app.get(PATHS.signer, async (request, reply) => {
    const signerId = request.session.get('signerId')
    const signer = signerId ? await findSigner(deps.db, signerId) : undefined
    const ctx = pageContext(request, reply, { forms: true })
    const m = companyMessages(ctx.locale)
    if (!signer)
      return reply.page(
        <CompanyMessagePage ctx={ctx} title={m('sign.invalidTitle')} body={m('sign.invalid')} />,
        404,
      )
    if (signer.initiator) return reply.redirect(PATHS.step('verify'), 303)
    const a = await findSignedApplication(deps.db, signer.application_id)
    if (signer.status === 'verified')
      return reply.page(
        <CompanyMessagePage
          ctx={ctx}
          title={m('sign.doneTitle')}
          body={m('sign.done', {
            director: signer.director_name ?? '',
            company: a ? await companyName(a) : '',
          })}
        />,
      )
    return renderSign(request, reply, signer, PATHS.signer)
  })
  app.post(PATHS.signer, async (request, reply) => {
    const signerId = request.session.get('signerId')
    const signer = signerId ? await findSigner(deps.db, signerId) : undefined
    if (!signer || signer.initiator || signer.status !== 'invited')
      return reply.redirect(PATHS.signer, 303)
    if (signer.invite_expires_at && signer.invite_expires_at.getTime() <= Date.now())
      return reply.redirect(PATHS.signer, 303)
    const v = await beginSignerVerification(deps, {
      applicationId: signer.application_id,
      signerId: signer.id,
      requestId: request.id,
    })
    if (v !== 'too-many') {
      request.session.set('verificationHandle', v.handle)
      request.session.touch()
    }
    return reply.redirect(PATHS.signer, 303)
  })

  app.get(PATHS.rules, async (request, reply) => {
    const ctx = pageContext(request, reply)
    return reply.page(
      <RulesPage ctx={ctx} minimumIal={deps.idp.minimumIal} ruleLabel={ruleLabelFor(ctx.locale)} />,
    )
  })
}
