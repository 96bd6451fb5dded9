// Contact details every journey asks for: e-mail and mobile, and the e-mail code step.
export { emailSchema, normaliseMobile, parseCode, type CodeProblem } from './contact.schema.js'
export {
  checkEmailCode,
  sendCode,
  MAX_CODE_ATTEMPTS,
  type CodeResult,
} from './email-code.service.js'
export { EmailCodePage, type EmailCodeTranslate } from './email-code.views.js'
