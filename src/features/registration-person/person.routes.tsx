import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { recordAudit } from '../../platform/audit.js'
import { refuseSkippedStep, refuseSubmit } from '../../platform/journey.js'
import { pageContext } from '../../platform/http/page-context.js'
import { toFieldErrors, type FieldError } from '../../platform/views/components.js'
import { NotReadyError } from '../../platform/errors.js'
import { areasForPostcode } from '../address/index.js'
import { parseCode } from '../contact/index.js'
import { currentDocuments } from '../documents/index.js'
import {
  findVerificationByHandle,
  latestProfile,
  nationalIdOf,
  type PurposeHandler,
  verificationPanel,
} from '../identity/index.js'
import { ruleLabelFor, type ReceiptSigner } from '../receipts/index.js'
import {
  mailingText,
  presentProfile,
  startApplication,
  type ProfileView,
} from '../registrations/index.js'
import { canOpen, PATHS, type Step } from './journey.js'
import { personMessages } from './messages.js'
import {
  findApplication,
  findDecision,
  latestVerification,
  type ApplicationRow,
} from './person.repository.js'
import {
  CheckPage,
  DonePage,
  PersonMessagePage,
  ResumePage,
  RulesPage,
  YourDetailsPage,
} from './person-review.views.js'
import { PERSON_RULE_SET } from './person.rules.js'
import {
  parseDetails,
  parseMailing,
  sendsVerifiedField,
  type FieldProblem,
} from './person.schema.js'
import {
  beginVerification,
  confirmEmail,
  findByResumeToken,
  onRegistrationFailed,
  onRegistrationVerified,
  prepareResume,
  resendCode,
  saveDetails,
  saveMailing,
  type PersonDeps,
} from './person.service.js'
import { submitApplication } from './person.submit.js'
import { ConfirmEmailPage, DetailsPage, StartPage, VerifyPage } from './person.views.js'

declare module 'fastify' {
  interface Session {
    applicationId?: string
    /** Resumed from the e-mailed link: nothing but the code page opens until the code is confirmed. */
    resumeUnconfirmed?: boolean
  }
}

type Body = Record<string, unknown>

/** The registration purpose of an identity verification. */
export function registrationPurpose(deps: PersonDeps): PurposeHandler {
  return {
    onVerified: (trx, ctx) => onRegistrationVerified(deps, trx, ctx),
    onFailed: (db, v) => onRegistrationFailed(db, v),
    afterVerified: async (request) => {
      // A new session id once the person is verified: a session fixed before is useless now.
      await request.session.regenerate(['applicationId'])
      return PATHS.step('your-details')
    },
    pageUrl: PATHS.step('verify'),
  }
}

/** The person registration journey. */
export async function personRoutes(
  app: FastifyInstance,
  opts: { deps: PersonDeps & { signer: ReceiptSigner } },
): Promise<void> {
  const deps = opts.deps

  async function guard(
    request: FastifyRequest,
    reply: FastifyReply,
    step: Step,
  ): Promise<ApplicationRow | undefined> {
    const id = request.session.get('applicationId')
    const application = id ? await findApplication(deps.db, id) : undefined
    if (!application || application.status === 'superseded') {
      const ctx = pageContext(request, reply)
      const m = personMessages(ctx.locale)
      await reply.page(
        <PersonMessagePage ctx={ctx} title={m('start.title')} body={m('session.noApplication')} />,
      )
      return undefined
    }
    if (application.status !== 'draft') {
      await reply.redirect(PATHS.done, 303)
      return undefined
    }
    if (
      request.session.get('resumeUnconfirmed') &&
      step !== 'confirm-email' &&
      application.email_confirmed_at === null
    ) {
      await reply.redirect(PATHS.step('confirm-email'), 303)
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
    toFieldErrors(problems, personMessages(request.locale))

  async function profileView(a: ApplicationRow): Promise<ProfileView> {
    const profile = a.person_id ? await latestProfile(deps.db, a.person_id) : undefined
    const national = a.person_id ? await nationalIdOf(deps.db, deps.crypto, a.person_id) : ''
    return presentProfile(profile, national)
  }

  // 1. Start: who can use it, accept the documents.
  app.get(PATHS.start, async (request, reply) => {
    const ctx = pageContext(request, reply, { forms: true })
    return reply.page(<StartPage ctx={ctx} documents={await currentDocuments(deps.db)} />)
  })
  app.post<{ Body: Body }>(PATHS.start, async (request, reply) => {
    if (request.body?.accept !== 'yes') {
      const ctx = pageContext(request, reply, { forms: true })
      const m = personMessages(ctx.locale)
      return reply.page(
        <StartPage
          ctx={ctx}
          documents={await currentDocuments(deps.db)}
          errors={[{ field: 'accept', message: m('error.acceptRequired') }]}
        />,
        400,
      )
    }
    const id = await startApplication(deps, { locale: request.locale, requestId: request.id })
    request.session.set('applicationId', id)
    return reply.redirect(PATHS.step('details'), 303)
  })

  // 2. National ID, e-mail, mobile.
  app.get(PATHS.step('details'), async (request, reply) => {
    const a = await guard(request, reply, 'details')
    if (!a) return reply
    const nationalId =
      a.national_id_enc && a.national_id_enc_key_id
        ? deps.crypto.decrypt({ keyId: a.national_id_enc_key_id, blob: a.national_id_enc })
        : ''
    return reply.page(
      <DetailsPage
        ctx={pageContext(request, reply, { forms: true })}
        values={{ nationalId, email: a.email ?? '', mobile: a.mobile ?? '' }}
      />,
    )
  })
  app.post<{ Body: Body }>(PATHS.step('details'), async (request, reply) => {
    const a = await guard(request, reply, 'details')
    if (!a) return reply
    const parsed = parseDetails(request.body ?? {})
    if (!parsed.ok) {
      const values = {
        nationalId: parsed.values.nationalId ?? '',
        email: parsed.values.email ?? '',
        mobile: parsed.values.mobile ?? '',
      }
      return reply.page(
        <DetailsPage
          ctx={pageContext(request, reply, { forms: true })}
          values={values}
          errors={errors(request, parsed.problems)}
        />,
        400,
      )
    }
    const { next } = await saveDetails(deps, a, parsed.value, request.id)
    return reply.redirect(PATHS.step(next), 303)
  })

  // 3. E-mail code.
  app.get<{ Querystring: { resent?: string } }>(
    PATHS.step('confirm-email'),
    async (request, reply) => {
      const a = await guard(request, reply, 'confirm-email')
      if (!a) return reply
      // No code on record: sending was refused (too many), so say so instead of "we sent".
      const noCode = a.email_code_hash === null
      return reply.page(
        <ConfirmEmailPage
          ctx={pageContext(request, reply, { forms: true })}
          email={a.email ?? ''}
          resent={request.query.resent === '1'}
          errors={noCode ? errors(request, [{ field: 'code', key: 'error.code.tooMany' }]) : []}
        />,
      )
    },
  )
  app.post<{ Body: Body }>(PATHS.step('confirm-email'), async (request, reply) => {
    const a = await guard(request, reply, 'confirm-email')
    if (!a) return reply
    const parsed = parseCode(request.body ?? {})
    let problems: FieldProblem[] = parsed.ok ? [] : parsed.problems
    if (parsed.ok) {
      const result = await confirmEmail(deps, a, parsed.value, request.id)
      if (result.ok) {
        request.session.set('resumeUnconfirmed', false)
        const confirmed = await findApplication(deps.db, a.id)
        return reply.redirect(PATHS.step((confirmed?.step ?? 'verify') as Step), 303)
      }
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
    if ((await resendCode(deps, a)) === 'too-many') {
      return reply.page(
        <ConfirmEmailPage
          ctx={pageContext(request, reply, { forms: true })}
          email={a.email ?? ''}
          errors={errors(request, [{ field: 'code', key: 'error.code.tooMany' }])}
        />,
        429,
      )
    }
    return reply.redirect(`${PATHS.step('confirm-email')}?resent=1`, 303)
  })

  // 4. Identity verification through the bank.
  app.get<{ Querystring: { waiting?: string } }>(PATHS.step('verify'), async (request, reply) => {
    const a = await guard(request, reply, 'verify')
    if (!a) return reply
    if (a.verification_id && a.step !== 'verify')
      return reply.redirect(PATHS.step('your-details'), 303)
    const latest = await latestVerification(deps.db, a.id)
    const v = latest ? await findVerificationByHandle(deps.db, latest.handle) : undefined
    const ctx = pageContext(request, reply, { forms: true })
    if (
      (v?.status === 'pending' || v?.status === 'authenticated') &&
      request.session.get('verificationHandle') === v.handle
    ) {
      const panel = await verificationPanel(deps.publicBaseUrl, v, {
        emailed: a.email !== null,
        notYet: request.query.waiting === '1',
      })
      return reply.page(<VerifyPage ctx={ctx} panel={panel} />)
    }
    const failure = v?.status === 'failed' && v.failure ? v.failure : undefined
    return reply.page(<VerifyPage ctx={ctx} failure={failure} />)
  })
  app.post(PATHS.verifyStart, async (request, reply) => {
    const a = await guard(request, reply, 'verify')
    if (!a) return reply
    const v = await beginVerification(deps, a, request.id)
    if (v === 'too-many') {
      return reply.page(
        <VerifyPage ctx={pageContext(request, reply, { forms: true })} failure="too_many" />,
        429,
      )
    }
    request.session.set('verificationHandle', v.handle)
    // The waiting page must stay valid until the verification expires: push the idle timeout
    // to the verification's expiry (polling itself never extends the session).
    request.session.touch()
    request.session.set('seenAt', Date.now())
    return reply.redirect(PATHS.step('verify'), 303)
  })

  // 5. Bank data (read-only) and the mailing address.
  app.get(PATHS.step('your-details'), async (request, reply) => {
    const a = await guard(request, reply, 'your-details')
    if (!a) return reply
    const stored = a.mailing_address
    const other = stored?.kind === 'other' ? stored : undefined
    const values = {
      mailingSame: stored ? (stored.kind === 'id-card' ? 'yes' : 'no') : '',
      houseNo: other?.houseNo ?? '',
      moo: other?.moo ?? '',
      soi: other?.soi ?? '',
      road: other?.road ?? '',
      postcode: other?.postcode ?? '',
      area: other?.subdistrictCode ?? '',
    }
    const areas = other ? areasForPostcode(other.postcode) : []
    return reply.page(
      <YourDetailsPage
        ctx={pageContext(request, reply, { forms: true })}
        profile={await profileView(a)}
        values={values}
        areas={areas}
      />,
    )
  })
  app.post<{ Body: Body }>(PATHS.step('your-details'), async (request, reply) => {
    const a = await guard(request, reply, 'your-details')
    if (!a) return reply
    const body = request.body ?? {}
    const parsed = parseMailing(body)
    // What was posted always comes back, so that looking up a postcode loses nothing.
    const values = parsed.values
    const render = async (problems: FieldProblem[], status: number) => {
      const v = values ?? {
        mailingSame: 'yes',
        houseNo: '',
        moo: '',
        soi: '',
        road: '',
        postcode: '',
        area: '',
      }
      const full = {
        mailingSame: v.mailingSame ?? '',
        houseNo: v.houseNo ?? '',
        moo: v.moo ?? '',
        soi: v.soi ?? '',
        road: v.road ?? '',
        postcode: v.postcode ?? '',
        area: v.area ?? '',
      }
      const areas = /^\d{5}$/.test(full.postcode) ? areasForPostcode(full.postcode) : []
      return reply.page(
        <YourDetailsPage
          ctx={pageContext(request, reply, { forms: true })}
          profile={await profileView(a)}
          values={full}
          areas={areas}
          errors={errors(request, problems)}
        />,
        status,
      )
    }
    if (sendsVerifiedField(body)) {
      await recordAudit(deps.db, {
        actorType: 'anonymous',
        action: 'journey.tampered',
        subjectType: 'application',
        subjectId: a.id,
        outcome: 'refused',
        requestId: request.id,
        data: { step: 'your-details' },
      })
      return render([{ field: 'mailingSame', key: 'error.tampered' }], 400)
    }
    if (body.action === 'find') {
      // Looking up a postcode is not a submission: show its areas, and only a postcode problem.
      return render(parsed.ok ? [] : parsed.problems.filter((p) => p.field === 'postcode'), 200)
    }
    if (!parsed.ok) return render(parsed.problems, 400)
    await saveMailing(deps, a, parsed.value, request.id)
    return reply.redirect(PATHS.step('check'), 303)
  })

  // 6. Check your answers, then the automatic decision.
  app.get(PATHS.step('check'), async (request, reply) => {
    const a = await guard(request, reply, 'check')
    if (!a) return reply
    const profile = await profileView(a)
    return reply.page(
      <CheckPage
        ctx={pageContext(request, reply, { forms: true })}
        profile={profile}
        email={a.email ?? ''}
        mobile={a.mobile ?? ''}
        mailing={mailingText(a.mailing_address, profile)}
        submitKey={a.submit_key ?? ''}
        ruleVersion={PERSON_RULE_SET.version}
      />,
    )
  })
  app.post<{ Body: Body }>(PATHS.submit, async (request, reply) => {
    const key = typeof request.body?.submitKey === 'string' ? request.body.submitKey : ''
    // The decision reads the application itself and refuses one that is not at its check step
    // with this form's key, so the usual submit needs no read of its own; only a refused one
    // is looked at, to send the applicant where they stand.
    const id = request.session.get('applicationId')
    if (id) {
      try {
        await submitApplication(deps, id, key, request.id)
        return reply.redirect(PATHS.done, 303)
      } catch (err) {
        if (!(err instanceof NotReadyError)) throw err
        const a = await guard(request, reply, 'check')
        if (a)
          await refuseSubmit(deps.db, request, reply, {
            applicationId: a.id,
            reason: err.message,
            path: PATHS.step(a.step as Step),
            toDraft: true,
          })
        return reply
      }
    }
    // No application in this session: the guard's page says so.
    await guard(request, reply, 'check')
    return reply
  })
  app.get(PATHS.done, async (request, reply) => {
    const id = request.session.get('applicationId')
    const a = id ? await findApplication(deps.db, id) : undefined
    const decision = a ? await findDecision(deps.db, a.id) : undefined
    if (!a || !decision) return reply.redirect(PATHS.start, 303)
    const ctx = pageContext(request, reply)
    const number =
      decision.outcome === 'approved' && a.person_id
        ? await nationalIdOf(deps.db, deps.crypto, a.person_id)
        : undefined
    return reply.page(
      <DonePage
        ctx={ctx}
        outcome={decision.outcome}
        number={number}
        reference={a.reference}
        receiptUrl={decision.receipt_id ? `/verify/${decision.receipt_id}` : null}
        results={decision.results}
        ruleLabel={ruleLabelFor(ctx.locale)}
      />,
    )
  })

  // Save and resume: the link only identifies the draft.
  app.get<{ Params: { token: string } }>(PATHS.resume(':token'), async (request, reply) => {
    const a = await findByResumeToken(deps.db, request.params.token)
    const ctx = pageContext(request, reply, { forms: true })
    const m = personMessages(ctx.locale)
    if (!a || !a.email)
      return reply.page(
        <PersonMessagePage ctx={ctx} title={m('resume.title')} body={m('resume.invalid')} />,
        404,
      )
    const masked = a.email.replace(
      /^(.)(.*)(@.*)$/,
      (_all, first: string, rest: string, domain: string) =>
        `${first}${'*'.repeat(Math.min(rest.length, 6))}${domain}`,
    )
    return reply.page(
      <ResumePage
        ctx={ctx}
        email={masked}
        action={PATHS.resume(encodeURIComponent(request.params.token))}
      />,
    )
  })
  app.post<{ Params: { token: string } }>(PATHS.resume(':token'), async (request, reply) => {
    const a = await findByResumeToken(deps.db, request.params.token)
    // The token comes back percent-encoded: a control character in a Location header is a 500.
    if (!a) return reply.redirect(PATHS.resume(encodeURIComponent(request.params.token)), 303)
    const sent = await prepareResume(deps, a, request.id)
    await request.session.regenerate()
    request.session.set('applicationId', a.id)
    request.session.set('resumeUnconfirmed', sent === 'sent' || a.step !== 'details')
    return reply.redirect(PATHS.step(a.step === 'details' ? 'details' : 'confirm-email'), 303)
  })

  app.get(PATHS.rules, async (request, reply) => {
    const ctx = pageContext(request, reply)
    return reply.page(
      <RulesPage
        ctx={ctx}
        ruleSet={PERSON_RULE_SET}
        minimumIal={deps.idp.minimumIal}
        ruleLabel={ruleLabelFor(ctx.locale)}
      />,
    )
  })
}
