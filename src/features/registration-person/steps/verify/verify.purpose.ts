import { signInPurpose } from '../../../account/index.js'
import type { PurposeHandler } from '../../../identity/index.js'
import { findApplication } from '../../application.repository.js'
import type { PersonDeps } from '../../deps.js'
import { PATHS } from '../../journey.js'
import { onRegistrationFailed, onRegistrationVerified } from './verify.service.js'

/** The registration purpose of an identity verification. */
export function registrationPurpose(deps: PersonDeps): PurposeHandler {
  const signIn = signInPurpose()
  return {
    onVerified: (trx, ctx) => onRegistrationVerified(deps, trx, ctx),
    onFailed: (db, v) => onRegistrationFailed(db, v),
    afterVerified: async (request, reply, verification) => {
      const app = verification.application_id
        ? await findApplication(deps.db, verification.application_id)
        : undefined
      // Closed by this very verification: the person is registered already and was signed in.
      if (app?.status === 'superseded' && app.verification_id === verification.id) {
        const to = await signIn.afterVerified(request, reply, verification)
        request.session.set('notice', 'already-registered')
        return to
      }
      // A new session id once the person is verified: a session fixed before is useless now.
      await request.session.regenerate(['applicationId'])
      return PATHS.step('your-details')
    },
    pageUrl: PATHS.step('verify'),
  }
}
