export {
  identityRoutes,
  IDENTITY_PATHS,
  type PurposeHandler,
  type IdentityRoutesOptions,
} from './identity.routes.js'
export { VerificationStep, type PanelProps } from './identity.views.js'
export { verificationPanel } from './panel.js'
export { createRelyingParty, type RelyingParty } from './relying-party.js'
export {
  findVerificationByHandle,
  findVerificationById,
  startVerification,
  type Purpose,
  type VerificationDeps,
  type VerifiedContext,
} from './verification.service.js'
export {
  latestProfile,
  nationalIdOf,
  findPersonByNationalId,
  saveCounterProfile,
  upsertPerson,
} from './persons.repository.js'
export type { VerifiedPerson } from './claims.js'
