// What other parts of the portal use of the company journey; everything else stays inside.
export { companyRoutes } from './routes.js'
export { companySignerPurpose } from './signing/purpose.js'
export { PATHS as COMPANY_PATHS } from './journey.js'
export type { CompanyDeps } from './deps.js'
// The minute sweep (expiry, reminders, late decisions); `now` lets a test's clock drive it.
export { sweepCompanyApplications } from './submit/sweep.js'
export { decideCompanyApplication } from './submit/decide.js'
// Shared with grants of authority, which directors sign the same way.
export type { SignedDescription, SignedKind } from './signing/signed-kind.js'
export { saveSigners } from './signing/invitations.service.js'
export { enoughSigners, signerChoice } from './signing/signer-choice.js'
export { parseSigners } from './signing/signer.schema.js'
export { clauseInWords, SignersPage } from './signing/signers.views.js'
export { signingMessages } from './signing/messages.js'
export { listSigners } from './signing/signer.repository.js'
export { companyRegistered, findSignedApplication } from './company.repository.js'
// The companies a person signs for, on their account and the act-for page.
export { companiesSignedFor, type SignedCompany } from './signed-for.js'
