import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { recordAudit } from '../../platform/audit.js'
import { pageContext } from '../../platform/http/page-context.js'
import { businessDate, formatDateInput } from '../../platform/time.js'
import { checkThaiId } from '../../platform/thai-id.js'
import { toFieldErrors } from '../../platform/views/components.js'
import { findVerificationById, verificationPanel, type PurposeHandler } from '../identity/index.js'
import { PDPA_PATHS, pendingDocuments } from '../pdpa/index.js'
import { directorName, readSnapshot } from '../registry-dbd/index.js'
import {
  clauseInWords,
  companyMessages,
  enoughSigners,
  findSignedApplication,
  parseSigners,
  saveSigners,
  signerChoice,
  SignersPage,
  type CompanyDeps,
  type SignedKind,
} from '../registration-company/index.js'
import {
  acceptable,
  actFor,
  AUTHORITY_PATHS,
  beginAcceptance,
  companyGrants,
  describeGrant,
  findCompanyGrant,
  findGrant,
  findGrantByToken,
  grantsHeld,
  knownCompanies,
  onGranteeVerified,
  parseGrantForm,
  progressGrant,
  revokeGrant,
  signersChosen,
  startGrant,
  type Acting,
} from './authority.service.js'
import {
  AcceptPage,
  ActForPage,
  AuthorityMessagePage,
  CompanyPage,
  NewGrantPage,
} from './authority.views.js'
import { authorityMessages } from './messages.js'

declare module 'fastify' {
  interface Session {
    /** The company this signed-in person acts for, as checked against DBD at sign-in. */
    acting?: Acting
    /** The grant this browser is accepting. */
    acceptingGrantId?: string
  }
}

type Body = Record<string, unknown>

/** Grants are signed by directors the same way as company registrations. */
export function authorityKind(deps: CompanyDeps): SignedKind {
  return {
    describe: (applicationId, locale) => describeGrant(deps, applicationId, locale),
    progress: (applicationId, requestId) => progressGrant(deps, applicationId, requestId),
  }
}

/** The grantee's verification purpose. */
export function granteePurpose(deps: CompanyDeps): PurposeHandler {
  return {
    onVerified: (trx, ctx) => onGranteeVerified(deps, trx, ctx),
    afterVerified: async () => AUTHORITY_PATHS.accepting,
    pageUrl: AUTHORITY_PATHS.accepting,
  }
}

/** Acting for a company, grants of authority, and their acceptance. */
export async function authorityRoutes(
  app: FastifyInstance,
  opts: { deps: CompanyDeps },
): Promise<void> {
  const { deps } = opts

  /**
   * The signed-in person, or a redirect to sign in — or to acknowledge a new version of the
   * Terms or privacy notice, which comes before acting for anyone.
   */
  async function signedIn(request: FastifyRequest, reply: FastifyReply) {
    const personId = request.session.get('personId')
    if (!personId) {
      await reply.redirect('/account/sign-in', 303)
      return undefined
    }
    if ((await pendingDocuments(deps.db, personId)).length > 0) {
      await reply.redirect(PDPA_PATHS.acknowledge, 303)
      return undefined
    }
    return personId
  }

  /** The company this person acts for; only a director may manage grants. */
  async function acting(request: FastifyRequest, reply: FastifyReply, director = false) {
    const personId = await signedIn(request, reply)
    if (!personId) return undefined
    const a = request.session.get('acting')
    if (!a) {
      await reply.redirect(AUTHORITY_PATHS.actFor, 303)
      return undefined
    }
    if (director && a.role !== 'director') {
      await recordAudit(deps.db, {
        actorType: 'registrant',
        actorId: personId,
        action: 'authority.not_director',
        subjectType: 'juristic_person',
        subjectId: a.juristicPersonId,
        outcome: 'refused',
        requestId: request.id,
      })
      const ctx = pageContext(request, reply)
      const m = authorityMessages(ctx.locale)
      await reply.page(
        <AuthorityMessagePage ctx={ctx} title={m('new.title')} body={m('error.notDirector')} />,
        403,
      )
      return undefined
    }
    return { personId, acting: a }
  }

  async function actForPage(
    request: FastifyRequest,
    reply: FastifyReply,
    personId: string,
    value = '',
    problems: { field: string; key: Parameters<ReturnType<typeof authorityMessages>>[0] }[] = [],
    status = 200,
  ) {
    const ctx = pageContext(request, reply, { forms: true })
    const known = (await knownCompanies(deps.db, personId)).flatMap((k) =>
      k.juristic_id ? [k.juristic_id] : [],
    )
    return reply.page(
      <ActForPage
        ctx={ctx}
        value={value}
        known={known}
        held={await grantsHeld(deps, personId)}
        errors={toFieldErrors(problems, authorityMessages(ctx.locale))}
      />,
      status,
    )
  }

  app.get(AUTHORITY_PATHS.actFor, async (request, reply) => {
    const personId = await signedIn(request, reply)
    if (!personId) return reply
    return actForPage(request, reply, personId)
  })
  app.get(AUTHORITY_PATHS.mine, async (request, reply) => {
    const personId = await signedIn(request, reply)
    if (!personId) return reply
    return actForPage(request, reply, personId)
  })
  app.post<{ Body: Body }>(AUTHORITY_PATHS.actFor, async (request, reply) => {
    const personId = await signedIn(request, reply)
    if (!personId) return reply
    const raw = typeof request.body?.juristicId === 'string' ? request.body.juristicId : ''
    const id = checkThaiId(raw)
    if (!id.ok)
      return actForPage(
        request,
        reply,
        personId,
        raw,
        [{ field: 'juristicId', key: `error.juristicId.${id.problem}` }],
        400,
      )
    const result = await actFor(deps, personId, id.id, request.id)
    if (result.status === 'unavailable') {
      const ctx = pageContext(request, reply)
      const m = authorityMessages(ctx.locale)
      return reply.page(
        <AuthorityMessagePage
          ctx={ctx}
          title={m('unavailable.title')}
          body={m('unavailable.body')}
        />,
        503,
      )
    }
    if (result.status !== 'ok')
      return actForPage(
        request,
        reply,
        personId,
        id.id,
        [{ field: 'juristicId', key: `error.actFor.${result.status}` }],
        403,
      )
    request.session.set('acting', result.acting)
    return reply.redirect(AUTHORITY_PATHS.company, 303)
  })
  app.post(AUTHORITY_PATHS.leave, async (request, reply) => {
    request.session.set('acting', undefined)
    return reply.redirect(AUTHORITY_PATHS.actFor, 303)
  })

  app.get<{ Querystring: { done?: string } }>(AUTHORITY_PATHS.company, async (request, reply) => {
    const who = await acting(request, reply)
    if (!who) return reply
    const reg = await deps.db
      .selectFrom('registrations')
      .select('status')
      .where('juristic_person_id', '=', who.acting.juristicPersonId)
      .orderBy('created_at', 'desc')
      .executeTakeFirst()
    const ctx = pageContext(request, reply, { forms: true })
    const m = authorityMessages(ctx.locale)
    const notice =
      request.query.done === 'revoked'
        ? m('grant.revoked')
        : request.query.done === 'started'
          ? m('grant.started')
          : undefined
    return reply.page(
      <CompanyPage
        ctx={ctx}
        acting={who.acting}
        registrationStatus={reg?.status ?? null}
        grants={await companyGrants(deps, who.acting.juristicPersonId, who.personId)}
        notice={notice}
      />,
    )
  })

  // A director grants authority.
  app.get(AUTHORITY_PATHS.newGrant, async (request, reply) => {
    const who = await acting(request, reply, true)
    if (!who) return reply
    return reply.page(
      <NewGrantPage
        ctx={pageContext(request, reply, { forms: true })}
        values={{ validFrom: formatDateInput(businessDate(new Date()), request.locale) }}
        companyName={who.acting.companyName}
      />,
    )
  })
  app.post<{ Body: Body }>(AUTHORITY_PATHS.newGrant, async (request, reply) => {
    const who = await acting(request, reply, true)
    if (!who) return reply
    const parsed = parseGrantForm(request.body ?? {}, businessDate(new Date()))
    if (!parsed.ok) {
      if (parsed.forbidden.length > 0)
        await recordAudit(deps.db, {
          actorType: 'registrant',
          actorId: who.personId,
          action: 'authority.forbidden_scope',
          subjectType: 'juristic_person',
          subjectId: who.acting.juristicPersonId,
          outcome: 'refused',
          requestId: request.id,
          data: { scopes: parsed.forbidden.map((s) => s.slice(0, 40)) },
        })
      const ctx = pageContext(request, reply, { forms: true })
      return reply.page(
        <NewGrantPage
          ctx={ctx}
          values={parsed.values}
          companyName={who.acting.companyName}
          errors={toFieldErrors(parsed.problems, authorityMessages(ctx.locale))}
        />,
        400,
      )
    }
    const started = await startGrant(
      deps,
      who.acting,
      who.personId,
      parsed.value,
      request.locale,
      request.id,
    )
    if (started.status !== 'started') {
      const ctx = pageContext(request, reply)
      const m = authorityMessages(ctx.locale)
      return reply.page(
        started.status === 'unavailable' ? (
          <AuthorityMessagePage
            ctx={ctx}
            title={m('unavailable.title')}
            body={m('unavailable.body')}
          />
        ) : (
          <AuthorityMessagePage ctx={ctx} title={m('new.title')} body={m('error.notDirector')} />
        ),
        started.status === 'unavailable' ? 503 : 403,
      )
    }
    return reply.redirect(AUTHORITY_PATHS.grantSigners(started.grantId), 303)
  })

  // The directors who sign the grant with the one who started it.
  async function grantApp(request: FastifyRequest, reply: FastifyReply, grantId: string) {
    const who = await acting(request, reply, true)
    if (!who) return undefined
    const grant = await findCompanyGrant(deps.db, grantId, who.acting.juristicPersonId)
    const a = grant ? await findSignedApplication(deps.db, grant.application_id) : undefined
    if (!grant || !a) {
      await reply.redirect(AUTHORITY_PATHS.company, 303)
      return undefined
    }
    if (a.status !== 'draft') {
      await reply.redirect(`${AUTHORITY_PATHS.company}?done=started`, 303)
      return undefined
    }
    return { who, grant, app: a }
  }

  async function renderGrantSigners(
    request: FastifyRequest,
    reply: FastifyReply,
    g: NonNullable<Awaited<ReturnType<typeof grantApp>>>,
    values: Record<string, string> = {},
    problems: Parameters<typeof toFieldErrors>[0] = [],
    status = 200,
  ) {
    const choice = await signerChoice(deps, g.app)
    if (!choice) return reply.redirect(AUTHORITY_PATHS.company, 303)
    const ctx = pageContext(request, reply, { forms: true })
    const cm = companyMessages(ctx.locale)
    const m = authorityMessages(ctx.locale)
    return reply.page(
      <SignersPage
        ctx={ctx}
        title={m('signers.title')}
        action={AUTHORITY_PATHS.grantSigners(g.grant.id)}
        you={choice.initiator.director_name ?? ''}
        clause={clauseInWords(cm, choice.rule, choice.company)}
        offered={choice.offered.map((index) => {
          const d = choice.company.directors[index]
          return { index, name: d ? directorName(d) : '' }
        })}
        values={values}
        aloneIsEnough={enoughSigners(choice, [])}
        errors={toFieldErrors(problems as never[], cm)}
      />,
      status,
    )
  }
  app.get<{ Params: { id: string } }>(
    AUTHORITY_PATHS.grantSigners(':id'),
    async (request, reply) => {
      const g = await grantApp(request, reply, request.params.id)
      if (!g) return reply
      return renderGrantSigners(request, reply, g)
    },
  )
  app.post<{ Params: { id: string }; Body: Body }>(
    AUTHORITY_PATHS.grantSigners(':id'),
    async (request, reply) => {
      const g = await grantApp(request, reply, request.params.id)
      if (!g) return reply
      const choice = await signerChoice(deps, g.app)
      if (!choice) return reply.redirect(AUTHORITY_PATHS.company, 303)
      const parsed = parseSigners(request.body ?? {}, choice.offered)
      if (!parsed.ok)
        return renderGrantSigners(request, reply, g, parsed.values, parsed.problems, 400)
      if (
        !enoughSigners(
          choice,
          parsed.value.map((c) => c.directorIndex),
        )
      ) {
        const cm = companyMessages(request.locale)
        return renderGrantSigners(
          request,
          reply,
          g,
          {},
          [
            {
              field: 'directors',
              key: 'error.signers.notEnough',
              params: { words: clauseInWords(cm, choice.rule, choice.company) },
            },
          ],
          400,
        )
      }
      await saveSigners(deps, g.app, choice, parsed.value, request.id)
      await signersChosen(deps, g.app.id)
      return reply.redirect(`${AUTHORITY_PATHS.company}?done=started`, 303)
    },
  )

  app.post<{ Params: { id: string } }>(AUTHORITY_PATHS.revoke(':id'), async (request, reply) => {
    const personId = await signedIn(request, reply)
    if (!personId) return reply
    const result = await revokeGrant(
      deps,
      request.params.id,
      { personId, acting: request.session.get('acting') },
      request.id,
    )
    const back = request.session.get('acting') ? AUTHORITY_PATHS.company : AUTHORITY_PATHS.mine
    return reply.redirect(result === 'revoked' ? `${back}?done=revoked` : back, 303)
  })

  /** An acceptance link that cannot be used: unknown, expired, revoked or not this browser's. */
  function invalidLink(request: FastifyRequest, reply: FastifyReply, status: 404 | 410) {
    const ctx = pageContext(request, reply)
    const m = authorityMessages(ctx.locale)
    return reply.page(
      <AuthorityMessagePage
        ctx={ctx}
        title={m('accept.invalidTitle')}
        body={m('accept.invalid')}
      />,
      status,
    )
  }

  // The grantee accepts: the link, their own eKYC, the result.
  async function renderAccept(
    request: FastifyRequest,
    reply: FastifyReply,
    grantId: string,
    action: string,
  ) {
    const g = await findGrant(deps.db, grantId)
    const ctx = pageContext(request, reply, { forms: true })
    const m = authorityMessages(ctx.locale)
    if (!g) return invalidLink(request, reply, 404)
    const a = await findSignedApplication(deps.db, g.application_id)
    const snap = a?.dbd_snapshot_id
      ? await readSnapshot(deps.db, deps.crypto, a.dbd_snapshot_id)
      : undefined
    const company = snap ? `${snap.company.nameTh} (${snap.company.id})` : (a?.juristic_id ?? '')
    const row = g.accept_verification_id
      ? await findVerificationById(deps.db, g.accept_verification_id)
      : undefined
    const mine = row !== undefined && request.session.get('verificationHandle') === row.handle
    if (g.status === 'active' && mine)
      return reply.page(
        <AuthorityMessagePage
          ctx={ctx}
          title={m('accept.doneTitle')}
          body={m('accept.done', { company })}
          status="accepted"
        />,
      )
    if (!acceptable(g)) return invalidLink(request, reply, 410)
    const panel =
      mine && (row.status === 'pending' || row.status === 'authenticated')
        ? await verificationPanel(deps.publicBaseUrl, row, { emailed: false, notYet: false })
        : undefined
    const failure = mine && row.status === 'failed' && row.failure ? row.failure : undefined
    return reply.page(
      <AcceptPage
        ctx={ctx}
        companyName={company}
        scopes={g.scopes}
        validFrom={g.valid_from}
        validUntil={g.valid_until}
        action={action}
        panel={panel}
        failure={failure}
      />,
    )
  }
  app.get<{ Params: { token: string } }>(
    AUTHORITY_PATHS.accept(':token'),
    async (request, reply) => {
      const g = await findGrantByToken(deps.db, request.params.token)
      if (!g) {
        return invalidLink(request, reply, 404)
      }
      return renderAccept(request, reply, g.id, AUTHORITY_PATHS.accept(request.params.token))
    },
  )
  app.post<{ Params: { token: string } }>(
    AUTHORITY_PATHS.accept(':token'),
    async (request, reply) => {
      const g = await findGrantByToken(deps.db, request.params.token)
      if (!g || !acceptable(g))
        return reply.redirect(AUTHORITY_PATHS.accept(encodeURIComponent(request.params.token)), 303)
      const v = await beginAcceptance(deps, g.id, request.id)
      request.session.set('acceptingGrantId', g.id)
      request.session.set('verificationHandle', v.handle)
      request.session.touch()
      return reply.redirect(AUTHORITY_PATHS.accepting, 303)
    },
  )
  app.get(AUTHORITY_PATHS.accepting, async (request, reply) => {
    const id = request.session.get('acceptingGrantId')
    if (!id) {
      return invalidLink(request, reply, 404)
    }
    return renderAccept(request, reply, id, AUTHORITY_PATHS.accepting)
  })
  app.post(AUTHORITY_PATHS.accepting, async (request, reply) => {
    const id = request.session.get('acceptingGrantId')
    const g = id ? await findGrant(deps.db, id) : undefined
    if (g && acceptable(g)) {
      const v = await beginAcceptance(deps, g.id, request.id)
      request.session.set('verificationHandle', v.handle)
      request.session.touch()
    }
    return reply.redirect(AUTHORITY_PATHS.accepting, 303)
  })
}
