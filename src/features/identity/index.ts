export {
  identityRoutes,
  IDENTITY_PATHS,
  type PurposeHandler,
  type IdentityRoutesOptions,
} from './identity.routes.js'
export { VerificationStep, type PanelProps } from './identity.views.js'
export { verificationPanel } from './panel.js'
export { createRelyingParty, type RelyingParty } from './relying-party.js'
export { findVerificationByHandle, findVerificationById } from './verification.records.js'
export { startVerification } from './verification.service.js'
export type { Purpose, VerificationDeps, VerifiedContext } from './verification.types.js'
export {
  latestProfile,
  nationalIdOf,
  findPersonByNationalId,
  saveCounterProfile,
  upsertPerson,
} from './persons.repository.js'
export type { VerifiedPerson } from './claims.js'
