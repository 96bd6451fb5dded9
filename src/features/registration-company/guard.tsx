import { pageContext } from '../../platform/http/page-context.js'
import { defineJourney, type Journey } from '../../platform/journey.js'
import { findCompanyApplication, type CompanyApplicationRow } from './company.repository.js'
import type { CompanyDeps } from './deps.js'
import { PATHS, STEPS, type Step } from './journey.js'
import { companyMessages } from './messages.js'
import { CompanyMessagePage } from './views.js'

declare module 'fastify' {
  interface Session {
    /** The company application this browser is filling in. */
    companyApplicationId?: string
    /** The signer (the applicant, or an invited director) this browser verifies. */
    signerId?: string
  }
}

/** The company journey's guard: the session's draft and its step; a sent one shows its status. */
export function companyJourney(deps: CompanyDeps): Journey<Step, CompanyApplicationRow> {
  return defineJourney(deps.db, {
    steps: STEPS,
    load: async (request) => {
      const id = request.session.get('companyApplicationId')
      return id ? findCompanyApplication(deps.db, id) : undefined
    },
    missing: async (request, reply) => {
      const ctx = pageContext(request, reply)
      const m = companyMessages(ctx.locale)
      await reply.page(
        <CompanyMessagePage ctx={ctx} title={m('start.title')} body={m('session.noApplication')} />,
      )
    },
    sentPath: PATHS.status,
    stepPath: PATHS.step,
  })
}
