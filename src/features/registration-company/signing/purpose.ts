import type { PurposeHandler } from '../../identity/index.js'
import { findSignedApplication } from '../company.repository.js'
import type { CompanyDeps } from '../deps.js'
import { PATHS } from '../journey.js'
import { decideCompanyApplication } from '../submit/decide.js'
import type { SignedKind } from './signed-kind.js'
import { findSigner } from './signer.repository.js'
import { onSignerFailed, onSignerVerified } from './verification.service.js'

/** The company-signer purpose of an identity verification. */
export function companySignerPurpose(
  deps: CompanyDeps,
  kinds: { authority?: SignedKind } = {},
): PurposeHandler {
  return {
    onVerified: (trx, ctx) => onSignerVerified(deps, trx, ctx),
    onFailed: (db, v) => onSignerFailed(db, v),
    afterVerified: async (request, _reply, row) => {
      const signerId = request.session.get('signerId')
      const signer = signerId ? await findSigner(deps.db, signerId) : undefined
      if (signer?.initiator && signer.verification_id === row.id) {
        // A new session id once the person is verified: a session fixed before is useless now.
        await request.session.regenerate(['companyApplicationId', 'signerId'])
        return PATHS.step('signers')
      }
      // The last director to verify may complete the application: decide it now.
      if (row.application_id) {
        try {
          const a = await findSignedApplication(deps.db, row.application_id)
          if (a?.kind === 'authority') await kinds.authority?.progress(a.id, request.id)
          else await decideCompanyApplication(deps, row.application_id, request.id)
        } catch (err) {
          request.log.error({ err }, 'deciding after a director verified failed; the sweep retries')
        }
      }
      return PATHS.signer
    },
    pageUrl: PATHS.signer,
  }
}
