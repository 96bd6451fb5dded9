import { pageContext } from '../../platform/http/page-context.js'
import { defineJourney, type Journey } from '../../platform/journey.js'
import { latestProfile, nationalIdOf } from '../identity/index.js'
import { presentProfile, type ProfileView } from '../registrations/index.js'
import { findApplication, type ApplicationRow } from './application.repository.js'
import type { PersonDeps } from './deps.js'
import { PATHS, STEPS, type Step } from './journey.js'
import { personMessages } from './messages.js'
import { PersonMessagePage } from './views.js'

declare module 'fastify' {
  interface Session {
    applicationId?: string
    /** Resumed from the e-mailed link: nothing but the code page opens until the code is confirmed. */
    resumeUnconfirmed?: boolean
  }
}

/** The person journey's guard: the session's draft, its step, and the resumed session's detour. */
export function personJourney(deps: PersonDeps): Journey<Step, ApplicationRow> {
  return defineJourney(deps.db, {
    steps: STEPS,
    load: async (request) => {
      const id = request.session.get('applicationId')
      return id ? findApplication(deps.db, id) : undefined
    },
    missing: async (request, reply) => {
      const ctx = pageContext(request, reply)
      const m = personMessages(ctx.locale)
      await reply.page(
        <PersonMessagePage ctx={ctx} title={m('start.title')} body={m('session.noApplication')} />,
      )
    },
    sentPath: PATHS.done,
    stepPath: PATHS.step,
    detour: (request, application, wanted) =>
      request.session.get('resumeUnconfirmed') &&
      wanted !== 'confirm-email' &&
      application.email_confirmed_at === null
        ? 'confirm-email'
        : undefined,
  })
}

/** The bank-verified profile of the application's person, as the pages show it. */
export async function profileOf(deps: PersonDeps, a: ApplicationRow): Promise<ProfileView> {
  const profile = a.person_id ? await latestProfile(deps.db, a.person_id) : undefined
  const national = a.person_id ? await nationalIdOf(deps.db, deps.crypto, a.person_id) : ''
  return presentProfile(profile, national)
}
