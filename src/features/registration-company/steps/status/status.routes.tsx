import type { FastifyReply, FastifyRequest } from 'fastify'
import type { FormBody } from '../../../../platform/form.js'
import { pageContext } from '../../../../platform/http/page-context.js'
import { companyNameOf } from '../../company-name.js'
import { findCompanyApplication, signedApplication } from '../../company.repository.js'
import type { StepContext } from '../../deps.js'
import { PATHS } from '../../journey.js'
import { resendInvite } from '../../signing/invitations.service.js'
import { findSigner, listSigners, type SignerRow } from '../../signing/signer.repository.js'
import { decideCompanyApplication } from '../../submit/decide.js'
import { CompanyMessagePage, signerViews } from '../../views.js'
import { statusMessages } from './messages.js'
import { StatusPage } from './status.views.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** What the waiting page compares: the application's status and each signer's. */
function stateOf(status: string, signers: SignerRow[]): string {
  return [status, ...signers.map((s) => `${s.id}:${s.status}`)].join('|')
}

/** The application's status: who has verified, who is pending; a new link for those waiting. */
export function statusStep({ deps }: Pick<StepContext, 'deps'>) {
  return {
    show: async (
      request: FastifyRequest<{ Querystring: { resent?: string; application?: string } }>,
      reply: FastifyReply,
    ) => {
      // A director signed in to their account opens an application they signed from there.
      const wanted = request.query.application
      const personId = request.session.get('personId')
      if (wanted !== undefined && personId && UUID.test(wanted)) {
        if (await signedApplication(deps.db, wanted, personId))
          request.session.set('companyApplicationId', wanted)
        return reply.redirect(PATHS.status, 303)
      }
      const id = request.session.get('companyApplicationId')
      let a = id ? await findCompanyApplication(deps.db, id) : undefined
      const ctx = pageContext(request, reply, { forms: true })
      const m = statusMessages(ctx.locale)
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
          companyName={await companyNameOf(deps, a)}
          status={a.status}
          registrationNumber={a.status === 'approved' ? (a.juristic_id ?? undefined) : undefined}
          signers={signerViews(signers)}
          resent={resent?.director_name ?? undefined}
          state={stateOf(a.status, signers)}
        />,
      )
    },
    /** Polled by the status page: the state it shows, so that it reloads when that changes. */
    state: async (request: FastifyRequest, reply: FastifyReply) => {
      const id = request.session.get('companyApplicationId')
      const a = id ? await findCompanyApplication(deps.db, id) : undefined
      reply.header('cache-control', 'no-store')
      if (!a) return reply.code(404).send({ state: null })
      return reply.send({ state: stateOf(a.status, await listSigners(deps.db, a.id)) })
    },
    resend: async (request: FastifyRequest, reply: FastifyReply) => {
      const id = request.session.get('companyApplicationId')
      const body = (request.body ?? {}) as FormBody
      const signerId = typeof body.signer === 'string' ? body.signer : ''
      const signer =
        signerId && /^[0-9a-f-]{36}$/.test(signerId)
          ? await findSigner(deps.db, signerId)
          : undefined
      // Only the applicant's own application: another's signer is "not found".
      if (!id || !signer || signer.application_id !== id) return reply.redirect(PATHS.status, 303)
      const result = await resendInvite(deps, signer.id, request.id)
      return reply.redirect(
        result === 'sent' ? `${PATHS.status}?resent=${signer.id}` : PATHS.status,
        303,
      )
    },
  }
}
