import type { PurposeHandler } from '../../../identity/index.js'
import type { PersonDeps } from '../../deps.js'
import { PATHS } from '../../journey.js'
import { onRegistrationFailed, onRegistrationVerified } from './verify.service.js'

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
