export { companyRoutes, companySignerPurpose } from './company.routes.js'
export { PATHS as COMPANY_PATHS } from './journey.js'
export { COMPANY_RULE_SET } from './company.rules.js'
export { sweepCompanyApplications, decideCompanyApplication } from './company.submit.js'
export type { CompanyDeps } from './company.service.js'
// Shared with grants of authority, which directors sign the same way.
export type { SignedKind } from './company.routes.js'
export { enoughSigners, saveSigners, signerChoice, type SignerChoice } from './company.service.js'
export { parseSigners } from './company.schema.js'
export { clauseInWords, SignersPage, type SignedDescription } from './company.views.js'
export { companyMessages } from './messages.js'
export {
  companyRegistered,
  findSignedApplication,
  listSigners,
  type CompanyApplicationRow,
  type SignerRow,
} from './company.repository.js'
