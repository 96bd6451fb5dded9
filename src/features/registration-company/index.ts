export { companyRoutes } from './routes.js'
export { companySignerPurpose } from './signing/purpose.js'
export { PATHS as COMPANY_PATHS } from './journey.js'
export { COMPANY_RULE_SET } from './company.rules.js'
export type { CompanyDeps } from './deps.js'
// The minute sweep (expiry, reminders, late decisions); `now` lets a test's clock drive it.
export { sweepCompanyApplications, type SweepResult } from './submit/sweep.js'
export { decideCompanyApplication } from './submit/decide.js'
// Shared with grants of authority, which directors sign the same way.
export type { SignedDescription, SignedKind } from './signing/signed-kind.js'
export { saveSigners } from './signing/invitations.service.js'
export { enoughSigners, signerChoice, type SignerChoice } from './signing/signer-choice.js'
export { parseSigners } from './signing/signer.schema.js'
export { clauseInWords, SignersPage } from './signing/signers.views.js'
export { signingMessages } from './signing/messages.js'
export { listSigners, type SignerRow } from './signing/signer.repository.js'
export {
  companyRegistered,
  findSignedApplication,
  type CompanyApplicationRow,
} from './company.repository.js'
