import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ComponentChildren } from 'preact'
import type { PageContext } from '../../platform/views/context.js'
import type { ActionableRegistration } from '../registration-actions/index.js'
import { pageContext } from '../../platform/http/page-context.js'
import { checkThaiId } from '../../platform/thai-id.js'
import { toFieldErrors } from '../../platform/views/components.js'
import { AuthorityMessagePage } from './accept.views.js'
import { actFor } from './acting.service.js'
import { ActForPage, CompanyPage } from './acting.views.js'
import { companiesSignedFor, type CompanyDeps } from '../registration-company/index.js'
import {
  companyGrants,
  grantsHeld,
  registrationsOf,
  registrationStatus,
} from './grant-views.service.js'
import type { AuthorityGuards } from './guards.js'
import { authorityMessages } from './messages.js'
import { AUTHORITY_PATHS } from './paths.js'

type Body = Record<string, unknown>

/** Notes another feature adds under each of the company's registrations (the lifecycle's). */
export type CompanyRegistrationNotes = (
  ctx: PageContext,
  registrations: ActionableRegistration[],
  personId: string,
) => Promise<Record<string, ComponentChildren>>

/** Acting for a company: the person's page, signing in for a company, the company's page. */
export function actingRoutes(
  app: FastifyInstance,
  deps: CompanyDeps,
  guards: AuthorityGuards,
  registrationNotes?: CompanyRegistrationNotes,
) {
  const { signedIn, acting } = guards

  async function actForPage(
    request: FastifyRequest,
    reply: FastifyReply,
    personId: string,
    value = '',
    problems: { field: string; key: Parameters<ReturnType<typeof authorityMessages>>[0] }[] = [],
    status = 200,
  ) {
    const ctx = pageContext(request, reply, { forms: true })
    const known = (await companiesSignedFor(deps, personId)).filter((c) => c.state === 'registered')
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
    return openCompany(request, reply, personId, id.id)
  })
  // A company listed on the person's pages: the same checks as typing its juristic ID.
  app.get<{ Params: { juristicId: string } }>(
    AUTHORITY_PATHS.open(':juristicId'),
    async (request, reply) => {
      const personId = await signedIn(request, reply)
      if (!personId) return reply
      const id = checkThaiId(request.params.juristicId)
      if (!id.ok) return reply.redirect(AUTHORITY_PATHS.actFor, 303)
      return openCompany(request, reply, personId, id.id)
    },
  )

  async function openCompany(
    request: FastifyRequest,
    reply: FastifyReply,
    personId: string,
    juristicId: string,
  ) {
    const result = await actFor(deps, personId, juristicId, request.id)
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
        juristicId,
        [{ field: 'juristicId', key: `error.actFor.${result.status}` }],
        403,
      )
    request.session.set('acting', result.acting)
    return reply.redirect(AUTHORITY_PATHS.company, 303)
  }
  app.post(AUTHORITY_PATHS.leave, async (request, reply) => {
    request.session.set('acting', undefined)
    return reply.redirect(AUTHORITY_PATHS.actFor, 303)
  })

  app.get<{ Querystring: { done?: string } }>(AUTHORITY_PATHS.company, async (request, reply) => {
    const who = await acting(request, reply)
    if (!who) return reply
    const status = await registrationStatus(deps, who.acting.juristicPersonId)
    const ctx = pageContext(request, reply, { forms: true })
    const m = authorityMessages(ctx.locale)
    const notice =
      request.query.done === 'revoked'
        ? m('grant.revoked')
        : request.query.done === 'started'
          ? m('grant.started')
          : undefined
    const registrations = await registrationsOf(deps, who.acting.juristicPersonId)
    return reply.page(
      <CompanyPage
        ctx={ctx}
        acting={who.acting}
        registrationStatus={status}
        registrations={registrations}
        notes={await registrationNotes?.(ctx, registrations, who.personId)}
        grants={await companyGrants(deps, who.acting.juristicPersonId, who.personId)}
        notice={notice}
      />,
    )
  })
}
