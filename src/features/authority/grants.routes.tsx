import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { recordAudit } from '../../platform/audit.js'
import { pageContext } from '../../platform/http/page-context.js'
import { businessDate, formatDateInput } from '../../platform/time.js'
import { toFieldErrors } from '../../platform/views/components.js'
import { directorName } from '../registry-dbd/index.js'
import {
  clauseInWords,
  signingMessages as companyMessages,
  enoughSigners,
  parseSigners,
  saveSigners,
  signerChoice,
  SignersPage,
  type CompanyDeps,
} from '../registration-company/index.js'
import { AuthorityMessagePage } from './accept.views.js'
import { grantToSign, signersChosen, startGrant } from './grant-start.service.js'
import { parseGrantForm } from './grant.schema.js'
import { NewGrantPage } from './grant.views.js'
import type { AuthorityGuards } from './guards.js'
import { authorityMessages } from './messages.js'
import { AUTHORITY_PATHS } from './paths.js'
import { revokeGrant } from './revocation.service.js'

type Body = Record<string, unknown>

/** A director grants authority, chooses the directors who sign with them; a grant is revoked. */
export function grantRoutes(app: FastifyInstance, deps: CompanyDeps, guards: AuthorityGuards) {
  const { signedIn, acting } = guards

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
    const found = await grantToSign(deps, who.acting.juristicPersonId, grantId)
    if (!found) {
      await reply.redirect(AUTHORITY_PATHS.company, 303)
      return undefined
    }
    if (found.app.status !== 'draft') {
      await reply.redirect(`${AUTHORITY_PATHS.company}?done=started`, 303)
      return undefined
    }
    return { who, grant: found.grant, app: found.app }
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
}
