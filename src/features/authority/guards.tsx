import type { FastifyReply, FastifyRequest } from 'fastify'
import { recordAudit } from '../../platform/audit.js'
import { pageContext } from '../../platform/http/page-context.js'
import { PDPA_PATHS, pendingDocuments } from '../pdpa/index.js'
import type { CompanyDeps } from '../registration-company/index.js'
import type { Acting } from './acting.service.js'
import { AuthorityMessagePage } from './accept.views.js'
import { authorityMessages } from './messages.js'
import { AUTHORITY_PATHS } from './paths.js'

declare module 'fastify' {
  interface Session {
    /** The company this signed-in person acts for, as checked against DBD at sign-in. */
    acting?: Acting
    /** The grant this browser is accepting. */
    acceptingGrantId?: string
  }
}

/** Who may use the company pages: each guard replies itself (redirect or page) and returns undefined. */
export function authorityGuards(deps: Pick<CompanyDeps, 'db'>) {
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

  return { signedIn, acting }
}

export type AuthorityGuards = ReturnType<typeof authorityGuards>
