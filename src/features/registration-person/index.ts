export { personRoutes, registrationPurpose } from './person.routes.js'
export { PATHS as PERSON_PATHS } from './journey.js'
export { PERSON_RULE_SET } from './person.rules.js'
export type { PersonDeps } from './person.service.js'
// Shared with the company journey: the same e-mail code, documents and form parsing.
export {
  checkEmailCode,
  sendCode,
  startApplication,
  MAX_CODE_ATTEMPTS,
  type CodeResult,
} from './person.service.js'
export { currentDocuments } from './person.repository.js'
export { emailSchema, formText, normaliseMobile, parseCode } from './person.schema.js'
export { ruleLabelFor } from './rule-labels.js'
export { EmailCodePage, type EmailCodeTranslate } from './person.views.js'
export { insertActiveRegistration } from './person.submit.js'
